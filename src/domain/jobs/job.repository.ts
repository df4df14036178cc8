import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.ts";

export interface Job {
  id: number;
  kind: string;
  key: string;
  payload: unknown;
  runAt: number;
  attempts: number;
}

/** All SQL of the jobs table. Claiming is one conditional UPDATE: a lease only one worker can take. */
export function createJobRepository(db: Kysely<Database>) {
  return {
    /** Adds a job, or moves the pending job with the same key to the new time and payload. */
    async schedule(input: {
      kind: string;
      key: string;
      payload: unknown;
      runAt: number;
      now: number;
    }): Promise<void> {
      const values = {
        kind: input.kind,
        payload: JSON.stringify(input.payload),
        run_at: input.runAt,
        locked_until: null,
        locked_by: null,
        attempts: 0,
        done_at: null,
        last_error: null,
      };
      await db
        .insertInto("jobs")
        .values({ ...values, key: input.key, created_at: input.now })
        .onConflict((oc) => oc.column("key").doUpdateSet(values))
        .execute();
    },

    async cancel(key: string): Promise<void> {
      await db.deleteFrom("jobs").where("key", "=", key).where("done_at", "is", null).execute();
    },

    async pending(key: string): Promise<Job | null> {
      const r = await db
        .selectFrom("jobs")
        .selectAll()
        .where("key", "=", key)
        .where("done_at", "is", null)
        .executeTakeFirst();
      return r ? toJob(r) : null;
    },

    /** Due, unfinished jobs whose lease (if any) has run out, oldest first. */
    async due(now: number, limit: number): Promise<Job[]> {
      const rows = await db
        .selectFrom("jobs")
        .selectAll()
        .where("done_at", "is", null)
        .where("run_at", "<=", now)
        .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", now)]))
        .orderBy("run_at")
        .orderBy("id")
        .limit(limit)
        .execute();
      return rows.map(toJob);
    },

    /** Takes the lease on a due job; true for exactly one of any number of workers trying at once. */
    async claim(id: number, worker: string, now: number, leaseUntil: number): Promise<boolean> {
      const res = await db
        .updateTable("jobs")
        .set((eb) => ({ locked_until: leaseUntil, locked_by: worker, attempts: eb("attempts", "+", 1) }))
        .where("id", "=", id)
        .where("done_at", "is", null)
        .where("run_at", "<=", now)
        .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", now)]))
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    async complete(id: number, worker: string, now: number): Promise<void> {
      await db
        .updateTable("jobs")
        .set({ done_at: now, locked_until: null })
        .where("id", "=", id)
        .where("locked_by", "=", worker)
        .execute();
    },

    /** Releases the lease with the error and a later time to try again. */
    async fail(id: number, worker: string, error: string, retryAt: number): Promise<void> {
      await db
        .updateTable("jobs")
        .set({ last_error: error.slice(0, 2000), run_at: retryAt, locked_until: null, locked_by: null })
        .where("id", "=", id)
        .where("locked_by", "=", worker)
        .execute();
    },
  };
}

function toJob(r: {
  id: number;
  kind: string;
  key: string;
  payload: string;
  run_at: number;
  attempts: number;
}): Job {
  return {
    id: r.id,
    kind: r.kind,
    key: r.key,
    payload: JSON.parse(r.payload) as unknown,
    runAt: Number(r.run_at),
    attempts: r.attempts,
  };
}

export type JobRepository = ReturnType<typeof createJobRepository>;
