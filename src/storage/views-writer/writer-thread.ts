import { type MessagePort, parentPort } from "node:worker_threads";
import type { ViewSink } from "../../domain/views/view-counter.ts";
import { createViewsRepository } from "../../domain/views/views.repository.ts";
import { type Db, openDatabase } from "../database.ts";
import { batchQueue } from "./batch-queue.ts";
import type { ViewsWriterData } from "./views-writer.ts";
import { isToWriter, type WriterControl } from "./wire.ts";

/**
 * The views writer thread's own work: it holds a connection of its own and writes what the
 * serving threads send through their ports (views-writer.ts says why), one transaction at a
 * time and at most one per interval, each carrying every batch that arrived since the one
 * before (batch-queue.ts). Each sender
 * is told the outcome of its batch; a failed transaction wrote nothing, so the sender keeps the
 * counts and sends them again with its next flush.
 */
export async function runViewsWriter(data: ViewsWriterData): Promise<number> {
  const control = parentPort;
  if (!control) throw new Error("the views writer runs in a thread of its own");
  // Opened at the first batch: the site is prepared (the database made and migrated) by then.
  let opening: Promise<Db> | null = null;
  const open = () => {
    opening ??= openDatabase({
      dataDir: data.dataDir,
      databaseUrl: null,
      sqliteCacheBytes: data.sqliteCacheBytes,
    }).catch((err) => {
      opening = null; // tried again with the next batch
      throw err;
    });
    return opening;
  };
  let views: ViewSink | null = null;
  const sink: ViewSink = {
    async addViews(batch) {
      views ??= createViewsRepository((await open()).kysely);
      return views.addViews(batch);
    },
  };
  const queue = batchQueue(sink, data.intervalMs, (msg) => console.error(msg));
  const ports = new Set<MessagePort>();
  control.on("message", (msg: WriterControl) => {
    if ("connect" in msg) {
      const port = msg.connect;
      ports.add(port);
      port.on("message", (batch: unknown) => {
        if (isToWriter(batch)) queue.add(batch, (answer) => port.postMessage(answer));
      });
      port.once("close", () => ports.delete(port));
      return;
    }
    // Stop: the serving threads have stopped (their last batches are in or written).
    void queue.drained().then(async () => {
      for (const port of ports) port.close();
      if (opening) await (await opening).close();
      control.close();
    });
  });
  return 0;
}
