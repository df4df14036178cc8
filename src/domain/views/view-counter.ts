import type { Clock } from "../../clock.ts";
import { type HourlyViews, hourBucket } from "./views.repository.ts";

/** Where counted views are written. */
export interface ViewSink {
  /** Settles once the batch is written; rejects when none of it was (the counter keeps it). */
  addViews(batch: HourlyViews[]): Promise<unknown>;
}

export interface Logger {
  error(obj: unknown, msg?: string): void;
}

/**
 * Counts page views in memory and writes them in one transaction per interval, so a beacon never
 * waits on the database. A failed write keeps its counts for the next flush; stop() flushes what
 * is left, so a graceful restart loses nothing.
 */
export class ViewCounter {
  private pending = new Map<string, HourlyViews>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly sink: ViewSink,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  record(articleId: number): void {
    const hour = hourBucket(this.clock.now().getTime());
    const key = `${articleId}:${hour}`;
    const entry = this.pending.get(key);
    if (entry) entry.count += 1;
    else this.pending.set(key, { articleId, hour, count: 1 });
  }

  /** Views recorded but not yet written. */
  get pendingCount(): number {
    let n = 0;
    for (const e of this.pending.values()) n += e.count;
    return n;
  }

  start(intervalMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.flush().catch((err) => this.log.error({ err }, "view flush failed; counts kept for the next try"));
    }, intervalMs);
    this.timer.unref();
  }

  /** Writes everything pending. Concurrent calls share one write. */
  async flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    this.flushing = this.sink
      .addViews(batch)
      .then(() => undefined)
      .catch((err) => {
        for (const b of batch) {
          const key = `${b.articleId}:${b.hour}`;
          const entry = this.pending.get(key);
          if (entry) entry.count += b.count;
          else this.pending.set(key, { ...b });
        }
        throw err;
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  /**
   * Stops the timer and writes what is pending. A failed write (another process holding the
   * SQLite write lock past the busy timeout, a PostgreSQL restart) is tried again a few times:
   * after stop there is no next flush to catch up.
   */
  async stop(attempts = 3, retryMs = 500): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.flushing) await this.flushing.catch(() => undefined);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.flush();
      } catch (err) {
        if (attempt >= attempts) throw err;
        this.log.error({ err, attempt }, "view flush on stop failed; trying again");
        await new Promise((r) => setTimeout(r, retryMs));
      }
    }
  }
}
