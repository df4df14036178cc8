import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import type { MessagePort } from "node:worker_threads";
import type { Warta } from "../app.ts";
import { type Clock, fixedClock, systemClock } from "../clock.ts";
import { primaryEventBus, workerEventBus } from "../cluster/cluster-bus.ts";
import { serveClusterRateLimits, workerRateLimiter } from "../cluster/cluster-rate-limiter.ts";
import { balanceConnections, type ConnectionTally } from "../cluster/connection-balance.ts";
import { workerHub } from "../cluster/links.ts";
import { startCluster } from "../cluster/primary.ts";
import {
  clusterConnections,
  clusterPort,
  clusterSocketFd,
  listening,
  onShutdown,
  preparedSite,
  waitForSite,
} from "../cluster/worker.ts";
import { type Config, ConfigError, loadConfig } from "../config.ts";
import { createRateLimiter, type RateLimiter } from "../domain/api-keys/rate-limiter.ts";
import type { EventBus } from "../domain/events/event-bus.ts";
import type { ViewSink } from "../domain/views/view-counter.ts";
import { startViewsWriter, type ViewsWriter, writerSink } from "../storage/views-writer/views-writer.ts";

/** The name under which a cluster worker is given its port to the views writer. */
const VIEWS_WRITER_PORT = "views";
/** The views writer's SQLite page cache (the serving threads' is config.sqliteCacheBytes). */
const WRITER_SQLITE_CACHE_BYTES = 1024 * 1024;

/**
 * `warta serve [--demo] [--workers N]`. With one worker, one thread does everything. With more,
 * the main thread only supervises worker threads: the first worker prepares the site once
 * (migrations, demo content, first admin, missed scheduled publishes) while the others load their
 * code; then the workers serve HTTP on one shared socket, each with its own page cache, view
 * counter and job runner (jobs are leased, so each runs once), sharing one event bus. On SQLite
 * one more thread writes the view counts of every serving thread (storage/views-writer). The main
 * thread never loads the code that renders pages, so it stays small. `--prepare-first` marks the
 * first worker, which prepares before it serves (the primary adds it).
 */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      demo: { type: "boolean", default: false },
      workers: { type: "string" },
      "prepare-first": { type: "boolean", default: false },
    },
  });
  const config = loadConfig();
  const socketFd = clusterSocketFd();
  if (socketFd !== null) {
    return serveWorker(config, socketFd, { first: values["prepare-first"], demo: values.demo });
  }
  const workers =
    values.workers !== undefined ? Number(values.workers) : (config.workers ?? availableParallelism());
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
    throw new ConfigError([`--workers must be a whole number from 1 to 256 (got "${values.workers}")`]);
  }
  return workers === 1 ? serveSingle(config, values.demo) : servePrimary(config, workers);
}

const consoleLog = {
  info: (msg: string) => console.log(msg),
  warn: (obj: unknown, msg?: string) => console.warn(msg, obj),
  error: (obj: unknown, msg?: string) => console.error(msg, obj),
};

/** CDN purges go out from the process that published the change: once per change in a cluster too. */
async function startCdnPurge(config: Config, events: EventBus) {
  if (!config.cdn.purgeUrl) return null;
  const { createCdnPurger } = await import("../http/cache/cdn-purge.ts");
  const { subscribeCdnPurge } = await import("../http/cache/invalidation.ts");
  const purger = createCdnPurger({ url: config.cdn.purgeUrl, token: config.cdn.purgeToken, log: consoleLog });
  subscribeCdnPurge(events, purger);
  return purger;
}

/**
 * Boot order, once per site: config → database (migrated) → demo content if asked and empty →
 * first admin of an empty site → scheduled publishes missed while nothing ran.
 */
async function prepareSite(warta: Warta, demo: boolean): Promise<void> {
  const { seedDemoIfEmpty } = await import("./demo-content.ts");
  if (demo && (await seedDemoIfEmpty(warta))) console.log("Demo portal created in", warta.config.dataDir);
  const firstAdmin = await warta.newsroom.users.ensureFirstAdmin(warta.config.newsroom.firstAdminEmail);
  if (firstAdmin) {
    // Printed once, to the terminal only (never to the log): the site has no default password.
    console.log(
      `First admin created: ${firstAdmin.user.email}\nPassword (shown once, change it after signing in): ${firstAdmin.password}\nSign in at ${warta.config.site.publicUrl}/admin`,
    );
  }
  await warta.newsroom.jobs.runDue();
  if (await warta.search.needsReindex()) {
    console.warn(
      "The search index is empty while the site has articles (made before search existed, or emptied by an upgrade): readers find nothing until `warta reindex` rebuilds it.",
    );
  }
}

/** Builds and starts one serving process (HTTP, view flushing, the job runner); resolves with its address and a graceful stop. */
async function startSite(
  config: Config,
  options: {
    events?: EventBus;
    rateLimiter?: (clock: Clock) => RateLimiter;
    migrate: boolean;
    demo: boolean;
    /** Resolves when the site may be served (a cluster worker waits for its primary). */
    siteReady?: () => Promise<void>;
    /** A cluster worker's descriptor of the socket the workers share (else: listen on config's port). */
    socketFd?: number;
    /** A cluster worker's share of the connections, kept even (see connection-balance.ts). */
    connections?: ConnectionTally | null;
    /** Where counted views go, given this site's own views repository (see WartaOptions.viewSink). */
    viewSink?: (own: ViewSink) => ViewSink;
  },
) {
  const { createWarta } = await import("../app.ts");
  const { buildHttpServer } = await import("../http/server.ts");
  let app: Awaited<ReturnType<typeof buildHttpServer>> | null = null;
  const warta = await createWarta(config, {
    log: { error: (obj, msg) => app?.log.error(obj, msg) },
    migrate: options.migrate,
    ...(options.events ? { events: options.events } : {}),
    ...(options.rateLimiter ? { rateLimiter: options.rateLimiter } : {}),
    ...(options.viewSink ? { viewSink: options.viewSink } : {}),
  });
  if (options.migrate) await prepareSite(warta, options.demo);
  app = await buildHttpServer(warta, { logger: { level: config.logLevel } });
  const server = app;
  if (options.connections) balanceConnections(server.server, options.connections);
  await options.siteReady?.();
  warta.counter.start(config.views.flushIntervalMs);
  warta.webhooks.start();
  warta.newsroom.jobs.start();
  const cdn = await startCdnPurge(config, warta.events);
  // A cluster worker listens on its own descriptor of the shared socket and, stopping, closes it
  // itself (Fastify closes only a server it started listening).
  let address = "";
  let stopListening = async () => {};
  if (options.socketFd === undefined) {
    address = await server.listen({ port: config.port, host: config.host });
  } else {
    const shared = await import("../cluster/shared-socket.ts");
    await server.ready();
    await shared.listenOnShared(server.server, options.socketFd);
    stopListening = () => shared.stopListening(server.server);
  }
  let stopping: Promise<void> | null = null;
  return {
    /** Where it listens (a cluster worker: empty, the primary announces the address). */
    address,
    log: server.log,
    /** Finishes open requests, writes pending view counts, sends queued CDN purges, closes the database. */
    stop: () => {
      stopping ??= stopListening()
        .then(() => server.close())
        .then(() => cdn?.stop())
        .then(() => warta.close());
      return stopping;
    },
  };
}

function onSignals(stop: (signal: string) => Promise<void>): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(
      signal,
      () =>
        void stop(signal).then(
          () => process.exit(0),
          (err) => {
            console.error(err);
            process.exit(1);
          },
        ),
    );
  }
}

/**
 * On SQLite, the thread that writes view counts for every serving thread of this process (see
 * storage/views-writer); null on PostgreSQL, whose client waits without blocking.
 */
function startWriter(config: Config): ViewsWriter | null {
  if (config.databaseUrl) return null;
  const exec = process.argv[1];
  if (!exec) return null;
  return startViewsWriter(
    exec,
    {
      dataDir: config.dataDir,
      // Its writes touch pages all over the views tables; a page cache of its own saves little.
      sqliteCacheBytes: Math.min(config.sqliteCacheBytes, WRITER_SQLITE_CACHE_BYTES),
      // One write transaction per second at most, or per flush interval when that is shorter.
      intervalMs: Math.min(config.views.flushIntervalMs, 1_000),
    },
    (err, msg) => consoleLog.error(err, msg),
  );
}

/** A serving thread's view sink through `port` to the views writer, its own repository as fallback. */
const throughWriter =
  (port: MessagePort) =>
  (own: ViewSink): ViewSink =>
    writerSink(port, own, (err, msg) => consoleLog.error(err, msg));

async function serveSingle(config: Config, demo: boolean): Promise<number> {
  const writer = startWriter(config);
  const site = await startSite(config, {
    migrate: true,
    demo,
    ...(writer ? { viewSink: throughWriter(writer.connect()) } : {}),
  });
  const storage = config.databaseUrl ? "PostgreSQL" : config.dataDir;
  // Handlers first: a stop asked for as soon as the address is announced is still graceful.
  onSignals(async (signal) => {
    site.log.info(`${signal}: closing; pending views are flushed before exit`);
    await site.stop();
    await writer?.stop();
  });
  console.log(`Warta is listening on ${site.address} as ${config.site.publicUrl} (data: ${storage})`);
  return new Promise<number>(() => {});
}

async function serveWorker(
  config: Config,
  socketFd: number,
  prepare: { first: boolean; demo: boolean },
): Promise<number> {
  if (prepare.first) {
    try {
      await prepareSiteOnce(config, prepare.demo);
    } catch (err) {
      console.error("preparing the site failed:", err instanceof Error ? err.message : err);
      process.exit(1);
    }
    preparedSite();
  }
  const events = workerEventBus((err, event) => console.error("event subscriber failed", event.type, err));
  const writerPort = clusterPort(VIEWS_WRITER_PORT);
  const site = await startSite(config, {
    ...(writerPort ? { viewSink: throughWriter(writerPort) } : {}),
    events,
    rateLimiter: (clock) => workerRateLimiter(createRateLimiter(clock)),
    migrate: false,
    demo: false,
    siteReady: waitForSite,
    socketFd,
    connections: clusterConnections(),
  });
  // Signals reach the main thread only; it asks each worker to stop.
  onShutdown(() => void site.stop().then(() => process.exit(0)));
  listening();
  return new Promise<number>(() => {});
}

/** In the cluster's first worker: migrations, demo content, first admin and missed publishes, on a site of their own. */
async function prepareSiteOnce(config: Config, demo: boolean): Promise<void> {
  const { createWarta } = await import("../app.ts");
  const warta = await createWarta(config);
  try {
    await prepareSite(warta, demo);
  } finally {
    await warta.close();
  }
}

async function servePrimary(config: Config, workers: number): Promise<number> {
  const hub = workerHub();
  // Relays the workers' events; the primary itself serves nothing and subscribes to nothing.
  primaryEventBus(hub, (err, event) => console.error("event subscriber failed", event.type, err), consoleLog);
  // The content API's rate limits, kept here so they hold for the site, not per worker.
  serveClusterRateLimits(hub, createRateLimiter(config.fixedNow ? fixedClock(config.fixedNow) : systemClock));
  // The workers' view counts are written by one thread of their own, where no request waits. It
  // starts with the first worker: after the primary has set the threads' heap flags.
  let writer: ViewsWriter | null = null;
  const writerPorts = (): Record<string, MessagePort> => {
    writer ??= startWriter(config);
    return writer ? { [VIEWS_WRITER_PORT]: writer.connect() } : {};
  };
  // The site is prepared once, by the first worker before it builds its own site (on a bus of its
  // own: no worker has a cache to purge yet), while the others load their code; all serve once it
  // has finished.
  let running: Awaited<ReturnType<typeof startCluster>>;
  try {
    running = await startCluster({
      workers,
      hub,
      listen: { port: config.port, host: config.host },
      log: consoleLog,
      prepareInFirstWorker: { args: ["--prepare-first"] },
      portsFor: writerPorts,
      pageCache: config.pageCache.enabled,
    });
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
  const storage = config.databaseUrl ? "PostgreSQL" : config.dataDir;
  process.on("SIGHUP", () => {
    console.log("SIGHUP: restarting workers one by one");
    running.restart().catch((err) => console.error("restart failed", err));
  });
  onSignals(async (signal) => {
    console.log(`${signal}: stopping workers; each flushes its pending views`);
    await running.stop();
    await writer?.stop();
  });
  console.log(
    `Warta is listening on ${running.address} as ${config.site.publicUrl} (data: ${storage}, ${workers} workers)`,
  );
  return new Promise<number>(() => {});
}
