import { type DomainEvent, type EventBus, localHandlers } from "../domain/events/event-bus.ts";
import { type PrimaryLink, primaryLink, type WorkerHub, type WorkerLink } from "./links.ts";

/**
 * The event bus across a cluster's worker threads (links.ts). Subscribers with `everyWorker`
 * (page caches) see every event, wherever it was published, and `publish` resolves only once all
 * of them (in every live worker) have handled it: a purge has reached every worker's cache before
 * the write returns. Other subscribers (search index, webhooks) handle an event once, in the
 * publishing worker.
 *
 *   worker A: publish ──"publish"──▶ primary ──"deliver"──▶ workers B, C …
 *             (runs its own              │ (runs its own        │ (run theirs)
 *              subscribers meanwhile)    │  subscribers)   ◀──"delivered"──┘
 *             ◀──────"published"─────────┘
 *
 * A worker counts only once it said "ready" (before that it has no cache to purge); a worker
 * that exits stops being waited for; one that does not answer within `timeoutMs` is reported and
 * then no longer waited for, so a stuck worker cannot hang the newsroom.
 */
type BusMessage =
  | { warta: "bus-ready" }
  | { warta: "bus-publish"; id: number; event: DomainEvent }
  | { warta: "bus-deliver"; id: number; event: DomainEvent }
  | { warta: "bus-delivered"; id: number }
  | { warta: "bus-published"; id: number };

type OnError = (err: unknown, event: DomainEvent) => void;

function isBusMessage(msg: unknown): msg is BusMessage {
  return (
    typeof msg === "object" && msg !== null && String((msg as { warta?: unknown }).warta).startsWith("bus-")
  );
}

/** Subscribers of one worker; errors are reported, never thrown at the publisher. */
function localSubscribers(onError: OnError) {
  const handlers = localHandlers();
  return {
    /** `relayed`: the event was published by another worker. */
    async run(event: DomainEvent, relayed: boolean): Promise<void> {
      await Promise.all(
        handlers.due(event, relayed).map(async (h) => {
          try {
            await h(event);
          } catch (err) {
            onError(err, event);
          }
        }),
      );
    },
    subscribe: handlers.subscribe,
    subscribeSections: handlers.subscribeSections,
  };
}

/** The bus of a cluster worker. */
export function workerEventBus(onError: OnError, link: PrimaryLink = primaryLink()): EventBus {
  const local = localSubscribers(onError);
  const waiting = new Map<number, () => void>();
  let seq = 0;
  const send = (msg: BusMessage) => link.send(msg);
  link.onMessage((msg: unknown) => {
    if (!isBusMessage(msg)) return;
    if (msg.warta === "bus-deliver") {
      void local.run(msg.event, true).then(() => send({ warta: "bus-delivered", id: msg.id }));
    } else if (msg.warta === "bus-published") {
      waiting.get(msg.id)?.();
      waiting.delete(msg.id);
    }
  });
  send({ warta: "bus-ready" });
  return {
    async publish(event) {
      const id = ++seq;
      const everywhere = new Promise<void>((resolve) => waiting.set(id, resolve));
      send({ warta: "bus-publish", id, event });
      await Promise.all([local.run(event, false), everywhere]);
    },
    subscribe: local.subscribe,
    subscribeSections: local.subscribeSections,
  };
}

/** The bus of the cluster's primary: relays workers' events and publishes its own. */
export function primaryEventBus(
  hub: WorkerHub,
  onError: OnError,
  log: { error(obj: unknown, msg?: string): void },
  timeoutMs = 10_000,
): EventBus {
  const local = localSubscribers(onError);
  const ready = new Set<WorkerLink>();
  /** Delivery id → workers yet to answer, and what to do when none is left. */
  const pending = new Map<number, { workers: Set<WorkerLink>; done: () => void }>();
  let seq = 0;

  const settle = (id: number, worker: WorkerLink) => {
    const p = pending.get(id);
    if (!p) return;
    p.workers.delete(worker);
    if (p.workers.size === 0) {
      pending.delete(id);
      p.done();
    }
  };

  /** `from`: the worker that published it, or null for the primary's own publish. */
  async function deliver(event: DomainEvent, from: WorkerLink | null): Promise<void> {
    const id = ++seq;
    const targets = [...ready].filter((w) => w !== from && w.isConnected());
    const reached = new Promise<void>((resolve) => {
      if (targets.length === 0) return resolve();
      const timer = setTimeout(() => {
        const late = pending.get(id);
        if (!late) return;
        log.error(
          { event: event.type, workers: [...late.workers].map((w) => w.id) },
          "workers did not confirm an event in time",
        );
        pending.delete(id);
        resolve();
      }, timeoutMs);
      timer.unref();
      pending.set(id, {
        workers: new Set(targets),
        done: () => {
          clearTimeout(timer);
          resolve();
        },
      });
      for (const w of targets) w.send({ warta: "bus-deliver", id, event } satisfies BusMessage);
    });
    await Promise.all([local.run(event, from !== null), reached]);
  }

  hub.onMessage((worker, msg: unknown) => {
    if (!isBusMessage(msg)) return;
    if (msg.warta === "bus-ready") ready.add(worker);
    else if (msg.warta === "bus-delivered") settle(msg.id, worker);
    else if (msg.warta === "bus-publish") {
      void deliver(msg.event, worker).then(() => {
        if (worker.isConnected()) worker.send({ warta: "bus-published", id: msg.id } satisfies BusMessage);
      });
    }
  });
  hub.onExit((worker) => {
    ready.delete(worker);
    for (const id of [...pending.keys()]) settle(id, worker);
  });

  return {
    publish: (event) => deliver(event, null),
    subscribe: local.subscribe,
    subscribeSections: local.subscribeSections,
  };
}
