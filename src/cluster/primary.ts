import { setFlagsFromString } from "node:v8";
import { type MessagePort, Worker } from "node:worker_threads";
import { type ConnectionTally, connectionCounts } from "./connection-balance.ts";
import type { WorkerHub, WorkerLink } from "./links.ts";
import { listenShared } from "./shared-socket.ts";
import { type ClusterWorkerData, CLUSTER_MESSAGES as SAY } from "./worker.ts";

export interface ClusterOptions {
  workers: number;
  /** The lines to the workers: the event bus and the shared rate limits listen on it too. */
  hub: WorkerHub;
  /** Where the workers listen, together (port 0: any free one). */
  listen: { port: number; host: string };
  /** Module the workers run and its arguments (default: this process's own script and arguments). */
  exec?: string;
  args?: string[];
  /** Extra environment for the workers. */
  env?: Record<string, string>;
  /**
   * The first worker prepares the site before it serves (see preparedSite): it is started with
   * these extra arguments, and the site is ready (for it and the others) once it says so. It
   * has its code loaded anyway; a thread of its own for the preparation would load the same
   * code a third time while the workers load theirs, on the same cores. If it exits before
   * saying so, the returned promise rejects and nothing serves. Without it the site is ready
   * at once.
   */
  prepareInFirstWorker?: { args: string[] };
  /**
   * Ports handed to each worker as it starts, by name (the views writer's, say): a line to another
   * thread that does not pass through the primary. Called once per worker started.
   */
  portsFor?: () => Record<string, MessagePort>;
  /** Whether the workers keep a page cache (default yes); their heap settings depend on it. */
  pageCache?: boolean;
  log: { info(msg: string): void; error(obj: unknown, msg?: string): void };
}

export interface RunningCluster {
  /** `http://host:port` the workers share. */
  address: string;
  /** Replaces the workers one by one; each old one finishes its requests and flushes its views. */
  restart(): Promise<void>;
  /** Open connections of each running worker (see connection-balance.ts). */
  connections(): number[];
  /** Stops every worker gracefully (requests finished, views flushed), then resolves. */
  stop(): Promise<void>;
}

const STOP_TIMEOUT_MS = 15_000;

/**
 * Each worker's young generation: two 2 MB semi-spaces (and room for young large objects)
 * instead of V8's 16 MB ones. A request's garbage dies within the request, so a smaller nursery
 * is collected more often for the same work: 4 MB semi-spaces left each worker ~7 MB smaller than
 * 16 MB ones, 2 MB another ~4 MB (room the views writer thread needed; p99s unchanged in the
 * bench, docs/performance.md). Given as the thread's resource limit rather than the process's
 * `--max-semi-space-size` flag, which would also size the threads that need less (the views
 * writer's); an operator's flag still wins.
 */
const WORKER_YOUNG_GENERATION_MB = 6;

/**
 * V8 heap settings for the workers, unless the operator's own flags set them. Under a burst of
 * renders V8 lets the old generation grow to about four times what survives a full collection
 * before collecting again, and each worker sat near 380 MB resident after 10,000 first renders;
 * growing by 30% at a time it stays near 220 MB at the same throughput (measured with the bench's
 * scenarios on 1,000,000 articles; docs/performance.md). The young generation is set per thread
 * (WORKER_YOUNG_GENERATION_MB), since the process's flag would apply to every thread.
 *
 * With the page cache off (a CDN in front caching everything, say) the memory the cache would
 * hold is free, and the old generation may double between collections: it then holds little
 * more than each request's garbage, and growing by 30% meant a full collection every 1.5–3 s,
 * whose pauses set the tail latency (cache off on 1,000,000 articles: p99 32.8–37.1 ms instead of
 * 43.3–47.4 ms, for ~18 MB more per worker, still far below a worker with its cache full).
 *
 * V8's flags belong to the process: the primary sets them before it starts the worker threads,
 * whose heaps are configured as they start.
 */
export function workerHeapFlags(given: readonly string[], pageCache = true): string[] {
  const flags = [`--heap-growing-percent=${pageCache ? 30 : 100}`];
  const name = (flag: string) => flag.split("=")[0]?.replace(/_/g, "-");
  const set = new Set(given.map(name));
  return flags.filter((flag) => !set.has(name(flag)));
}

/**
 * Starts the HTTP workers, one thread each, and keeps them running: one that dies unexpectedly
 * is replaced. The primary serves nothing itself; the database was migrated (and the demo
 * seeded) before this. Threads rather than processes: node's own code and data, ~50 MB, is then
 * resident once instead of once per worker. They listen on one socket (shared-socket.ts).
 */
export async function startCluster(options: ClusterOptions): Promise<RunningCluster> {
  for (const flag of workerHeapFlags(process.execArgv, options.pageCache ?? true)) setFlagsFromString(flag);
  const socket = await listenShared(options.listen.port, options.listen.host);
  const exec = options.exec ?? process.argv[1] ?? "";
  const args = options.args ?? process.argv.slice(2);
  const live = new Map<Worker, WorkerLink>();
  let stopping = false;
  const retiring = new Set<Worker>();
  const counts = connectionCounts(options.workers);
  /** Each running worker's slot in `counts`; a slot is free again once its worker has exited. */
  const slots = new Map<Worker, number>();
  const freeSlot = () => {
    const taken = new Set(slots.values());
    const slot = Array.from(counts.keys()).find((i) => !taken.has(i));
    if (slot === undefined) throw new Error("no connection slot free for another worker");
    return slot;
  };
  let preparer: WorkerLink | null = null;
  let isPrepared = false;
  let prepared = () => {};
  let preparationFailed = (_err: Error) => {};
  const siteReady = options.prepareInFirstWorker
    ? new Promise<void>((resolve, reject) => {
        prepared = () => {
          isPrepared = true;
          resolve();
        };
        preparationFailed = reject;
      })
    : Promise.resolve();
  siteReady.catch(() => {}); // reported through startCluster's own promise
  const listeningWaits = new Map<WorkerLink, () => void>();
  options.hub.onMessage((worker, msg: unknown) => {
    const said = (msg as { warta?: unknown })?.warta;
    if (said === SAY.sitePrepared && worker === preparer) prepared();
    if (said === SAY.listening) listeningWaits.get(worker)?.();
    if (said !== SAY.siteWait) return;
    void siteReady.then(
      () => worker.send({ warta: SAY.siteReady }),
      () => {}, // the caller handles a failed preparation
    );
  });

  const start = (first = false) =>
    new Promise<Worker>((resolve, reject) => {
      const prepares = first && options.prepareInFirstWorker !== undefined;
      const slot = freeSlot();
      Atomics.store(counts, slot, 0);
      const connections: ConnectionTally = { counts, slot, workers: options.workers };
      const ports = options.portsFor?.() ?? {};
      const worker = new Worker(exec, {
        argv: prepares ? [...args, ...(options.prepareInFirstWorker?.args ?? [])] : args,
        env: { ...process.env, ...options.env },
        workerData: { warta: { socketFd: socket.fd, connections, ports } } satisfies ClusterWorkerData,
        transferList: Object.values(ports),
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
        ...(options.exec ? { execArgv: [] } : {}),
      });
      slots.set(worker, slot);
      const link = options.hub.attach(worker);
      live.set(worker, link);
      if (prepares) {
        preparer = link;
        worker.once("exit", (code) => {
          if (isPrepared) return;
          // Nothing may serve an unprepared site: the others are stopped, none replaced.
          stopping = true;
          for (const other of live.keys()) void other.terminate();
          preparationFailed(new Error(`preparing the site failed (exit code ${code})`));
        });
      }
      const onExit = (code: number) => {
        listeningWaits.delete(link);
        reject(new Error(`worker exited before listening (code ${code})`));
      };
      worker.once("exit", onExit);
      worker.on("error", (err) => options.log.error({ err, worker: link.id }, "worker failed"));
      listeningWaits.set(link, () => {
        listeningWaits.delete(link);
        worker.off("exit", onExit);
        resolve(worker);
      });
      worker.once("exit", (code) => {
        live.delete(worker);
        // Its connections went with it.
        Atomics.store(counts, slot, 0);
        slots.delete(worker);
        if (stopping || retiring.has(worker)) return;
        options.log.error({ worker: link.id, code }, "worker died; starting another");
        start().catch((err) => options.log.error({ err }, "could not replace a worker"));
      });
    });

  const stopWorker = (worker: Worker) =>
    new Promise<void>((resolve) => {
      const link = live.get(worker);
      if (!link) return resolve();
      retiring.add(worker);
      const timer = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
      worker.once("exit", () => {
        clearTimeout(timer);
        retiring.delete(worker);
        resolve();
      });
      link.send({ warta: SAY.shutdown });
    });

  const starts = Array.from({ length: options.workers }, (_, i) => start(i === 0));
  for (const s of starts) s.catch(() => {}); // reported below, once the preparation is settled
  try {
    // A failed preparation ends the start (the others are stopped) and is the reason given.
    await siteReady;
    await Promise.all(starts);
  } catch (err) {
    stopping = true;
    await Promise.all([...live.keys()].map((w) => w.terminate()));
    socket.close();
    throw err;
  }
  return {
    address: socket.address,
    async restart() {
      for (const old of [...live.keys()]) {
        if (retiring.has(old)) continue;
        await start();
        await stopWorker(old);
      }
    },
    connections() {
      return [...slots.values()].map((slot) => Atomics.load(counts, slot));
    },
    async stop() {
      stopping = true;
      await Promise.all([...live.keys()].map(stopWorker));
      socket.close();
    },
  };
}
