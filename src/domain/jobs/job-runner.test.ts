import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Clock } from "../../clock.ts";
import type { Job, JobRepository } from "./job.repository.ts";
import { createJobRunner } from "./job-runner.ts";

/** An in-memory jobs table with the same claim rule as the SQL one. */
function memoryJobs() {
  const rows: (Job & { lockedUntil: number | null; doneAt: number | null; error: string | null })[] = [];
  const repo = {
    async schedule(input: { kind: string; key: string; payload: unknown; runAt: number }) {
      rows.push({ id: rows.length + 1, ...input, attempts: 0, lockedUntil: null, doneAt: null, error: null });
    },
    async due(now: number) {
      return rows.filter(
        (r) => r.doneAt === null && r.runAt <= now && (r.lockedUntil === null || r.lockedUntil <= now),
      );
    },
    async claim(id: number, _worker: string, now: number, until: number) {
      const r = rows.find((x) => x.id === id);
      if (!r || r.doneAt !== null || r.runAt > now || (r.lockedUntil !== null && r.lockedUntil > now))
        return false;
      r.lockedUntil = until;
      r.attempts++;
      return true;
    },
    async complete(id: number, _w: string, now: number) {
      const r = rows.find((x) => x.id === id);
      if (r) r.doneAt = now;
    },
    async fail(id: number, _w: string, error: string, retryAt: number) {
      const r = rows.find((x) => x.id === id);
      if (r) Object.assign(r, { error, runAt: retryAt, lockedUntil: null });
    },
  };
  return { rows, repo: repo as unknown as JobRepository };
}

const clockAt = (t: { now: number }): Clock => ({ now: () => new Date(t.now) });
const quiet = { error: () => {} };

describe("job runner", () => {
  it("runs a job once it is due, and only once", async () => {
    const { repo } = memoryJobs();
    const t = { now: 1000 };
    const ran: unknown[] = [];
    const runner = createJobRunner({
      jobs: repo,
      clock: clockAt(t),
      log: quiet,
      handlers: { ping: async (p) => void ran.push(p) },
    });
    await repo.schedule({ kind: "ping", key: "k", payload: { n: 1 }, runAt: 5000, now: 0 });
    assert.equal(await runner.runDue(), 0);
    t.now = 9000;
    assert.equal(await runner.runDue(), 1);
    assert.equal(await runner.runDue(), 0);
    assert.deepEqual(ran, [{ n: 1 }]);
  });

  it("lets another worker take over a job whose lease ran out, and retries failures later", async () => {
    const { repo, rows } = memoryJobs();
    const t = { now: 10_000 };
    await repo.schedule({ kind: "ping", key: "k", payload: null, runAt: 0, now: 0 });
    // A worker that claimed the job and died: its lease is still running.
    await repo.claim(1, "dead", t.now, t.now + 60_000);
    let calls = 0;
    const runner = createJobRunner({
      jobs: repo,
      clock: clockAt(t),
      log: quiet,
      leaseMs: 60_000,
      handlers: {
        ping: async () => {
          calls++;
          if (calls === 1) throw new Error("boom");
        },
      },
    });
    assert.equal(await runner.runDue(), 0, "leased to someone else");
    t.now += 60_001;
    assert.equal(await runner.runDue(), 0, "taken over, failed");
    assert.equal(rows[0]?.error, "boom");
    assert.equal(await runner.runDue(), 0, "not retried at once");
    t.now += 3_600_000;
    assert.equal(await runner.runDue(), 1);
    assert.equal(calls, 2);
  });
});
