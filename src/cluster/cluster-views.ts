import type { ViewSink } from "../domain/views/view-counter.ts";
import type { HourlyViews } from "../domain/views/views.repository.ts";
import { type PrimaryLink, primaryLink, type WorkerHub } from "./links.ts";

/**
 * A cluster's view counts are written by its main thread, not by the workers. On SQLite every
 * statement runs on the thread that issues it, and a second's views of thousands of articles take
 * a write transaction of tens of milliseconds: in a worker, every request that arrived meanwhile
 * waited for it (measured: cached pages' p99 from 5 to 39 ms while beacons came in). The main
 * thread serves no request. Each worker still counts in memory and sends its counts once per
 * interval (view-counter.ts); the main thread adds up what the workers sent while it was writing
 * and writes it in its next transaction, so the store sees one write at a time however many
 * workers there are. A worker is told the outcome of its batch: on failure it keeps the counts for
 * its next flush, and since a failed transaction wrote nothing, no view is lost or counted twice.
 */
type ViewsMessage =
  | { warta: "views-add"; id: number; batch: HourlyViews[] }
  | { warta: "views-added"; id: number; error: string | null };

function isViewsMessage(msg: unknown): msg is ViewsMessage {
  const tag = typeof msg === "object" && msg !== null ? (msg as { warta?: unknown }).warta : undefined;
  return tag === "views-add" || tag === "views-added";
}

/**
 * A worker's sink: sends each batch to the main thread and settles when it was written. No
 * timeout: a batch given up on while the main thread still writes it would be counted twice
 * once the worker sent it again. Without a main thread to send to, the batch fails and is kept.
 */
export function workerViewSink(link: PrimaryLink = primaryLink()): ViewSink {
  const waiting = new Map<
    number,
    { resolve(stored: number): void; reject(err: Error): void; views: number }
  >();
  let seq = 0;
  link.onMessage((msg: unknown) => {
    if (!isViewsMessage(msg) || msg.warta !== "views-added") return;
    const pending = waiting.get(msg.id);
    waiting.delete(msg.id);
    if (msg.error === null) pending?.resolve(pending.views);
    else pending?.reject(new Error(`writing views failed in the main thread: ${msg.error}`));
  });
  return {
    addViews(batch) {
      if (!link.connected) return Promise.reject(new Error("no main thread to write views"));
      const id = ++seq;
      return new Promise<number>((resolve, reject) => {
        waiting.set(id, { resolve, reject, views: batch.reduce((n, b) => n + b.count, 0) });
        link.send({ warta: "views-add", id, batch } satisfies ViewsMessage);
      });
    },
  };
}

/**
 * In the main thread: writes the workers' batches through `sink`, one write at a time, each
 * carrying every batch that arrived while the one before was written.
 */
export function serveClusterViews(
  hub: WorkerHub,
  sink: ViewSink,
  log: (msg: string) => void,
): {
  /** Resolves once every batch received so far is written (or failed and was answered). */
  drained(): Promise<void>;
} {
  type Waiter = { answer(error: string | null): void };
  let queued = new Map<string, HourlyViews>();
  let waiters: Waiter[] = [];
  let writing: Promise<void> | null = null;

  const writeQueued = async (): Promise<void> => {
    while (waiters.length > 0) {
      const batch = [...queued.values()];
      const answering = waiters;
      queued = new Map();
      waiters = [];
      let error: string | null = null;
      try {
        await sink.addViews(batch);
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
        log(`writing ${batch.length} view counts failed; the workers keep them: ${error}`);
      }
      for (const waiter of answering) waiter.answer(error);
    }
  };

  hub.onMessage((worker, msg: unknown) => {
    if (!isViewsMessage(msg) || msg.warta !== "views-add") return;
    for (const b of msg.batch) {
      const key = `${b.articleId}:${b.hour}`;
      const entry = queued.get(key);
      if (entry) entry.count += b.count;
      else queued.set(key, { articleId: b.articleId, hour: b.hour, count: b.count });
    }
    waiters.push({
      answer: (error) => {
        if (worker.isConnected())
          worker.send({ warta: "views-added", id: msg.id, error } satisfies ViewsMessage);
      },
    });
    writing ??= writeQueued().finally(() => {
      writing = null;
    });
  });
  return {
    async drained() {
      while (writing) await writing;
    },
  };
}
