import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fixedClock } from "../../clock.ts";
import { ViewCounter } from "./view-counter.ts";
import type { HourlyViews } from "./views.repository.ts";

const quiet = { error: () => {} };

describe("ViewCounter", () => {
  it("adds up views per article and hour and writes them in one batch", async () => {
    const batches: HourlyViews[][] = [];
    const counter = new ViewCounter(
      {
        addViews: async (b) => {
          batches.push(b);
          return b.length;
        },
      },
      fixedClock(new Date("2026-02-08T09:25:00Z")),
      quiet,
    );
    counter.record(7);
    counter.record(7);
    counter.record(9);
    await counter.flush();
    assert.equal(batches.length, 1);
    assert.deepEqual(
      batches[0]?.map((b) => [b.articleId, new Date(b.hour).toISOString(), b.count]),
      [
        [7, "2026-02-08T09:00:00.000Z", 2],
        [9, "2026-02-08T09:00:00.000Z", 1],
      ],
    );
    await counter.flush();
    assert.equal(batches.length, 1, "nothing pending, nothing written");
  });

  it("keeps the counts of a failed write for the next flush", async () => {
    let fail = true;
    const stored: HourlyViews[] = [];
    const counter = new ViewCounter(
      {
        addViews: async (b) => {
          if (fail) throw new Error("database is down");
          stored.push(...b);
          return b.length;
        },
      },
      fixedClock(new Date("2026-02-08T09:25:00Z")),
      quiet,
    );
    counter.record(1);
    await assert.rejects(counter.flush());
    counter.record(1);
    fail = false;
    await counter.stop();
    assert.deepEqual(
      stored.map((s) => s.count),
      [2],
    );
    assert.equal(counter.pendingCount, 0);
  });

  it("tries the last flush again when stopping, so a busy database loses nothing", async () => {
    let failures = 2;
    const stored: HourlyViews[] = [];
    const counter = new ViewCounter(
      {
        addViews: async (b) => {
          if (failures-- > 0) throw new Error("database is locked");
          stored.push(...b);
          return b.length;
        },
      },
      fixedClock(new Date("2026-02-08T09:25:00Z")),
      quiet,
    );
    for (let i = 0; i < 5; i++) counter.record(3);
    await counter.stop(3, 1);
    assert.deepEqual(
      stored.map((s) => s.count),
      [5],
    );
  });
});
