import { type Compressed, compress } from "./compress.ts";
import { SpillFile, type SpillLocation } from "./spill-file.ts";
import { TagIndex } from "./tag-index.ts";

export type Encoding = Compressed | "identity";

/**
 * Headers ready for `writeHead`, flat (`[name, value, name, value, …]`): node writes an array
 * without enumerating an object's keys. The last pair is `age`, whose value each answer sets.
 */
export type WireHeaders = Array<string | number>;

/**
 * A rendered response as the cache keeps it: the bytes, their compressed forms, what they show.
 * A class, so every entry has one shape: built by spreading (`{ ...page, more }`) each entry got
 * hidden classes of its own in V8 (a map, its descriptors and enum cache, ~1.5 KB per entry, 16 MB
 * of a worker's heap with 10,000 pages kept).
 */
export class CachedPage {
  /** The forms held in memory; all null once the entry has moved to the spill file. */
  body: Buffer | null;
  br: Buffer | null = null;
  gzip: Buffer | null = null;
  /** Where the forms are in the spill file, once the entry was moved there. */
  spilled: Partial<Record<Encoding, SpillLocation>> | null = null;
  /** Bytes counted against the memory bound: bookkeeping, plus the forms while in memory. */
  size = 0;
  /** Compressed forms being made (or not worth making); null until one is asked for. */
  making: Set<Compressed> | null = null;
  /**
   * Ready-to-write headers per encoding, built on first use and kept while the forms are in
   * memory; an entry in the spill file has them built for each answer (see `moveToSpill`).
   */
  readonly wire: Record<Encoding, WireHeaders | null> = { identity: null, br: null, gzip: null };
  /** Reads from the spill file in the second that began at `spillReadsSince` (see PROMOTE_READS). */
  spillReads = 0;
  spillReadsSince = 0;

  constructor(
    readonly key: string,
    /**
     * Headers every encoding shares (content-type, cache-control, security headers), one object
     * for every entry with the same ones (see `HeaderSets`). `Surrogate-Key` and `Cache-Tag` are
     * not among them: they are `tags`, written out with the other headers.
     */
    readonly headers: Readonly<Record<string, string>>,
    /** Strong validator of the identity bytes, quoted. Compressed forms append `-br` / `-gz`. */
    readonly etag: string,
    body: Buffer,
    readonly tags: readonly string[],
    /** Epoch ms when stored; the entry is a miss after `maxAgeMs`. */
    readonly storedAt: number,
  ) {
    this.body = body;
  }
}

export interface PageCacheOptions {
  /**
   * Upper bound of the memory kept (bodies and compressed forms in memory, headers, keys, and
   * the bookkeeping of spilled entries). 0 turns the cache off.
   */
  maxBytes: number;
  /** Entries older than this are misses: the safety net for changes no event announces. */
  maxAgeMs: number;
  /**
   * The second tier: entries evicted from memory move here instead of being dropped (see
   * SpillFile). Without it, eviction drops them.
   */
  spill?: { dir: string; maxBytes: number; onError?(err: unknown): void };
  now?: () => number;
}

/**
 * Rough per-entry bookkeeping cost (the entry and its maps, header objects, spill locations), so
 * tiny entries are not free and an entry in the spill file still counts what it keeps in memory.
 */
const ENTRY_OVERHEAD = 700;
/**
 * A page read from the spill file this many times within a second comes back into memory: a
 * story going viral after its page was pushed out is then served without a read per request,
 * while the long tail of an archive (each page asked for now and then) stays where it is.
 */
const PROMOTE_READS = 8;
const ENCODINGS = ["identity", "br", "gzip"] as const;
/**
 * Compressions a cache runs at once; a page asked for while that many are running is answered
 * in a form it has and compressed on a later request. Each one holds an encoder (brotli's state is
 * hundreds of kilobytes) and a page's bytes: unbounded, a spike over thousands of pages asked for
 * with `br` queued thousands of them, and a worker spent its time creating encoders, not answering
 * (1,665 req/s over 10,000 pages against ~30,000 once compressed).
 */
const MAX_COMPRESSING = 2;
/**
 * The page cache: whole responses by key (path plus the query parameters the route reads),
 * indexed by tag so a change purges exactly the entries that show it. Memory is bounded by bytes;
 * past the bound the least recently used entries move to the spill file (the second tier, kept by
 * the kernel's page cache outside this process's heap) and are served from there, or are dropped
 * when there is none. Compressed forms are made once, in the background and a few at a time
 * (compress.ts), the first time a client asks for them.
 *
 * `generation` moves on every purge: a response whose rendering began before a purge may hold
 * data the purge was about, so the plugin does not store it (see `storeIfCurrent`).
 */
export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  /** The entries whose forms are in memory, least recently used first. */
  private readonly resident = new Map<string, CachedPage>();
  /**
   * The entry last put at the back of `resident`. A page read again and again (the story of a
   * spike) is already there: moving it costs a Map delete and insert on every hit for nothing.
   */
  private newest: CachedPage | null = null;
  private readonly byTag = new TagIndex();
  private readonly headerSets = new HeaderSets();
  private readonly spill: SpillFile | null;
  private bytes = 0;
  generation = 0;
  readonly stats = {
    hits: 0,
    spillHits: 0,
    misses: 0,
    stores: 0,
    spills: 0,
    promotions: 0,
    evictions: 0,
    purged: 0,
    /** Compressions not started because MAX_COMPRESSING were running (tried again on a later hit). */
    compressionsDeferred: 0,
  };
  /** Compressions running now (at most MAX_COMPRESSING). */
  private compressing = 0;
  private readonly now: () => number;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
    const spill = options.spill;
    this.spill =
      spill && spill.maxBytes > 0 && options.maxBytes > 0
        ? new SpillFile({
            dir: spill.dir,
            maxBytes: spill.maxBytes,
            onReuse: (segment) => this.dropSegment(segment),
            onError: spill.onError,
          })
        : null;
  }

  get enabled(): boolean {
    return this.options.maxBytes > 0;
  }

  /** Entries kept, bytes of memory counted, and how many of the entries are in the spill file. */
  get size(): { entries: number; bytes: number; spilled: number } {
    return { entries: this.entries.size, bytes: this.bytes, spilled: this.entries.size - this.resident.size };
  }

  /** The entry for `key`, if any; `countMiss` false for a look-up that will be retried. */
  get(key: string, countMiss = true): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      if (countMiss) this.stats.misses++;
      return undefined;
    }
    if (this.now() - entry.storedAt > this.options.maxAgeMs || !this.readable(entry)) {
      this.remove(entry);
      this.stats.misses++;
      return undefined;
    }
    if (entry.body) {
      // Map order is the LRU order: move to the back.
      if (entry !== this.newest) this.makeNewest(entry);
      this.stats.hits++;
    } else {
      this.stats.spillHits++;
      if (this.readOftenFromSpill(entry)) this.promote(entry);
    }
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
    const size = bookkeepingSize(page) + page.body.length;
    const kept = this.enabled && generationAtStart === this.generation && size <= this.options.maxBytes / 8;
    // Only a kept entry shares its header set: one handed back unstored is gone after this answer.
    const headers = kept ? this.headerSets.shared(page.headers) : page.headers;
    const entry = new CachedPage(page.key, headers, page.etag, page.body, page.tags, this.now());
    entry.size = size;
    if (!kept) return entry;
    const old = this.entries.get(page.key);
    if (old) this.remove(old);
    this.entries.set(page.key, entry);
    this.makeNewest(entry);
    this.bytes += entry.size;
    for (const tag of entry.tags) this.byTag.add(tag, page.key);
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
    const drop = (keys: string[]) => {
      for (const key of keys) {
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
        for (const t of this.byTag.tagsStartingWith(prefix)) drop(this.byTag.keysOf(t));
      } else {
        drop(this.byTag.keysOf(tag));
      }
    }
    this.stats.purged += removed;
    return removed;
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.resident.clear();
    this.byTag.clear();
    this.bytes = 0;
  }

  /** Closes the spill file (its bytes go with it); the cache keeps working in memory only. */
  close(): void {
    for (const entry of [...this.entries.values()]) if (!entry.body) this.remove(entry);
    this.spill?.close();
  }

  /**
   * The best form of `entry` the client accepts that exists now. When a better one is missing it
   * is made in the background for the next request; this one never waits.
   */
  pick(entry: CachedPage, accepts: Accepted): Encoding {
    if (accepts.br && this.has(entry, "br")) return "br";
    if (accepts.br) this.make(entry, "br");
    if (accepts.gzip && this.has(entry, "gzip")) return "gzip";
    if (accepts.gzip && !accepts.br) this.make(entry, "gzip");
    return "identity";
  }

  /** The bytes of one form of an entry `get` returned (and `pick` chose), from memory or the spill file. */
  bytesOf(entry: CachedPage, encoding: Encoding): Buffer | null {
    const inMemory = encoding === "identity" ? entry.body : entry[encoding];
    if (inMemory) return inMemory;
    const at = entry.spilled?.[encoding];
    return at && this.spill ? this.spill.read(at) : null;
  }

  /**
   * Hands back bytes `bytesOf` returned once nothing refers to them (the response carrying them
   * is finished): bytes read from the spill file go back to its buffer pool; others are ignored.
   */
  recycle(bytes: Buffer): void {
    this.spill?.recycle(bytes);
  }

  private has(entry: CachedPage, encoding: Compressed): boolean {
    return entry[encoding] !== null || entry.spilled?.[encoding] !== undefined;
  }

  private readable(entry: CachedPage): boolean {
    if (entry.body) return true;
    const at = entry.spilled?.identity;
    return at !== undefined && this.spill?.holds(at) === true;
  }

  private make(entry: CachedPage, encoding: Compressed): void {
    if (entry.making?.has(encoding) || this.has(entry, encoding) || !this.enabled) return;
    if (this.compressing >= MAX_COMPRESSING) {
      this.stats.compressionsDeferred++;
      return;
    }
    const source = this.bytesOf(entry, "identity");
    if (!source) return;
    this.compressing++;
    entry.making ??= new Set();
    entry.making.add(encoding);
    compress(source, encoding)
      .then((bytes) => {
        // Compressing only pays when it saves something; otherwise identity keeps being served
        // (and `making` keeps the encoding, so it is not tried again).
        if (bytes.length >= source.length) return;
        entry.making?.delete(encoding);
        if (this.entries.get(entry.key) !== entry) return;
        if (entry.body) {
          entry[encoding] = bytes;
          entry.size += bytes.length;
          this.bytes += bytes.length;
          this.evict();
        } else if (entry.spilled) {
          const [at] = this.spill?.append([bytes]) ?? [];
          if (at) entry.spilled[encoding] = at;
        }
      })
      .catch(() => entry.making?.delete(encoding))
      // A spilled page's bytes were read into a pooled buffer for this: hand it back.
      .finally(() => {
        this.compressing--;
        this.recycle(source);
      });
  }

  private readOftenFromSpill(entry: CachedPage): boolean {
    const now = this.now();
    if (now - entry.spillReadsSince >= 1000) {
      entry.spillReadsSince = now;
      entry.spillReads = 0;
    }
    return ++entry.spillReads >= PROMOTE_READS;
  }

  /** Brings a spilled entry's forms back into memory (the most recently used), if they still read. */
  private promote(entry: CachedPage): void {
    const at = entry.spilled;
    if (!at || !this.spill) return;
    const forms: Partial<Record<Encoding, Buffer>> = {};
    for (const encoding of ENCODINGS) {
      const location = at[encoding];
      if (!location) continue;
      const bytes = this.spill.read(location, { pooled: false });
      if (!bytes) return;
      forms[encoding] = bytes;
    }
    if (!forms.identity) return;
    entry.body = forms.identity;
    entry.br = forms.br ?? null;
    entry.gzip = forms.gzip ?? null;
    entry.spilled = null;
    const added = ENCODINGS.reduce((n, encoding) => n + (forms[encoding]?.length ?? 0), 0);
    entry.size += added;
    this.bytes += added;
    this.makeNewest(entry);
    this.stats.promotions++;
    this.evict();
  }

  /** Every insertion into `resident` goes through here: `newest`, while still in it, is its last entry. */
  private makeNewest(entry: CachedPage): void {
    this.resident.delete(entry.key);
    this.resident.set(entry.key, entry);
    this.newest = entry;
  }

  /** Past the memory bound: spill the least recently used entries, or drop them (oldest first). */
  private evict(): void {
    while (this.bytes > this.options.maxBytes) {
      const coldest = this.resident.values().next().value as CachedPage | undefined;
      if (coldest && this.moveToSpill(coldest)) continue;
      const oldest = (coldest ?? this.entries.values().next().value) as CachedPage | undefined;
      if (!oldest) return;
      this.remove(oldest);
      this.stats.evictions++;
    }
  }

  private moveToSpill(entry: CachedPage): boolean {
    const body = entry.body;
    if (!this.spill || !body) return false;
    const forms = ENCODINGS.flatMap((encoding) => {
      const bytes = encoding === "identity" ? body : entry[encoding];
      return bytes ? [{ encoding, bytes }] : [];
    });
    const locations = this.spill.append(forms.map((f) => f.bytes));
    if (!locations) return false;
    entry.spilled = {};
    for (const [i, f] of forms.entries()) entry.spilled[f.encoding] = locations[i];
    const freed = forms.reduce((n, f) => n + f.bytes.length, 0);
    entry.body = null;
    entry.br = null;
    entry.gzip = null;
    entry.wire.identity = entry.wire.br = entry.wire.gzip = null;
    entry.size -= freed;
    this.bytes -= freed;
    entry.spillReads = 0;
    this.resident.delete(entry.key);
    this.stats.spills++;
    return true;
  }

  /** A segment of the spill file is being reused: the entries still in it are gone. */
  private dropSegment(segment: number): void {
    for (const entry of [...this.entries.values()]) {
      if (entry.spilled && Object.values(entry.spilled).some((at) => at.segment === segment)) {
        this.remove(entry);
        this.stats.evictions++;
      }
    }
  }

  private remove(entry: CachedPage): void {
    if (this.entries.get(entry.key) !== entry) return;
    this.entries.delete(entry.key);
    this.resident.delete(entry.key);
    this.bytes -= entry.size;
    for (const tag of entry.tags) this.byTag.remove(tag, entry.key);
  }
}

/**
 * What an entry costs in memory besides its forms: the key, validator and tags (twice: in the
 * entry and in the tag index), the objects around them, the headers ready to write while it is
 * in memory. Its header set is shared, so not counted. Measured with 10,000 article pages in the
 * spill file (four tags each): ~860 B of heap per entry, counted here as ~970.
 */
function bookkeepingSize(entry: { key: string; etag: string; tags: readonly string[] }): number {
  let n = ENTRY_OVERHEAD + entry.key.length + entry.etag.length;
  for (const t of entry.tags) n += t.length * 3 + 16;
  return n;
}

/** Distinct header sets kept for sharing; past this the table starts afresh (entries keep theirs). */
const MAX_HEADER_SETS = 1024;

/**
 * One object per distinct set of stored headers. Pages of one kind answer with the same headers
 * (what differs, the tags and the validator, is kept apart), so 10,000 article pages share one
 * object instead of holding 10,000 copies, each a dictionary of its own in the heap.
 */
class HeaderSets {
  private readonly sets = new Map<string, Readonly<Record<string, string>>>();

  shared(headers: Record<string, string>): Readonly<Record<string, string>> {
    let id = "";
    for (const name in headers) id += `${name}\n${headers[name]}\n`;
    const known = this.sets.get(id);
    if (known) return known;
    if (this.sets.size >= MAX_HEADER_SETS) this.sets.clear();
    const own = Object.freeze({ ...headers });
    this.sets.set(id, own);
    return own;
  }
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
