import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Worker } from "node:worker_threads";
import type { ViewSink } from "../domain/views/view-counter.ts";
import type { HourlyViews } from "../domain/views/views.repository.ts";
import { serveClusterViews, workerViewSink } from "./cluster-views.ts";
import type { PrimaryLink, WorkerHub, WorkerLink } from "./links.ts";

/** A hub and worker lines in one thread; messages are delivered on a later turn, as ports do. */
function fakeCluster() {
  const listeners: Array<(worker: WorkerLink, msg: unknown) => void> = [];
  const hub: WorkerHub = {
    onMessage: (l) => void listeners.push(l),
    onExit: () => {},
    attach: (_worker: Worker) => {
      throw new Error("not used");
    },
  };
  let nextId = 1;
  const worker = (): PrimaryLink => {
    const inbox: Array<(msg: unknown) => void> = [];
    const link: WorkerLink = {
      id: nextId++,
      send: (msg) =>
        setImmediate(() => {
          for (const l of inbox) l(structuredClone(msg));
        }),
      isConnected: () => true,
    };
    return {
      connected: true,
      send: (msg) =>
        setImmediate(() => {
          for (const l of listeners) l(link, structuredClone(msg));
        }),
      onMessage: (l) => {
        inbox.push(l);
        return () => {};
      },
    };
  };
  return { hub, worker };
}

/** A store that records each write, and fails the ones `failNext` says. */
function recordingSink() {
  const writes: HourlyViews[][] = [];
  let failNext = 0;
  let release: (() => void) | null = null;
  let held: Promise<void> | null = null;
  const sink: ViewSink = {
    async addViews(batch) {
      if (held) await held;
      if (failNext > 0) {
        failNext--;
        throw new Error("database is locked");
      }
      writes.push(batch);
      return batch.reduce((n, b) => n + b.count, 0);
    },
  };
  return {
    sink,
    writes,
    failOnce: () => {
      failNext = 1;
    },
    hold: () => {
      held = new Promise<void>((r) => {
        release = r;
      });
    },
    release: () => {
      held = null;
      release?.();
    },
  };
}

const views = (articleId: number, count: number): HourlyViews => ({ articleId, hour: 0, count });

describe("cluster views", () => {
  it("writes the workers' batches from the main thread, adding up those that arrive during a write", async () => {
    const { hub, worker } = fakeCluster();
    const store = recordingSink();
    serveClusterViews(hub, store.sink, () => {});
    const [a, b] = [workerViewSink(worker()), workerViewSink(worker())];
    store.hold();
    const first = a.addViews([views(1, 2)]);
    await new Promise((r) => setTimeout(r, 10));
    const second = a.addViews([views(1, 3), views(2, 1)]);
    const third = b.addViews([views(1, 4)]);
    await new Promise((r) => setTimeout(r, 10));
    store.release();
    assert.deepEqual(await Promise.all([first, second, third]), [2, 4, 4]);
    assert.deepEqual(
      store.writes,
      [[views(1, 2)], [views(1, 7), views(2, 1)]],
      "one write while the first was held",
    );
  });

  it("tells each worker whose batch was in a failed write, so it keeps its counts, and writes nothing twice", async () => {
    const { hub, worker } = fakeCluster();
    const store = recordingSink();
    serveClusterViews(hub, store.sink, () => {});
    const sink = workerViewSink(worker());
    store.failOnce();
    await assert.rejects(sink.addViews([views(5, 10)]), /database is locked/);
    assert.equal(store.writes.length, 0);
    assert.equal(await sink.addViews([views(5, 10)]), 10, "sent again with the next flush");
    assert.deepEqual(store.writes, [[views(5, 10)]]);
  });

  it("fails a batch at once outside a cluster, so the counter keeps it", async () => {
    const sink = workerViewSink({ connected: false, send: () => {}, onMessage: () => () => {} });
    await assert.rejects(sink.addViews([views(1, 1)]), /no main thread/);
  });
});
