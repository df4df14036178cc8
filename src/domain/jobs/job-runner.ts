import { randomBytes } from "node:crypto";
import type { Clock } from "../../clock.ts";
import type { JobRepository } from "./job.repository.ts";

export type JobHandler = (payload: unknown) => Promise<void>;

export interface JobRunnerOptions {
  jobs: JobRepository;
  clock: Clock;
  handlers: Record<string, JobHandler>;
  log: { error(obj: unknown, msg?: string): void };
  /** How long a claimed job belongs to this worker before another may take it over. */
  leaseMs?: number;
}

const BATCH = 20;
const MAX_BACKOFF_MS = 30 * 60_000;

/**
 * Runs due jobs from the jobs table. Each job is claimed with a lease (`locked_until`), so with
 * any number of workers or processes on one database each run belongs to one worker; a worker
 * that dies loses its lease and another picks the job up. Handlers must be idempotent about
 * their effect (the scheduled publish is a compare-and-set), which makes the effect exactly-once.
 */
export function createJobRunner(options: JobRunnerOptions) {
  const { jobs, clock, handlers, log } = options;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const worker = `${process.pid}-${randomBytes(4).toString("hex")}`;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  /** Runs everything due now, including what was missed while no process ran. Returns jobs done. */
  async function runDue(): Promise<number> {
    let done = 0;
    for (;;) {
      const now = clock.now().getTime();
      const due = await jobs.due(now, BATCH);
      let progressed = false;
      for (const job of due) {
        if (!(await jobs.claim(job.id, worker, now, now + leaseMs))) continue;
        progressed = true;
        const handler = handlers[job.kind];
        try {
          if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
          await handler(job.payload);
          await jobs.complete(job.id, worker, clock.now().getTime());
          done++;
        } catch (err) {
          log.error({ err, job: job.key }, "job failed");
          const backoff = Math.min(MAX_BACKOFF_MS, 10_000 * 2 ** Math.min(job.attempts, 10));
          await jobs.fail(job.id, worker, err instanceof Error ? err.message : String(err), now + backoff);
        }
      }
      if (!progressed || due.length < BATCH) return done;
    }
  }

  /** One pass at a time: a slow pass is never overlapped by the next tick. */
  function tick(): Promise<number> {
    running ??= runDue()
      .catch((err: unknown) => {
        log.error({ err }, "job runner pass failed");
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  return {
    worker,
    runDue: tick,
    /** Catches up at once, then looks for due jobs every `intervalMs`. */
    start(intervalMs = 1000): void {
      if (timer) return;
      void tick();
      timer = setInterval(() => void tick(), intervalMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
