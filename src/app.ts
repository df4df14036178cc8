import type { Clock } from "./clock.ts";
import { fixedClock, systemClock } from "./clock.ts";
import type { Config } from "./config.ts";
import { createRateLimiter, type RateLimiter } from "./domain/api-keys/rate-limiter.ts";
import { LiveLists } from "./domain/articles/live-lists.ts";
import { createReadingService } from "./domain/articles/reading.service.ts";
import { type EventBus, inMemoryEventBus } from "./domain/events/event-bus.ts";
import type { ImportDeps } from "./domain/portability/import.service.ts";
import { createPushService, type PushService } from "./domain/push/push.service.ts";
import { createSearchRepository } from "./domain/search/search.repository.ts";
import { createSearchService, type SearchService } from "./domain/search/search.service.ts";
import { cachedSections } from "./domain/sections/cached-sections.ts";
import { ViewCounter, type ViewSink } from "./domain/views/view-counter.ts";
import { createWebhookService, type WebhookService } from "./domain/webhooks/webhook.service.ts";
import { createPresenter } from "./http/public/presenter.ts";
import { urls } from "./http/public/urls.ts";
import { createNewsroom, type Newsroom } from "./newsroom.ts";
import { type BlobStore, defaultBlobRoot, localBlobStore } from "./storage/blob-store.ts";
import { type Db, openDatabase } from "./storage/database.ts";
import { migrateToLatest } from "./storage/migrate.ts";
import { createRepositories, type Repositories, unitOfWork } from "./storage/repositories.ts";

/**
 * The composition root: database → repositories → services. Nothing else wires things, and
 * nothing here is module-level state, so tests and several processes each build their own.
 */
export interface Warta {
  config: Config;
  clock: Clock;
  db: Db;
  blobs: BlobStore;
  repos: Repositories;
  importDeps: ImportDeps;
  reading: ReturnType<typeof createReadingService>;
  /** Public and staff search; kept current by the article events it subscribes to. */
  search: SearchService;
  /** Populer and UPDATE, kept in memory for the pages. */
  lists: LiveLists;
  presenter: ReturnType<typeof createPresenter>;
  counter: ViewCounter;
  /** The content API's per-key limits; a cluster worker's asks the primary. */
  rateLimiter: RateLimiter;
  events: EventBus;
  /** Accounts, the editorial workflow, media library and the job runner (scheduled publishing). */
  newsroom: Newsroom;
  /** Outgoing webhooks: deliveries are rows, sent by a worker (started by `serve`). */
  webhooks: WebhookService;
  /** WebSub and IndexNow pings on publish, in the background. */
  push: PushService;
  close(): Promise<void>;
}

export interface WartaOptions {
  clock?: Clock;
  /** Where view-flush failures are reported; the HTTP server passes its logger. */
  log?: { error(obj: unknown, msg?: string): void };
  /** The bus to announce changes on; by default one inside this process (a cluster passes its own). */
  events?: EventBus;
  /** Apply pending migrations first (default). Cluster workers leave it to the primary. */
  migrate?: boolean;
  /** Where rate-limit buckets live; by default in this process (a cluster worker passes its own). */
  rateLimiter?: (clock: Clock) => RateLimiter;
  /**
   * Where counted views are written, given this process's own views repository: by default that
   * repository (`warta serve` on SQLite passes its views writer thread's sink).
   */
  viewSink?: (own: ViewSink) => ViewSink;
}

export async function createWarta(config: Config, options: WartaOptions = {}): Promise<Warta> {
  const clock = options.clock ?? (config.fixedNow ? fixedClock(config.fixedNow) : systemClock);
  const db = await openDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    sqliteCacheBytes: config.sqliteCacheBytes,
  });
  const repos = createRepositories(db.kysely);
  try {
    if (options.migrate !== false) {
      await migrateToLatest(db);
      // Populer's running window follows the configured length and the clock: moved here, once,
      // a change of either costs the serving processes nothing.
      await repos.views.prepareWindow(config.lists.popularWindowDays * 86_400_000, clock.now().getTime());
    }
  } catch (err) {
    await db.close();
    throw err;
  }
  const blobs = localBlobStore(defaultBlobRoot(config.dataDir));
  const log = options.log ?? { error: (obj: unknown, msg?: string) => console.error(msg, obj) };
  const counter = new ViewCounter(options.viewSink?.(repos.views) ?? repos.views, clock, log);
  const events =
    options.events ??
    inMemoryEventBus((err, event) => log.error({ err, event: event.type }, "event subscriber failed"));
  // Sections are read on every page: kept in memory until a sections.changed event.
  const sections = cachedSections(repos.sections, systemClock, config.lists.refreshMs);
  repos.sections = sections;
  events.subscribeSections(() => sections.forget(), { everyWorker: true });
  const reading = createReadingService(repos, clock, config.lists);
  const search = createSearchService(
    createSearchRepository(db.kysely, db.dialect),
    clock,
    config.lists.pageSize,
  );
  search.subscribe(events);
  const newsroom = createNewsroom({ db, config, clock, blobs, events, log });
  const abs = (path: string) => `${config.site.publicUrl}${path}`;
  const webhooks = createWebhookService({
    repo: repos.webhooks,
    clock,
    articleUrl: (s) => abs(urls.article(s)),
    log,
  });
  webhooks.subscribe(events);
  const push = createPushService({
    config: config.push,
    log,
    links: {
      article: (s) => abs(urls.article(s)),
      siteFeed: () => abs(urls.siteFeed()),
      sectionFeed: (s) => abs(urls.sectionFeed(s)),
      tagFeed: (s) => abs(urls.tagFeed(s)),
      authorFeed: (s) => abs(urls.authorFeed(s)),
      indexNowKeyFile: (key) => abs(`/${key}.txt`),
    },
  });
  push.subscribe(events);
  return {
    config,
    clock,
    db,
    blobs,
    repos,
    importDeps: { repos, transaction: unitOfWork(db), blobs, clock, events },
    reading,
    lists: new LiveLists(reading, repos.views, clock, config.lists),
    search,
    presenter: createPresenter(config.site, (key) => blobs.urlFor(key)),
    counter,
    rateLimiter: options.rateLimiter?.(clock) ?? createRateLimiter(clock),
    events,
    newsroom,
    webhooks,
    push,
    async close() {
      await webhooks.stop();
      await newsroom.jobs.stop();
      await counter.stop();
      await db.close();
    },
  };
}
