import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { HourlyViews } from "../../domain/views/views.repository.ts";
import { batchQueue } from "./batch-queue.ts";
import { encodeBatch, type FromWriter } from "./wire.ts";

const HOUR = Date.UTC(2026, 1, 8, 9);
const quiet = () => {};

/** A sink whose writes finish when the test says, remembering what each write carried. */
function heldSink(fail = false) {
  const writes: HourlyViews[][] = [];
  const finish: Array<() => void> = [];
  return {
    writes,
    finishNext: () => finish.shift()?.(),
    sink: {
      addViews(batch: HourlyViews[]) {
        writes.push(batch.map((b) => ({ ...b })));
        return new Promise<void>((resolve, reject) =>
          finish.push(() => (fail ? reject(new Error("database is locked")) : resolve())),
        );
      },
    },
  };
}

const tick = () => new Promise((r) => setImmediate(r));
const sorted = (batch: HourlyViews[] | undefined) =>
  (batch ?? [])
    .map((b) => [b.articleId, b.hour, b.count])
    .sort((a, b) => (a[0] as number) - (b[0] as number));

describe("batchQueue (the views writer's queue)", () => {
  it("adds up what arrives while a write runs and writes it in the next one, answering every sender", async () => {
    const held = heldSink();
    const queue = batchQueue(held.sink, 0, quiet);
    const answers: FromWriter[] = [];
    const answer = (msg: FromWriter) => answers.push(msg);
    queue.add({ id: 1, rows: encodeBatch([{ articleId: 7, hour: HOUR, count: 2 }]) }, answer);
    await tick();
    assert.equal(held.writes.length, 1, "the first batch is written at once");
    queue.add({ id: 1, rows: encodeBatch([{ articleId: 7, hour: HOUR, count: 3 }]) }, answer);
    queue.add(
      {
        id: 4,
        rows: encodeBatch([
          { articleId: 7, hour: HOUR, count: 1 },
          { articleId: 9, hour: HOUR, count: 5 },
        ]),
      },
      answer,
    );
    await tick();
    assert.equal(held.writes.length, 1, "nothing else is written while the first write runs");
    held.finishNext();
    await tick();
    assert.deepEqual(answers, [{ id: 1, error: null }]);
    assert.equal(held.writes.length, 2);
    assert.deepEqual(sorted(held.writes[1]), [
      [7, HOUR, 4],
      [9, HOUR, 5],
    ]);
    held.finishNext();
    await queue.drained();
    assert.deepEqual(answers.slice(1), [
      { id: 1, error: null },
      { id: 4, error: null },
    ]);
  });

  it("starts at most one write per interval", async () => {
    const held = heldSink();
    let clock = 1_000;
    const slept: number[] = [];
    const queue = batchQueue(
      held.sink,
      1_000,
      quiet,
      async (ms) => {
        slept.push(ms);
        clock += ms;
      },
      () => clock,
    );
    queue.add({ id: 1, rows: encodeBatch([{ articleId: 7, hour: HOUR, count: 1 }]) }, quiet);
    await tick();
    clock += 150; // the write took 150 ms
    held.finishNext();
    await tick();
    queue.add({ id: 2, rows: encodeBatch([{ articleId: 7, hour: HOUR, count: 1 }]) }, quiet);
    await tick();
    assert.deepEqual(slept, [850], "the next write waits for the rest of the interval");
    assert.equal(held.writes.length, 2);
    held.finishNext();
    await queue.drained();
  });

  it("writes what is queued at once when stopping, without waiting for the interval", async () => {
    const held = heldSink();
    const queue = batchQueue(held.sink, 60_000, quiet);
    const answers: FromWriter[] = [];
    queue.add({ id: 1, rows: encodeBatch([{ articleId: 7, hour: HOUR, count: 1 }]) }, quiet);
    await tick();
    held.finishNext();
    queue.add({ id: 2, rows: encodeBatch([{ articleId: 8, hour: HOUR, count: 1 }]) }, (m) => answers.push(m));
    await tick();
    assert.equal(held.writes.length, 1, "the second batch waits for the interval");
    const drained = queue.drained();
    await tick();
    assert.equal(held.writes.length, 2, "until the queue is asked to finish");
    held.finishNext();
    await drained;
    assert.deepEqual(answers, [{ id: 2, error: null }]);
  });

  it("tells every sender in a failed write that it failed, so each keeps its counts", async () => {
    const held = heldSink(true);
    const logged: string[] = [];
    const queue = batchQueue(held.sink, 0, (msg) => logged.push(msg));
    const answers: FromWriter[] = [];
    queue.add({ id: 3, rows: encodeBatch([{ articleId: 7, hour: HOUR, count: 1 }]) }, (m) => answers.push(m));
    await tick();
    held.finishNext();
    await queue.drained();
    assert.deepEqual(answers, [{ id: 3, error: "database is locked" }]);
    assert.match(logged[0] ?? "", /1 view counts failed/);
  });
});
