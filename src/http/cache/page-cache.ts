import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

export type Encoding = "br" | "gzip" | "identity";
type Compressed = Exclude<Encoding, "identity">;

/** A rendered response as the cache keeps it: the bytes, their compressed forms, what they show. */
export interface CachedPage {
  readonly key: string;
  /** Headers every encoding shares: content-type, cache-control, surrogate keys, security headers. */
  readonly headers: Readonly<Record<string, string>>;
  /** Strong validator of the identity bytes, quoted. Compressed forms append `-br` / `-gz`. */
  readonly etag: string;
  readonly body: Buffer;
  readonly tags: readonly string[];
  /** Epoch ms when stored; the entry is a miss after `maxAgeMs`. */
  readonly storedAt: number;
  br: Buffer | null;
  gzip: Buffer | null;
  size: number;
  /** Compressed forms being made. */
  making: Set<Compressed>;
  /** Ready-to-write headers per encoding, built on first use. */
  wire: Partial<Record<Encoding, Record<string, string | number>>>;
}

export interface PageCacheOptions {
  /** Upper bound of the bytes kept (bodies, compressed forms, headers, keys). 0 turns the cache off. */
  maxBytes: number;
  /** Entries older than this are misses: the safety net for changes no event announces. */
  maxAgeMs: number;
  now?: () => number;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Quality 5 compresses a news page in ~2 ms to within ~10% of quality 11 (which takes ~50 ms). */
const BROTLI_QUALITY = 5;
/** Rough per-entry bookkeeping cost (maps, header objects), so tiny entries are not free. */
const ENTRY_OVERHEAD = 512;

/**
 * The in-memory page cache: whole responses by key (path plus the query parameters the route
 * reads), bounded by total bytes with least-recently-used eviction, and indexed by tag so a
 * change purges exactly the entries that show it. Compressed forms are made once, in the
 * background (zlib's thread pool), the first time a client asks for them.
 *
 * `generation` moves on every purge: a response whose rendering began before a purge may hold
 * data the purge was about, so the plugin does not store it (see `storeIfCurrent`).
 */
export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  private readonly byTag = new Map<string, Set<string>>();
  private bytes = 0;
  generation = 0;
  readonly stats = { hits: 0, misses: 0, stores: 0, evictions: 0, purged: 0 };
  private readonly now: () => number;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.options.maxBytes > 0;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  get(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.stats.misses++;
      return undefined;
    }
    if (this.now() - entry.storedAt > this.options.maxAgeMs) {
      this.remove(entry);
      this.stats.misses++;
      return undefined;
    }
    // Map order is the LRU order: move to the back.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.stats.hits++;
    return entry;
  }

  /**
   * Stores a response unless a purge happened since `generationAtStart` (its data may be stale)
   * or it is too large to be worth a slot. Returns the entry, stored or not.
   */
  storeIfCurrent(
    generationAtStart: number,
    page: {
      key: string;
      headers: Record<string, string>;
      etag: string;
      body: Buffer;
      tags: readonly string[];
    },
  ): CachedPage {
    const entry: CachedPage = {
      ...page,
      storedAt: this.now(),
      br: null,
      gzip: null,
      size: 0,
      making: new Set(),
      wire: {},
    };
    entry.size = sizeOf(entry);
    if (!this.enabled || generationAtStart !== this.generation || entry.size > this.options.maxBytes / 8) {
      return entry;
    }
    const old = this.entries.get(page.key);
    if (old) this.remove(old);
    this.entries.set(page.key, entry);
    this.bytes += entry.size;
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag) ?? new Set<string>();
      this.byTag.set(tag, keys);
      keys.add(page.key);
    }
    this.stats.stores++;
    this.evict();
    return entry;
  }

  /**
   * Removes every entry carrying one of `tags`; a tag ending in `*` matches by prefix
   * (`sitemap:*`). Returns how many entries went.
   */
  purge(tags: Iterable<string>): number {
    this.generation++;
    let removed = 0;
    const drop = (keys: Set<string> | undefined) => {
      if (!keys) return;
      for (const key of [...keys]) {
        const entry = this.entries.get(key);
        if (entry) {
          this.remove(entry);
          removed++;
        }
      }
    };
    for (const tag of tags) {
      if (tag.endsWith("*")) {
        const prefix = tag.slice(0, -1);
        for (const [t, keys] of [...this.byTag]) if (t.startsWith(prefix)) drop(keys);
      } else {
        drop(this.byTag.get(tag));
      }
    }
    this.stats.purged += removed;
    return removed;
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.byTag.clear();
    this.bytes = 0;
  }

  /**
   * The best form of `entry` the client accepts that exists now. When a better one is missing it
   * is made in the background for the next request; this one never waits.
   */
  pick(entry: CachedPage, accepts: Accepted): Encoding {
    if (accepts.br && entry.br) return "br";
    if (accepts.br) this.make(entry, "br");
    if (accepts.gzip && entry.gzip) return "gzip";
    if (accepts.gzip && !accepts.br) this.make(entry, "gzip");
    return "identity";
  }

  private make(entry: CachedPage, encoding: Compressed): void {
    if (entry.making.has(encoding) || entry[encoding] || !this.enabled) return;
    entry.making.add(encoding);
    const work =
      encoding === "br"
        ? brotli(entry.body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
            },
          })
        : gzipAsync(entry.body, { level: 6 });
    work
      .then((bytes) => {
        // Compressing only pays when it saves something; otherwise identity keeps being served
        // (and `making` keeps the encoding, so it is not tried again).
        if (bytes.length >= entry.body.length) return;
        entry.making.delete(encoding);
        entry[encoding] = bytes;
        if (this.entries.get(entry.key) !== entry) return;
        entry.size += bytes.length;
        this.bytes += bytes.length;
        this.evict();
      })
      .catch(() => entry.making.delete(encoding));
  }

  private evict(): void {
    for (const entry of this.entries.values()) {
      if (this.bytes <= this.options.maxBytes) return;
      this.remove(entry);
      this.stats.evictions++;
    }
  }

  private remove(entry: CachedPage): void {
    if (this.entries.get(entry.key) !== entry) return;
    this.entries.delete(entry.key);
    this.bytes -= entry.size;
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      keys.delete(entry.key);
      if (keys.size === 0) this.byTag.delete(tag);
    }
  }
}

function sizeOf(entry: CachedPage): number {
  let n = ENTRY_OVERHEAD + entry.key.length + entry.body.length;
  for (const [k, v] of Object.entries(entry.headers)) n += k.length + v.length;
  for (const t of entry.tags) n += t.length * 2 + 16;
  return n;
}

export interface Accepted {
  br: boolean;
  gzip: boolean;
}

const NONE: Accepted = { br: false, gzip: false };
const acceptedMemo = new Map<string, Accepted>();

/** Which compressed encodings an Accept-Encoding header allows (q=0 refuses; `*` allows both). */
export function acceptedEncodings(header: string | string[] | undefined): Accepted {
  if (header === undefined) return NONE;
  const value = Array.isArray(header) ? header.join(",") : header;
  let found = acceptedMemo.get(value);
  if (found) return found;
  const q: Record<string, number> = {};
  for (const part of value.toLowerCase().split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    q[name.trim()] = qParam ? Number(qParam.slice(2)) || 0 : 1;
  }
  const allowed = (name: string) => (q[name] ?? q["*"] ?? 0) > 0;
  found = { br: allowed("br"), gzip: allowed("gzip") || allowed("x-gzip") };
  // Browsers send a handful of distinct values; the memo stays small unless someone sprays it.
  if (acceptedMemo.size > 200) acceptedMemo.clear();
  acceptedMemo.set(value, found);
  return found;
}
