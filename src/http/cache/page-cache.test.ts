import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { acceptedEncodings, PageCache } from "./page-cache.ts";

const page = (key: string, tags: string[], bytes = 1000) => ({
  key,
  headers: { "content-type": "text/html; charset=utf-8" },
  etag: `"${key}"`,
  body: Buffer.alloc(bytes, 120),
  tags,
});

describe("PageCache", () => {
  it("purges exactly the entries carrying a tag, and tag families by prefix", () => {
    const cache = new PageCache({ maxBytes: 1_000_000, maxAgeMs: 60_000 });
    cache.storeIfCurrent(cache.generation, page("/baca/a", ["article:1", "list:update"]));
    cache.storeIfCurrent(cache.generation, page("/baca/b", ["article:2", "list:update"]));
    cache.storeIfCurrent(cache.generation, page("/sitemap-news.xml", ["sitemap:news"]));
    assert.equal(cache.purge(["article:1"]), 1);
    assert.equal(cache.get("/baca/a"), undefined);
    assert.ok(cache.get("/baca/b"));
    assert.equal(cache.purge(["sitemap:*"]), 1);
    assert.equal(cache.purge(["list:update"]), 1);
    assert.deepEqual(cache.size, { entries: 0, bytes: 0 });
  });

  it("drops the least recently used entries past its byte bound", () => {
    const cache = new PageCache({ maxBytes: 30_000, maxAgeMs: 60_000 });
    for (const key of ["/1", "/2", "/3"]) cache.storeIfCurrent(cache.generation, page(key, ["home"], 2000));
    assert.ok(cache.get("/1"), "read, so /2 is now the oldest");
    for (let i = 4; i < 14; i++) cache.storeIfCurrent(cache.generation, page(`/${i}`, [], 2000));
    assert.ok(cache.size.bytes <= 30_000);
    assert.ok(cache.stats.evictions > 0);
    assert.equal(cache.get("/2"), undefined);
    assert.ok(cache.get("/1"));
  });

  it("does not keep a response rendered before a purge", () => {
    const cache = new PageCache({ maxBytes: 1_000_000, maxAgeMs: 60_000 });
    const startedAt = cache.generation;
    cache.purge(["article:9"]);
    cache.storeIfCurrent(startedAt, page("/", ["home"]));
    assert.equal(cache.get("/"), undefined);
  });

  it("treats entries older than the max age as misses", () => {
    let now = 0;
    const cache = new PageCache({ maxBytes: 1_000_000, maxAgeMs: 1000, now: () => now });
    cache.storeIfCurrent(cache.generation, page("/", ["home"]));
    now = 999;
    assert.ok(cache.get("/"));
    now = 1001;
    assert.equal(cache.get("/"), undefined);
  });

  it("stores nothing when switched off", () => {
    const cache = new PageCache({ maxBytes: 0, maxAgeMs: 60_000 });
    cache.storeIfCurrent(cache.generation, page("/", ["home"]));
    assert.equal(cache.enabled, false);
    assert.equal(cache.get("/"), undefined);
  });
});

describe("acceptedEncodings", () => {
  it("reads the encodings a client takes, refusing q=0", () => {
    assert.deepEqual(acceptedEncodings("gzip, deflate, br, zstd"), { br: true, gzip: true });
    assert.deepEqual(acceptedEncodings("gzip;q=1.0, br;q=0"), { br: false, gzip: true });
    assert.deepEqual(acceptedEncodings("*"), { br: true, gzip: true });
    assert.deepEqual(acceptedEncodings("identity"), { br: false, gzip: false });
    assert.deepEqual(acceptedEncodings(undefined), { br: false, gzip: false });
  });
});
