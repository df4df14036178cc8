import type { MessagePort } from "node:worker_threads";
import type { HourlyViews } from "../../domain/views/views.repository.ts";

/**
 * What crosses between a serving thread and the views writer. A batch travels as one
 * Float64Array (article id, hour, count per row) whose memory is handed over, not copied: a
 * second's views of 10,000 articles as objects would be a structured clone of 10,000 objects,
 * built again in the receiving thread's heap.
 */
export type ToWriter = { id: number; rows: Float64Array };
export type FromWriter = { id: number; error: string | null };
/** From the thread that started the writer. */
export type WriterControl = { connect: MessagePort } | { stop: true };

const FIELDS = 3;

export function encodeBatch(batch: readonly HourlyViews[]): Float64Array {
  const rows = new Float64Array(batch.length * FIELDS);
  let i = 0;
  for (const b of batch) {
    rows[i++] = b.articleId;
    rows[i++] = b.hour;
    rows[i++] = b.count;
  }
  return rows;
}

/** Calls `each` for every row of an encoded batch. */
export function forEachRow(
  rows: Float64Array,
  each: (articleId: number, hour: number, count: number) => void,
): void {
  for (let i = 0; i + FIELDS <= rows.length; i += FIELDS) {
    each(rows[i] as number, rows[i + 1] as number, rows[i + 2] as number);
  }
}

export function isToWriter(msg: unknown): msg is ToWriter {
  const m = msg as Partial<ToWriter> | null;
  return typeof m?.id === "number" && m.rows instanceof Float64Array;
}

export function isFromWriter(msg: unknown): msg is FromWriter {
  const m = msg as Partial<FromWriter> | null;
  return typeof m?.id === "number" && (m.error === null || typeof m.error === "string");
}
