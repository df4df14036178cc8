import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { pipeline, Readable, Transform } from "node:stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { etagOf } from "../conditional-get.ts";
import { utf8Bytes } from "../utf8-bytes.ts";
import { cacheTag } from "./cache-tags.ts";
import {
  acceptedEncodings,
  type CachedPage,
  type Encoding,
  type PageCache,
  type WireHeaders,
} from "./page-cache.ts";

declare module "fastify" {
  interface FastifyReply {
    /**
     * Makes this response cacheable and names what it shows, e.g.
     * `reply.cacheTags("article:12", "list:update")` (vocabulary in cache-tags.ts).
     *
     * A tagged 200 answer to a GET is kept in the page cache (unless it is off or the request is
     * personal) and later answered from memory before routing's handler, database or templates
     * run; it is sent with a strong ETag (304 on If-None-Match), `Cache-Control` for shared
     * caches and the tags as `Surrogate-Key`/`Cache-Tag`. Error answers are never kept. A route
     * that sets its own `Cache-Control` or `ETag` keeps them. Responses without tags (previews,
     * the beacon, anything personal) are never cached. Call it as often as convenient: tags add up.
     *
     * The cache key is the path plus the query parameters the route's querystring schema
     * declares, so `?utm_source=…` or `?fbclid=…` do not make new entries.
     */
    cacheTags(...tags: string[]): FastifyReply;
  }
}

export interface CachePolicy {
  /** `s-maxage` for shared caches (CDNs): the lists' refresh interval bounds their staleness. */
  sharedMaxAgeS: number;
  staleWhileRevalidateS: number;
  staleIfErrorS: number;
  /**
   * Requests answered for one person only: never served from or stored in any cache. Today a
   * staff session cookie; the newsroom's sign-in sets it.
   */
  isPersonal(req: { headers: IncomingHttpHeaders }): boolean;
}

/** The staff session cookie: its presence bypasses every cache. */
export const SESSION_COOKIE = "warta_session";
const SESSION_PATTERN = new RegExp(`(?:^|;)\\s*${SESSION_COOKIE}=`);

export function hasSessionCookie(req: { headers: IncomingHttpHeaders }): boolean {
  const cookie = req.headers.cookie;
  return cookie !== undefined && SESSION_PATTERN.test(cookie);
}

interface Pending {
  key: string;
  generation: number;
}

/** Paths whose query parameters are remembered for answering hits before routing. */
const MAX_REMEMBERED_PATHS = 10_000;

/** How long a request waits for another one rendering the same page before rendering it itself. */
const COALESCE_WAIT_MS = 2000;

/**
 * Headers a stored response does not keep with the others: they belong to one connection or one
 * encoding, or are kept apart (the validator, and the tags that `Surrogate-Key` and `Cache-Tag`
 * carry: see wireHeaders), which lets pages of one kind share one header set.
 */
const NOT_STORED = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "date",
  "etag",
  "surrogate-key",
  "cache-tag",
]);

/**
 * Installs the page cache on the root instance: call before routes are registered and after
 * hooks whose headers belong in cached answers (the security headers), since onSend hooks run
 * in the order they were added. Returns the handler that answers hits from node's `request`
 * event, before Fastify (see server.ts); the onRequest hook answers the rest (injected requests,
 * paths whose query parameters are not known yet, followers of a coalesced render).
 */
export function installPageCache(
  app: FastifyInstance,
  cache: PageCache,
  policy: CachePolicy,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const tagsOf = new WeakMap<FastifyReply, Set<string>>();
  /**
   * Which query parameters count for a path, learnt from the routes that served it, so that hits
   * with a query string can be answered before routing too. Bounded: forgotten when it grows.
   */
  const queryKeysByPath = new Map<string, readonly string[]>();
  const rememberQueryKeys = (path: string, keys: readonly string[]) => {
    if (queryKeysByPath.get(path) === keys) return;
    if (queryKeysByPath.size >= MAX_REMEMBERED_PATHS) queryKeysByPath.clear();
    queryKeysByPath.set(path, keys);
  };
  const pending = new WeakMap<FastifyRequest, Pending>();
  const sharedCacheControl = `public, max-age=0, s-maxage=${policy.sharedMaxAgeS}, stale-while-revalidate=${policy.staleWhileRevalidateS}, stale-if-error=${policy.staleIfErrorS}`;
  const maxStreamedBytes = 4 * 1024 * 1024;

  app.decorateReply("cacheTags", function (this: FastifyReply, ...tags: string[]) {
    const set = tagsOf.get(this) ?? new Set<string>();
    tagsOf.set(this, set);
    for (const t of tags) set.add(t);
    return this;
  });

  /** Answers from the cache if it holds `key` and its bytes can be read; false otherwise. */
  const answered = (req: FastifyRequest, reply: FastifyReply, key: string): boolean => {
    const hit = findHit(cache, req.raw, key);
    if (!hit) return false;
    reply.hijack();
    writeCached(cache, req.raw, reply.raw, hit);
    return true;
  };
  /** The first request rendering a key, and how to tell the others waiting for it that it is done. */
  const leaders = new Map<string, { done: Promise<void>; settle: () => void }>();
  const settle = (req: FastifyRequest) => {
    const at = pending.get(req);
    const lead = at && leaders.get(at.key);
    if (lead && leaderOf.get(req) === lead) {
      leaders.delete(at.key);
      lead.settle();
    }
  };
  const leaderOf = new WeakMap<FastifyRequest, { done: Promise<void>; settle: () => void }>();

  // Hits are answered here, before body parsing, validation, handler and serialisation.
  app.addHook("onRequest", (req, reply, done) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || policy.isPersonal(req)) return done();
    const q = req.url.indexOf("?");
    const keys = q < 0 ? NO_KEYS : declaredQueryKeys(req);
    if (q >= 0) rememberQueryKeys(req.url.slice(0, q), keys);
    const key = cacheKey(req.url, keys);
    if (cache.enabled && answered(req, reply, key)) return;
    const lead = cache.enabled ? leaders.get(key) : undefined;
    if (!lead) {
      pending.set(req, { key, generation: cache.generation });
      if (cache.enabled && req.method === "GET") {
        let release = () => {};
        const mine = { done: new Promise<void>((r) => (release = r)), settle: () => release() };
        leaders.set(key, mine);
        leaderOf.set(req, mine);
      }
      return done();
    }
    // Someone is rendering this page right now (a purge under a spike): wait for that rendering
    // instead of rendering it again, then answer from the cache.
    const timeout = new Promise<void>((r) => setTimeout(r, COALESCE_WAIT_MS).unref());
    void Promise.race([lead.done, timeout]).then(() => {
      if (answered(req, reply, key)) return;
      pending.set(req, { key, generation: cache.generation });
      done();
    });
  });
  // The leader's answer is stored in onSend; these release its followers whatever happened.
  app.addHook("onResponse", (req, _reply, done) => {
    settle(req);
    done();
  });
  app.addHook("onRequestAbort", (req, done) => {
    settle(req);
    done();
  });

  app.addHook("onSend", (req, reply, payload, done) => {
    const tags = tagsOf.get(reply);
    if (!tags) return done(null, payload);
    if (policy.isPersonal(req)) {
      reply.header("cache-control", "private, no-store");
      return done(null, payload);
    }
    if (reply.statusCode !== 200 || reply.hasHeader("set-cookie")) return done(null, payload);
    const tagList = [...tags, cacheTag.site];
    const [surrogateKey, cacheTagValue] = tagHeaderValues(tagList);
    reply.header("surrogate-key", surrogateKey);
    reply.header("cache-tag", cacheTagValue);
    reply.header("vary", "accept-encoding");
    if (!reply.hasHeader("cache-control")) reply.header("cache-control", sharedCacheControl);
    const at = pending.get(req);
    const store = (body: Buffer): CachedPage | null => {
      if (!at || req.method !== "GET" || !cache.enabled) return null;
      const etag = String(reply.getHeader("etag") ?? etagOf(body));
      const stored = cache.storeIfCurrent(at.generation, {
        key: at.key,
        headers: storedHeaders(reply),
        etag,
        body,
        tags: tagList,
      });
      settle(req);
      return stored;
    };

    if (payload instanceof Readable) {
      // Streamed answers (large sitemaps) pass through untouched and are kept once complete.
      let kept: Buffer[] | null = [];
      let size = 0;
      const recorder = new Transform({
        transform(chunk: Buffer | string, _enc, cb) {
          if (kept) {
            const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
            kept.push(bytes);
            size += bytes.length;
            if (size > maxStreamedBytes) kept = null;
          }
          cb(null, chunk);
        },
        flush(cb) {
          if (kept && reply.raw.statusCode === 200) store(Buffer.concat(kept));
          cb();
        },
      });
      pipeline(payload, recorder, () => {});
      reply.header("x-cache", "miss");
      return done(null, recorder);
    }
    if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return done(null, payload);
    const body = typeof payload === "string" ? utf8Bytes(payload) : payload;
    const entry = store(body);
    const etag = String(reply.getHeader("etag") ?? entry?.etag ?? etagOf(body));
    reply.header("etag", etag);
    reply.header("x-cache", "miss");
    if (matchesEtag(req.headers["if-none-match"], [etag])) {
      reply.code(304);
      return done(null, "");
    }
    done(null, body);
  });

  /*
   * Cache hits answered straight from node's `request` event, before Fastify builds its request
   * and reply, routes and runs hooks: the same answer the onRequest hook above would give. A path
   * with a query string is answered here once a route has served it (its declared parameters are
   * known). Everything else (misses, staff, other methods) returns false and goes to Fastify.
   */
  return (req, res) => {
    if (!cache.enabled || (req.method !== "GET" && req.method !== "HEAD")) return false;
    const url = req.url;
    if (url === undefined || policy.isPersonal(req)) return false;
    const q = url.indexOf("?");
    const keys = q < 0 ? NO_KEYS : queryKeysByPath.get(url.slice(0, q));
    if (!keys) return false;
    const hit = findHit(cache, req, cacheKey(url, keys), false);
    if (!hit) return false;
    writeCached(cache, req, res, hit);
    return true;
  };
}

/** What a cached answer sends: a 304 (no bytes needed), or the bytes of one encoding. */
type Hit =
  | { entry: CachedPage; encoding: Encoding; notModified: true; body: null }
  | { entry: CachedPage; encoding: Encoding; notModified: false; body: Buffer };

/**
 * The cached answer to `req`, if `key` is held: when the client's copy is current, a 304 decided
 * before any bytes are read (a CDN revalidating a page in the spill file costs no read); else the
 * bytes of the best encoding the client takes, or nothing when they no longer read.
 */
function findHit(cache: PageCache, req: IncomingMessage, key: string, countMiss = true): Hit | null {
  const entry = cache.get(key, countMiss);
  if (!entry) return null;
  const encoding = cache.pick(entry, acceptedEncodings(req.headers["accept-encoding"]));
  if (clientCopyIsCurrent(req, entry)) return { entry, encoding, notModified: true, body: null };
  const body = cache.bytesOf(entry, encoding);
  return body ? { entry, encoding, notModified: false, body } : null;
}

/** If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2). */
function clientCopyIsCurrent(req: IncomingMessage, entry: CachedPage): boolean {
  const inm = req.headers["if-none-match"];
  if (inm !== undefined) return matchesEtag(inm, allEtags(entry));
  const ims = req.headers["if-modified-since"];
  const lastModified = entry.headers["last-modified"];
  return ims !== undefined && lastModified !== undefined && Date.parse(ims) >= Date.parse(lastModified);
}

function writeCached(cache: PageCache, req: IncomingMessage, res: ServerResponse, hit: Hit): void {
  const { entry, encoding } = hit;
  // Shared caches count their freshness from the moment we stored the page, not from their fetch.
  const age = Math.floor((Date.now() - entry.storedAt) / 1000);
  if (hit.notModified) {
    const lastModified = entry.headers["last-modified"];
    res.writeHead(304, {
      age: String(age),
      etag: variantEtag(entry.etag, encoding),
      "cache-control": entry.headers["cache-control"] ?? "",
      vary: "accept-encoding",
      "x-cache": "hit",
      ...(lastModified ? { "last-modified": lastModified } : {}),
    });
    res.end();
    return;
  }
  const body = hit.body;
  // Kept with the forms while they are in memory. A page in the spill file, where the read costs
  // more than building them, gets them for this answer only: thousands of pages there keep none.
  let headers = entry.wire[encoding];
  if (!headers) {
    headers = wireHeaders(entry, encoding, body.length);
    if (entry.body) entry.wire[encoding] = headers;
  }
  // Set in the (reused) array rather than with setHeader: writeHead then takes node's path for
  // headers given all at once, which skips merging them one by one.
  headers[headers.length - 1] = age;
  res.writeHead(200, headers);
  if (req.method === "HEAD") {
    cache.recycle(body);
    res.end();
    return;
  }
  // Once written, bytes read from the spill file go back to its buffer pool.
  res.end(body, () => cache.recycle(body));
}

/** The headers of a cached answer in one encoding, `age` last (see WireHeaders). */
function wireHeaders(entry: CachedPage, encoding: Encoding, length: number): WireHeaders {
  const shared = Object.keys(entry.headers);
  const [surrogateKey, cacheTagValue] = tagHeaderValues(entry.tags);
  const extra: WireHeaders = [
    "surrogate-key",
    surrogateKey,
    "cache-tag",
    cacheTagValue,
    "etag",
    variantEtag(entry.etag, encoding),
    "content-length",
    length,
    "x-cache",
    "hit",
  ];
  if (encoding !== "identity") extra.push("content-encoding", encoding);
  extra.push("age", 0);
  // Sized once: kept for as long as the entry, so no spare capacity from growing it.
  const headers: WireHeaders = new Array(shared.length * 2 + extra.length);
  let i = 0;
  for (const name of shared) {
    headers[i++] = name;
    headers[i++] = entry.headers[name] as string;
  }
  for (const part of extra) headers[i++] = part;
  return headers;
}

/** What `Surrogate-Key` (Fastly, Varnish: spaces) and `Cache-Tag` (Cloudflare: commas) carry for `tags`. */
function tagHeaderValues(tags: readonly string[]): [surrogateKey: string, cacheTag: string] {
  return [tags.join(" "), tags.join(",")];
}

/** Each encoding is its own representation, so it gets its own strong validator. */
function variantEtag(etag: string, encoding: Encoding): string {
  if (encoding === "identity") return etag;
  return `${etag.slice(0, -1)}-${encoding === "br" ? "br" : "gz"}"`;
}

function allEtags(entry: CachedPage): string[] {
  return [entry.etag, variantEtag(entry.etag, "br"), variantEtag(entry.etag, "gzip")];
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` prefixes do not matter. */
export function matchesEtag(header: string | undefined, etags: string[]): boolean {
  if (!header) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, "");
  const ours = etags.map(strip);
  return header.split(",").some((t) => {
    const tag = strip(t);
    return tag === "*" || ours.includes(tag);
  });
}

function storedHeaders(reply: FastifyReply): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value === undefined || NOT_STORED.has(name) || name === "x-cache") continue;
    out[name] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  return out;
}

const queryKeysMemo = new WeakMap<object, readonly string[]>();
const NO_KEYS: readonly string[] = [];

/** The query parameters a route's querystring schema declares, in declaration order. */
function declaredQueryKeys(req: FastifyRequest): readonly string[] {
  const schema = req.routeOptions.schema?.querystring as { properties?: Record<string, unknown> } | undefined;
  if (!schema?.properties) return NO_KEYS;
  let keys = queryKeysMemo.get(schema);
  if (!keys) {
    keys = Object.keys(schema.properties);
    queryKeysMemo.set(schema, keys);
  }
  return keys;
}

/**
 * Path plus the query parameters the route declares (`keys`), in declaration order: what the
 * handler can see. Unknown routes (404s) key on the path alone; they are never stored anyway.
 */
function cacheKey(url: string, keys: readonly string[]): string {
  const q = url.indexOf("?");
  if (q < 0) return url;
  const path = url.slice(0, q);
  if (keys.length === 0) return path;
  const params = new URLSearchParams(url.slice(q + 1));
  const kept = new URLSearchParams();
  for (const k of keys) for (const v of params.getAll(k)) kept.append(k, v);
  const query = kept.toString();
  return query ? `${path}?${query}` : path;
}
