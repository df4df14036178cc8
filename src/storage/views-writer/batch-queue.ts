import type { ViewSink } from "../../domain/views/view-counter.ts";
import type { HourlyViews } from "../../domain/views/views.repository.ts";
import { type FromWriter, forEachRow, type ToWriter } from "./wire.ts";

export interface BatchQueue {
  /** Queues a sender's batch; `answer` is told once it is written or its write failed. */
  add(batch: ToWriter, answer: (msg: FromWriter) => void): void;
  /** Writes what is queued without waiting for the interval; resolves once all is written. */
  drained(): Promise<void>;
}

/**
 * Batches from any number of senders, written through `sink` one write at a time and at most one
 * write per `intervalMs`: what arrives meanwhile is added up and goes into the next one, so the
 * store sees one write transaction per interval however many threads serve.
 */
export function batchQueue(
  sink: ViewSink,
  intervalMs: number,
  log: (msg: string) => void,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms).unref()),
  now: () => number = () => performance.now(),
): BatchQueue {
  let queued = new Map<string, HourlyViews>();
  let answers: Array<(error: string | null) => void> = [];
  let writing: Promise<void> | null = null;
  let lastWrite = Number.NEGATIVE_INFINITY;
  /** Once stopping, what is queued is written without waiting for the interval. */
  let hurry = false;
  let wake = () => {};

  const writeQueued = async (): Promise<void> => {
    while (answers.length > 0) {
      const wait = lastWrite + intervalMs - now();
      if (wait > 0 && !hurry) await Promise.race([sleep(wait), new Promise<void>((r) => (wake = r))]);
      lastWrite = now();
      const batch = [...queued.values()];
      const answering = answers;
      queued = new Map();
      answers = [];
      let error: string | null = null;
      try {
        if (batch.length > 0) await sink.addViews(batch);
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
        log(`writing ${batch.length} view counts failed; their senders keep them: ${error}`);
      }
      for (const answer of answering) answer(error);
    }
  };

  return {
    add(batch, answer) {
      forEachRow(batch.rows, (articleId, hour, count) => {
        const key = `${articleId}:${hour}`;
        const entry = queued.get(key);
        if (entry) entry.count += count;
        else queued.set(key, { articleId, hour, count });
      });
      answers.push((error) => answer({ id: batch.id, error }));
      writing ??= writeQueued().finally(() => {
        writing = null;
      });
    },
    async drained() {
      hurry = true;
      wake();
      while (writing) await writing;
    },
  };
}
