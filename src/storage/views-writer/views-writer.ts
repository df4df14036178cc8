import { MessageChannel, type MessagePort, Worker } from "node:worker_threads";
import type { ViewSink } from "../../domain/views/view-counter.ts";
import { encodeBatch, isFromWriter, type ToWriter, type WriterControl } from "./wire.ts";

/**
 * On SQLite a statement runs on the thread that issues it, and a second's views of thousands of
 * articles make a write transaction of tens to hundreds of milliseconds: in a serving thread every
 * request that arrived meanwhile waited for it (1,000,000 articles, cached pages with one beacon
 * per page view: p99 43 ms against under 8 for the pages alone; docs/performance.md). So a serving process on
 * SQLite runs one small thread that only writes view counts: each serving thread still counts in
 * memory and flushes once per interval (view-counter.ts), through a port to the writer, which adds
 * up what every thread sent and writes it in one transaction. PostgreSQL's client does not block
 * the thread that waits for it; there the serving threads write themselves.
 */

/** What the writer thread is started with (its `workerData.warta.viewsWriter`). */
export interface ViewsWriterData {
  dataDir: string;
  sqliteCacheBytes?: number;
  /** At most one write transaction per this many ms (a second, or the flush interval if shorter). */
  intervalMs: number;
}

export interface ViewsWriter {
  /** A port for one serving thread: pass it to `writerSink` there (transfer it to a worker thread). */
  connect(): MessagePort;
  /** Once every serving thread has flushed: writes what is queued, closes its connection, ends. */
  stop(): Promise<void>;
}

/**
 * The writer's young generation: two 1 MB semi-spaces instead of V8's 16 MB ones (2 MB for the
 * serving workers). Its garbage is a batch's rows, made and dropped once a second.
 */
const WRITER_LIMITS = { maxYoungGenerationSizeMb: 3 };
const STOP_TIMEOUT_MS = 15_000;

/**
 * Starts the writer thread. `exec` is the module to run (`bin/warta.js`, which dispatches on the
 * worker data, see cli/main.ts); `log` hears that the thread failed (the serving threads then
 * write themselves, see writerSink).
 */
export function startViewsWriter(
  exec: string,
  data: ViewsWriterData,
  log: (err: unknown, msg: string) => void,
): ViewsWriter {
  const thread = new Worker(exec, {
    workerData: { warta: { viewsWriter: data } },
    resourceLimits: WRITER_LIMITS,
    // Node's own flags only: the main thread's (`--import tsx`, heap sizes) are not the writer's.
    execArgv: [],
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    thread.once("exit", (code) => {
      exited = true;
      if (code !== 0)
        log({ code }, "the views writer thread ended; serving threads write their views themselves");
      resolve();
    });
  });
  thread.on("error", (err) => log(err, "the views writer thread failed"));
  thread.unref();
  return {
    connect() {
      const { port1, port2 } = new MessageChannel();
      if (exited) port1.close();
      else thread.postMessage({ connect: port1 } satisfies WriterControl, [port1]);
      return port2;
    },
    async stop() {
      if (exited) return;
      thread.postMessage({ stop: true } satisfies WriterControl);
      const timer = setTimeout(() => void thread.terminate(), STOP_TIMEOUT_MS);
      await exit;
      clearTimeout(timer);
    },
  };
}

/**
 * A serving thread's sink: sends each batch through `port` and settles once the writer has
 * written it (or failed to: the counter keeps the counts for its next flush). There is no
 * timeout: a batch given up on while the writer still writes it would be counted twice once sent
 * again. Once the writer is gone (its port closed), batches go to `fallback`, this thread's own
 * repository; a batch the writer had committed but not yet answered when it ended would then be
 * counted twice, the one case where that can happen.
 */
export function writerSink(
  port: MessagePort,
  fallback: ViewSink,
  log: (err: unknown, msg: string) => void,
): ViewSink {
  const waiting = new Map<number, { resolve(): void; reject(err: Error): void }>();
  let open = true;
  let seq = 0;
  port.on("message", (msg: unknown) => {
    if (!isFromWriter(msg)) return;
    const pending = waiting.get(msg.id);
    waiting.delete(msg.id);
    if (waiting.size === 0) port.unref();
    if (msg.error === null) pending?.resolve();
    else pending?.reject(new Error(`the views writer could not write the batch: ${msg.error}`));
  });
  port.once("close", () => {
    if (!open) return;
    open = false;
    log(null, "the views writer is gone; this thread writes its views itself");
    for (const pending of waiting.values())
      pending.reject(new Error("the views writer ended before answering"));
    waiting.clear();
  });
  // Idle, the port keeps nothing alive; while a batch waits for its answer it must.
  port.unref();
  return {
    addViews(batch) {
      if (!open) return fallback.addViews(batch);
      const id = ++seq;
      const rows = encodeBatch(batch);
      return new Promise<void>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        port.ref();
        port.postMessage({ id, rows } satisfies ToWriter, [rows.buffer as ArrayBuffer]);
      });
    },
  };
}
