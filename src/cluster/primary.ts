import cluster, { type Worker } from "node:cluster";

export interface ClusterOptions {
  workers: number;
  /** Script the workers run and its arguments (default: this process's own). */
  exec?: string;
  args?: string[];
  /** Extra environment for the workers. */
  env?: Record<string, string>;
  /**
   * The first worker prepares the site before it serves (see preparedSite): it is forked with
   * these extra arguments, and the site is ready (for it and the others) once it says so. It
   * has its code loaded anyway; a process of its own for the preparation would load the same
   * code a third time while the workers load theirs, on the same cores. If it exits before
   * saying so, the returned promise rejects and nothing serves. Without it the site is ready
   * at once.
   */
  prepareInFirstWorker?: { args: string[] };
  /** Whether the workers keep a page cache (default yes); their heap settings depend on it. */
  pageCache?: boolean;
  log: { info(msg: string): void; error(obj: unknown, msg?: string): void };
}

export interface RunningCluster {
  /** `http://host:port` the workers share. */
  address: string;
  /** Replaces the workers one by one; each old one finishes its requests and flushes its views. */
  restart(): Promise<void>;
  /** Stops every worker gracefully (requests finished, views flushed), then resolves. */
  stop(): Promise<void>;
}

/** What a worker is told to do; it answers by exiting. */
export const SHUTDOWN_MESSAGE = { warta: "shutdown" } as const;
const SITE_WAIT = "site-wait";
const SITE_READY = "site-ready";
const SITE_PREPARED = "site-prepared";

/** In the worker that prepared the site (see ClusterOptions.prepareInFirstWorker): tells the primary. */
export function preparedSite(): void {
  process.send?.({ warta: SITE_PREPARED });
}

/**
 * In a worker: resolves once the primary says the site is ready. The worker asks (rather than
 * the primary telling it unasked), so the answer cannot arrive before anyone listens for it.
 */
export function waitForSite(): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (msg: unknown) => {
      if ((msg as { warta?: unknown })?.warta !== SITE_READY) return;
      process.off("message", onMessage);
      resolve();
    };
    process.on("message", onMessage);
    process.send?.({ warta: SITE_WAIT });
  });
}
const STOP_TIMEOUT_MS = 15_000;

/**
 * V8 heap settings for the workers, unless the operator's own flags set them. Under a burst of
 * renders V8 lets the old generation grow to about four times what survives a full collection
 * before collecting again, and each worker sat near 380 MB resident after 10,000 first renders;
 * growing by 30% at a time it stays near 220 MB at the same throughput. The young generation's
 * semi-spaces are 4 MB instead of 16: a request's garbage dies within the request, so a smaller
 * nursery is collected more often for the same work, and each worker is ~7 MB smaller (measured
 * with the bench's scenarios on 1,000,000 articles; docs/performance.md).
 *
 * With the page cache off (a CDN in front caching everything, say) the memory the cache would
 * hold is free, and the old generation may double between collections: it then holds little
 * more than each request's garbage, and growing by 30% meant a full collection every 1.5–3 s,
 * whose pauses set the tail latency (cache off on 1,000,000 articles: p99 32.8–37.1 ms instead of
 * 43.3–47.4 ms, for ~18 MB more per worker, still far below a worker with its cache full).
 */
export function workerHeapFlags(given: readonly string[], pageCache = true): string[] {
  const flags = ["--max-semi-space-size=4", `--heap-growing-percent=${pageCache ? 30 : 100}`];
  const name = (flag: string) => flag.split("=")[0]?.replace(/_/g, "-");
  const set = new Set(given.map(name));
  return flags.filter((flag) => !set.has(name(flag)));
}

/**
 * Environment for the workers, unless the operator's own sets it. glibc's malloc gives threads
 * that allocate arenas of their own (up to eight per core: the main thread, libuv's pool that
 * compresses pages, V8's helpers), and memory freed in one stays there; with two, each worker
 * kept ~12 MB less after the bench's scenarios at the same throughput. It must be set before a
 * process starts, so a single-process `serve` runs with whatever the operator gave.
 */
export function workerEnv(given: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return given.MALLOC_ARENA_MAX === undefined ? { MALLOC_ARENA_MAX: "2" } : {};
}

/**
 * Forks the HTTP workers and keeps them running: one that dies unexpectedly is replaced. The
 * primary serves nothing itself; the database was migrated (and the demo seeded) before this.
 * Connections are spread round-robin by the primary (node's default on Linux), which keeps two
 * workers evenly loaded where the kernel would favour one.
 */
export async function startCluster(options: ClusterOptions): Promise<RunningCluster> {
  const execArgv = options.exec ? [] : process.execArgv;
  cluster.setupPrimary({
    ...(options.exec ? { exec: options.exec } : {}),
    execArgv: [...execArgv, ...workerHeapFlags(execArgv, options.pageCache ?? true)],
    ...(options.args ? { args: options.args } : {}),
  });
  let stopping = false;
  const retiring = new Set<Worker>();
  let preparer: Worker | null = null;
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
  cluster.on("message", (worker, msg: unknown) => {
    const said = (msg as { warta?: unknown })?.warta;
    if (said === SITE_PREPARED && worker === preparer) prepared();
    if (said !== SITE_WAIT) return;
    void siteReady.then(
      () => worker.isConnected() && worker.send({ warta: SITE_READY }),
      () => {}, // the caller handles a failed preparation
    );
  });

  const fork = (first = false) =>
    new Promise<{ worker: Worker; address: string }>((resolve, reject) => {
      const prepares = first && options.prepareInFirstWorker !== undefined;
      const args = cluster.settings.args ?? [];
      if (prepares) cluster.setupPrimary({ args: [...args, ...(options.prepareInFirstWorker?.args ?? [])] });
      const worker = cluster.fork({ ...workerEnv(process.env), ...options.env });
      if (prepares) {
        cluster.setupPrimary({ args });
        preparer = worker;
        worker.once("exit", (code, signal) => {
          if (isPrepared) return;
          // Nothing may serve an unprepared site: the others are stopped, none replaced.
          stopping = true;
          for (const other of Object.values(cluster.workers ?? {})) other?.kill();
          preparationFailed(new Error(`preparing the site failed (${signal ?? `exit code ${code}`})`));
        });
      }
      const onExit = (code: number | null) =>
        reject(new Error(`worker exited before listening (code ${code})`));
      worker.once("exit", onExit);
      worker.once("listening", (addr) => {
        worker.off("exit", onExit);
        const host =
          addr.address && addr.address !== "0.0.0.0" && addr.address !== "::" ? addr.address : "127.0.0.1";
        resolve({ worker, address: `http://${host.includes(":") ? `[${host}]` : host}:${addr.port}` });
      });
    });

  cluster.on("exit", (worker, code, signal) => {
    if (stopping || retiring.has(worker)) return;
    options.log.error({ pid: worker.process.pid, code, signal }, "worker died; starting another");
    fork().catch((err) => options.log.error({ err }, "could not replace a worker"));
  });

  const stopWorker = (worker: Worker) =>
    new Promise<void>((resolve) => {
      if (worker.isDead()) return resolve();
      retiring.add(worker);
      const timer = setTimeout(() => worker.kill("SIGKILL"), STOP_TIMEOUT_MS);
      worker.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      worker.send(SHUTDOWN_MESSAGE);
    });

  const forks = Array.from({ length: options.workers }, (_, i) => fork(i === 0));
  for (const f of forks) f.catch(() => {}); // reported below, once the preparation is settled
  // A failed preparation ends the start (the others are stopped) and is the reason given.
  await siteReady;
  const started = await Promise.all(forks);
  return {
    address: started[0]?.address ?? "",
    async restart() {
      for (const old of Object.values(cluster.workers ?? {})) {
        if (!old || retiring.has(old)) continue;
        await fork();
        await stopWorker(old);
      }
    },
    async stop() {
      stopping = true;
      await Promise.all(Object.values(cluster.workers ?? {}).flatMap((w) => (w ? [stopWorker(w)] : [])));
    },
  };
}
