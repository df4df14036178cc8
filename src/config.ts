import { resolve } from "node:path";

/** Everything Warta reads from the environment, validated once at boot. */
export interface Config {
  port: number;
  host: string;
  /**
   * Whether X-Forwarded-For/-Proto come from a trusted reverse proxy (`WARTA_TRUST_PROXY=1`).
   * Off by default: otherwise any client could pick its own address and slip past per-address limits.
   */
  trustProxy: boolean;
  dataDir: string;
  /** `postgres://…` switches storage to PostgreSQL; otherwise SQLite in `dataDir`. */
  databaseUrl: string | null;
  /** SQLite's own page cache per worker (each has its own connection) (`WARTA_SQLITE_CACHE_MB`). */
  sqliteCacheBytes: number;
  redisUrl: string | null;
  /** A fixed clock (`WARTA_NOW`), for reproducible pages and time windows. */
  fixedNow: Date | null;
  site: SiteConfig;
  lists: ListConfig;
  views: { flushIntervalMs: number };
  logLevel: string;
  newsroom: NewsroomConfig;
  feeds: FeedConfig;
  pageCache: PageCacheConfig;
  /** Tags purged at a CDN on every article change, in the background; no URL, no calls. */
  cdn: { purgeUrl: string | null; purgeToken: string | null };
  /** HTTP worker threads (`warta serve --workers` wins); null means one per core. */
  workers: number | null;
  api: ApiConfig;
  push: PushConfig;
}

export interface ApiConfig {
  /** `required`: every /api/v1 request needs a key; `optional`: keys only raise the rate limit. */
  keys: "required" | "optional";
  /** Origins allowed to call /api/v1 from a browser; `*` for any, empty for none. */
  corsOrigins: string[];
  /** Requests per minute per key (unless the key has its own), and per address without a key. */
  ratePerMinute: number;
  anonymousRatePerMinute: number;
}

export interface PushConfig {
  /** WebSub hubs pinged when a feed changes (none by default). */
  websubHubs: string[];
  /** IndexNow endpoints told about new and changed URLs (none by default), and the site's key. */
  indexNowEndpoints: string[];
  indexNowKey: string | null;
}

export interface PageCacheConfig {
  /** `WARTA_PAGE_CACHE=off` renders every request (benchmarks, debugging). */
  enabled: boolean;
  /** Bytes of memory each worker may keep. */
  maxBytes: number;
  /**
   * Bytes each worker may keep in its spill file (pages evicted from memory, held by the
   * kernel's page cache in `<data dir>/cache`); 0 drops evicted pages instead.
   */
  spillBytes: number;
}

export interface FeedConfig {
  /** Entries per RSS feed. */
  items: number;
  /** Put the whole article (content:encoded) in feeds, not only the summary. */
  fullContent: boolean;
}

export interface NewsroomConfig {
  /** Email of the admin created on the first start of a site without users. */
  firstAdminEmail: string;
}

export interface SiteConfig {
  name: string;
  tagline: string;
  /** Absolute base URL without trailing slash, used for canonical links. */
  publicUrl: string;
  timeZone: string;
  /** Label printed after times: WIB, WITA, WIT. */
  timeZoneLabel: string;
}

export interface ListConfig {
  popularWindowDays: number;
  popularLimit: number;
  latestLimit: number;
  pageSize: number;
  /** How often Populer and UPDATE are recomputed: the most a cached page lags behind them. */
  refreshMs: number;
}

const ZONE_LABELS: Record<string, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

/**
 * Memory per worker, counting each entry's bookkeeping (~1 KB) as well as the pages held in
 * memory: with 10,000 entries, ~70 article pages with their brotli form, the most recently used;
 * room to keep track of ~12,000 pages in all. Pages evicted from it go to the spill file (below),
 * and come back when they are read often again. Sized for a 2-core machine's two workers and the
 * views writer thread to stay under 300 MB resident in all (docs/performance.md; 16 MB before the
 * writer came); the runtime itself (Node, Fastify, the bundled code) takes ~50 MB per worker
 * beside it.
 */
const DEFAULT_PAGE_CACHE_MB = 12;
/**
 * Per worker: room for ~15,000 article pages with their compressed forms once they no
 * longer fit in memory. The space is taken only as pages are evicted, and given back when the
 * worker ends.
 */
const DEFAULT_PAGE_CACHE_DISK_MB = 512;

/**
 * SQLite's page cache per connection (one per worker). The kernel keeps the database file's pages in its own cache
 * anyway (shared by every process); this one saves a copy per page read. Against 16 MB (what
 * better-sqlite3 builds with), 4 MB served article pages with the page cache off as fast on
 * 1,000,000 articles (the B-trees' inner pages fit; the leaves a request reads are spread over
 * gigabytes either way) and left each worker ~12 MB smaller (docs/performance.md).
 */
const DEFAULT_SQLITE_CACHE_MB = 4;

/** Reads and validates the environment; throws a ConfigError listing every problem at once. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };

  const flag = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.trim().toLowerCase();
    if (raw === undefined || raw === "") return fallback;
    if (["1", "true", "yes", "on"].includes(raw)) return true;
    if (["0", "false", "no", "off"].includes(raw)) return false;
    problems.push(`${name} must be 1 or 0 (got "${env[name]}")`);
    return fallback;
  };

  const urlList = (name: string): string[] => {
    const out: string[] = [];
    for (const raw of (env[name] ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)) {
      try {
        const u = new URL(raw);
        if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error("protocol");
        out.push(raw);
      } catch {
        problems.push(`${name} must be a comma-separated list of http(s) URLs (got "${raw}")`);
      }
    }
    return out;
  };

  const port = int("PORT", 3000, 0, 65535);
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(
      "DATABASE_URL must start with postgres:// (leave it unset for the embedded SQLite database)",
    );
  }
  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) problems.push("REDIS_URL must start with redis://");

  let fixedNow: Date | null = null;
  if (env.WARTA_NOW) {
    const parsed = new Date(env.WARTA_NOW);
    if (Number.isNaN(parsed.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(env.WARTA_NOW)) {
      problems.push(`WARTA_NOW must be an ISO-8601 date-time (got "${env.WARTA_NOW}")`);
    } else {
      fixedNow = parsed;
    }
  }

  const timeZone = env.WARTA_TIMEZONE || "Asia/Jakarta";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    problems.push(`WARTA_TIMEZONE is not a known IANA time zone (got "${timeZone}")`);
  }
  const timeZoneLabel = env.WARTA_TIMEZONE_LABEL || ZONE_LABELS[timeZone] || timeZone;

  if (env.WARTA_API_KEYS && !["required", "optional"].includes(env.WARTA_API_KEYS)) {
    problems.push(`WARTA_API_KEYS must be "required" or "optional" (got "${env.WARTA_API_KEYS}")`);
  }
  if (env.WARTA_INDEXNOW_KEY && !/^[A-Za-z0-9-]{8,128}$/.test(env.WARTA_INDEXNOW_KEY.trim())) {
    problems.push("WARTA_INDEXNOW_KEY must be 8 to 128 letters, digits or dashes");
  }
  if (env.WARTA_INDEXNOW_ENDPOINTS?.trim() && !env.WARTA_INDEXNOW_KEY?.trim()) {
    problems.push("WARTA_INDEXNOW_ENDPOINTS needs WARTA_INDEXNOW_KEY");
  }

  const host = env.HOST || "0.0.0.0";
  const trustProxy = ["1", "true", "yes"].includes((env.WARTA_TRUST_PROXY ?? "").toLowerCase());
  const rawPublicUrl = env.WARTA_PUBLIC_URL || `http://localhost:${port}`;
  let publicUrl = rawPublicUrl.replace(/\/+$/, "");
  try {
    const url = new URL(rawPublicUrl);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("protocol");
  } catch {
    problems.push(`WARTA_PUBLIC_URL must be an absolute http(s) URL (got "${rawPublicUrl}")`);
    publicUrl = `http://localhost:${port}`;
  }

  const purgeUrl = env.WARTA_CDN_PURGE_URL?.trim() || null;
  if (purgeUrl && !/^https?:\/\/./.test(purgeUrl)) {
    problems.push(`WARTA_CDN_PURGE_URL must be an http(s) URL (got "${purgeUrl}")`);
  }

  const config: Config = {
    port,
    host,
    trustProxy,
    dataDir: resolve(env.WARTA_DATA_DIR || "data"),
    databaseUrl,
    sqliteCacheBytes: int("WARTA_SQLITE_CACHE_MB", DEFAULT_SQLITE_CACHE_MB, 1, 65_536) * 1024 * 1024,
    redisUrl,
    fixedNow,
    site: {
      name: env.WARTA_SITE_NAME || "Warta",
      tagline: env.WARTA_SITE_TAGLINE || "Kabar terkini dari Nusantara dan dunia",
      publicUrl,
      timeZone,
      timeZoneLabel,
    },
    lists: {
      popularWindowDays: int("WARTA_POPULAR_DAYS", 7, 1, 365),
      popularLimit: int("WARTA_POPULAR_LIMIT", 7, 1, 50),
      latestLimit: int("WARTA_LATEST_LIMIT", 10, 1, 50),
      pageSize: int("WARTA_PAGE_SIZE", 20, 5, 100),
      refreshMs: int("WARTA_LISTS_REFRESH_S", 30, 1, 3600) * 1000,
    },
    views: { flushIntervalMs: int("WARTA_VIEWS_FLUSH_MS", 1000, 50, 60_000) },
    logLevel: env.LOG_LEVEL || "info",
    newsroom: { firstAdminEmail: firstAdminEmail(env.WARTA_ADMIN_EMAIL, problems) },
    feeds: {
      items: int("WARTA_FEED_ITEMS", 20, 1, 200),
      fullContent: flag("WARTA_FEED_FULL_CONTENT", false),
    },
    api: {
      keys: env.WARTA_API_KEYS === "required" ? "required" : "optional",
      corsOrigins: (env.WARTA_API_CORS_ORIGINS ?? "*")
        .split(",")
        .map((s) => s.trim().replace(/\/+$/, ""))
        .filter(Boolean),
      ratePerMinute: int("WARTA_API_RATE_LIMIT", 600, 1, 1_000_000),
      anonymousRatePerMinute: int("WARTA_API_ANON_RATE_LIMIT", 60, 1, 1_000_000),
    },
    push: {
      websubHubs: urlList("WARTA_WEBSUB_HUBS"),
      indexNowEndpoints: urlList("WARTA_INDEXNOW_ENDPOINTS"),
      indexNowKey: env.WARTA_INDEXNOW_KEY?.trim() || null,
    },
    pageCache: {
      enabled: flag("WARTA_PAGE_CACHE", true),
      maxBytes: int("WARTA_PAGE_CACHE_MB", DEFAULT_PAGE_CACHE_MB, 1, 65_536) * 1024 * 1024,
      spillBytes: int("WARTA_PAGE_CACHE_DISK_MB", DEFAULT_PAGE_CACHE_DISK_MB, 0, 1_048_576) * 1024 * 1024,
    },
    cdn: { purgeUrl, purgeToken: env.WARTA_CDN_PURGE_TOKEN?.trim() || null },
    workers: env.WARTA_WORKERS ? int("WARTA_WORKERS", 1, 1, 256) : null,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function firstAdminEmail(raw: string | undefined, problems: string[]): string {
  const email = raw?.trim().toLowerCase() || "admin@localhost";
  if (!/^[^\s@]+@[^\s@]+$/.test(email))
    problems.push(`WARTA_ADMIN_EMAIL must be an email address (got "${raw}")`);
  return email;
}
