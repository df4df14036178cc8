import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
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
    assert.deepEqual(cache.size, { entries: 0, bytes: 0, spilled: 0 });
  });

  it("purges a tag's pages as they come and go: one page, two, one again, the same page stored anew", () => {
    const cache = new PageCache({ maxBytes: 1_000_000, maxAgeMs: 60_000 });
    cache.storeIfCurrent(cache.generation, page("/baca/a", ["author:7"]));
    cache.storeIfCurrent(cache.generation, page("/baca/a", ["author:7"]));
    cache.storeIfCurrent(cache.generation, page("/baca/b", ["author:7"]));
    cache.storeIfCurrent(cache.generation, page("/baca/b", ["article:2"]));
    cache.storeIfCurrent(cache.generation, page("/baca/c", ["author:7"]));
    assert.equal(cache.purge(["author:7"]), 2, "/baca/a and /baca/c; /baca/b no longer carries it");
    assert.ok(cache.get("/baca/b"));
    cache.storeIfCurrent(cache.generation, page("/baca/d", ["author:7"]));
    assert.equal(cache.purge(["author:7"]), 1);
    assert.equal(cache.purge(["author:7"]), 0);
    assert.equal(cache.purge(["article:2"]), 1);
  });

  it("drops the least recently used entries past its byte bound", () => {
    const cache = new PageCache({ maxBytes: 36_000, maxAgeMs: 60_000 });
    for (const key of ["/1", "/2", "/3"]) cache.storeIfCurrent(cache.generation, page(key, ["home"], 2000));
    assert.ok(cache.get("/1"), "read, so /2 is now the oldest");
    for (let i = 4; cache.stats.evictions < 2; i++)
      cache.storeIfCurrent(cache.generation, page(`/${i}`, [], 2000));
    assert.ok(cache.size.bytes <= 36_000);
    assert.ok(cache.stats.evictions > 0);
    assert.equal(cache.get("/2"), undefined);
    assert.ok(cache.get("/1"));
  });

  it("keeps the page read last, however many times in a row, and the order of the others", () => {
    const cache = new PageCache({ maxBytes: 36_000, maxAgeMs: 60_000 });
    for (const key of ["/1", "/2", "/3"]) cache.storeIfCurrent(cache.generation, page(key, ["home"], 2000));
    for (let i = 0; i < 5; i++) assert.ok(cache.get("/1"));
    assert.ok(cache.get("/2"));
    assert.ok(cache.get("/1"), "read again after /2: the most recent once more");
    // Least recently used now: /3, then /2, then /1. Fill until two entries have gone.
    for (let i = 4; cache.stats.evictions < 2; i++)
      cache.storeIfCurrent(cache.generation, page(`/${i}`, [], 2000));
    assert.equal(cache.get("/3"), undefined);
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

describe("PageCache with a spill file", () => {
  const dir = mkdtempSync(join(tmpdir(), "warta-spill-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  /** Distinct bytes per page, so a page read from the wrong place would show. */
  const distinct = (key: string, tags: string[]) => ({
    ...page(key, tags),
    body: Buffer.from(`<p>${key}</p>`.repeat(200)),
  });
  const spilling = (maxBytes: number, spillBytes: number) =>
    new PageCache({ maxBytes, maxAgeMs: 60_000, spill: { dir, maxBytes: spillBytes } });

  it("serves pages evicted from memory from the spill file, byte for byte, within the memory bound", () => {
    const cache = spilling(100_000, 4_000_000);
    for (let i = 0; i < 50; i++)
      cache.storeIfCurrent(cache.generation, distinct(`/baca/${i}`, [`article:${i}`]));
    assert.ok(cache.size.bytes <= 100_000, `memory kept: ${cache.size.bytes}`);
    assert.equal(cache.size.entries, 50, "nothing dropped");
    assert.ok(cache.size.spilled >= 30, `spilled: ${cache.size.spilled}`);
    for (let i = 0; i < 50; i++) {
      const entry = cache.get(`/baca/${i}`);
      assert.ok(entry, `/baca/${i} is still cached`);
      assert.equal(cache.bytesOf(entry, "identity")?.toString(), `<p>/baca/${i}</p>`.repeat(200));
    }
    assert.equal(cache.stats.spillHits, cache.size.spilled);
    assert.deepEqual(readdirSync(dir), [], "the segment files leave no names behind");
    cache.close();
  });

  it("reuses the read buffers handed back, without ever mixing two pages' bytes", () => {
    const cache = spilling(40_000, 4_000_000);
    for (let i = 0; i < 20; i++)
      cache.storeIfCurrent(cache.generation, distinct(`/baca/${i}`, [`article:${i}`]));
    const read = (i: number) => {
      const entry = cache.get(`/baca/${i}`);
      assert.ok(entry && entry.body === null, `/baca/${i} is in the spill file`);
      return cache.bytesOf(entry, "identity") as Buffer;
    };
    const first = read(0);
    const second = read(1);
    assert.notEqual(first.buffer, second.buffer, "two pages out at once have their own buffers");
    cache.recycle(first);
    cache.recycle(first); // a second hand-back is ignored
    const third = read(2);
    assert.equal(third.buffer, first.buffer, "the buffer handed back is used again");
    const fourth = read(3);
    assert.notEqual(fourth.buffer, third.buffer, "and only once");
    assert.equal(third.toString(), "<p>/baca/2</p>".repeat(200));
    assert.equal(second.toString(), "<p>/baca/1</p>".repeat(200));
    // Bytes held in memory are never taken into the pool.
    const resident = cache.storeIfCurrent(cache.generation, distinct("/baca/new", []));
    const body = cache.bytesOf(resident, "identity") as Buffer;
    cache.recycle(body);
    assert.equal(body.toString(), "<p>/baca/new</p>".repeat(200));
    assert.notEqual(read(4).buffer, body.buffer);
    cache.close();
  });

  it("brings a page read from the spill file many times a second back into memory, not one read now and then", () => {
    let now = 0;
    const cache = new PageCache({
      maxBytes: 40_000,
      maxAgeMs: 3_600_000,
      now: () => now,
      spill: { dir, maxBytes: 4_000_000 },
    });
    for (let i = 0; i < 20; i++)
      cache.storeIfCurrent(cache.generation, distinct(`/baca/${i}`, [`article:${i}`]));
    const read = (key: string) => {
      const entry = cache.get(key);
      assert.ok(entry);
      const bytes = cache.bytesOf(entry, "identity");
      assert.equal(bytes?.toString(), `<p>${key}</p>`.repeat(200));
      cache.recycle(bytes as Buffer);
      return entry;
    };
    // Once every 200 ms, for a minute: stays in the spill file.
    for (let t = 0; t < 300; t++, now += 200) assert.equal(read("/baca/1").body, null);
    // A burst: back in memory, the most recently used, and others made room within the bound.
    for (let i = 0; i < 10; i++) read("/baca/0");
    assert.ok(read("/baca/0").body, "/baca/0 is in memory again");
    assert.equal(cache.stats.promotions, 1);
    assert.ok(cache.size.bytes <= 40_000, `memory kept: ${cache.size.bytes}`);
    for (let i = 0; i < 100; i++) read(`/baca/${2 + (i % 18)}`);
    assert.ok(cache.get("/baca/0"), "still served after others were read");
    assert.equal(cache.purge(["article:0"]), 1, "and purged like any other");
    cache.close();
  });

  it("purges spilled entries by tag like the others", () => {
    const cache = spilling(40_000, 4_000_000);
    for (let i = 0; i < 20; i++)
      cache.storeIfCurrent(cache.generation, distinct(`/baca/${i}`, [`article:${i}`]));
    assert.ok(cache.get("/baca/0")?.body === null, "the first page went to the spill file");
    assert.equal(cache.purge(["article:0"]), 1);
    assert.equal(cache.get("/baca/0"), undefined);
    assert.ok(cache.get("/baca/1"));
    cache.close();
  });

  it("forgets the pages of a segment it reuses, never answering with another page's bytes", () => {
    // Four segments of 20 KB, seven pages (~2.8 KB) each: the spill file holds 28 pages at most.
    const cache = spilling(100_000, 80_000);
    for (let i = 0; i < 60; i++) cache.storeIfCurrent(cache.generation, distinct(`/p/${i}`, []));
    assert.equal(cache.get("/p/0"), undefined, "the oldest pages' segment was reused");
    let kept = 0;
    for (let i = 0; i < 60; i++) {
      const entry = cache.get(`/p/${i}`);
      if (!entry) continue;
      kept++;
      assert.equal(cache.bytesOf(entry, "identity")?.toString(), `<p>/p/${i}</p>`.repeat(200));
    }
    assert.ok(kept >= 20 && kept < 60, `kept ${kept}`);
    cache.close();
  });

  it("makes the brotli form of a spilled page for the next reader who accepts it", async () => {
    const cache = spilling(40_000, 4_000_000);
    for (let i = 0; i < 20; i++) cache.storeIfCurrent(cache.generation, distinct(`/b/${i}`, []));
    const entry = cache.get("/b/0");
    assert.ok(entry && entry.body === null);
    assert.equal(cache.pick(entry, { br: true, gzip: true }), "identity", "the first one gets identity");
    for (let i = 0; i < 100 && cache.pick(entry, { br: true, gzip: true }) !== "br"; i++) await sleep(10);
    const br = cache.bytesOf(entry, "br");
    assert.ok(br);
    assert.equal(brotliDecompressSync(br).toString(), "<p>/b/0</p>".repeat(200));
    cache.close();
  });

  it("compresses a few pages at a time when many are asked for with br at once, and all of them in the end", async () => {
    const cache = spilling(4_000_000, 4_000_000);
    const keys = Array.from({ length: 20 }, (_, i) => `/c/${i}`);
    for (const key of keys) cache.storeIfCurrent(cache.generation, distinct(key, []));
    const ask = () =>
      keys.map((key) => {
        const entry = cache.get(key);
        assert.ok(entry);
        return cache.pick(entry, { br: true, gzip: true });
      });
    assert.deepEqual(new Set(ask()), new Set(["identity"]), "nothing is compressed yet");
    assert.equal(cache.stats.compressionsDeferred, 18, "two started, the other 18 left for later");
    for (let i = 0; i < 200 && ask().some((form) => form !== "br"); i++) await sleep(5);
    assert.deepEqual(new Set(ask()), new Set(["br"]));
    for (const key of keys) {
      const entry = cache.get(key);
      assert.ok(entry);
      assert.equal(
        brotliDecompressSync(cache.bytesOf(entry, "br") as Buffer).toString(),
        `<p>${key}</p>`.repeat(200),
      );
    }
    cache.close();
  });

  it("makes gzip for a client without br, and the compressed forms of a page too large to compress between requests", async () => {
    const cache = spilling(4_000_000, 4_000_000);
    const large = { ...page("/sitemap-big.xml", []), body: Buffer.from("<url>/baca/x</url>".repeat(10_000)) };
    cache.storeIfCurrent(cache.generation, large);
    cache.storeIfCurrent(cache.generation, distinct("/g/0", []));
    const formOf = async (key: string, accepts: { br: boolean; gzip: boolean }, wanted: string) => {
      for (let i = 0; i < 200; i++) {
        const entry = cache.get(key);
        assert.ok(entry);
        if (cache.pick(entry, accepts) === wanted) return cache.bytesOf(entry, wanted as "br" | "gzip");
        await sleep(5);
      }
      assert.fail(`${key} never came as ${wanted}`);
    };
    const gzipped = await formOf("/g/0", { br: false, gzip: true }, "gzip");
    assert.equal(gunzipSync(gzipped as Buffer).toString(), "<p>/g/0</p>".repeat(200));
    const big = await formOf("/sitemap-big.xml", { br: true, gzip: true }, "br");
    assert.deepEqual(brotliDecompressSync(big as Buffer), large.body);
    cache.close();
  });

  it("drops evicted pages when the spill file is off", () => {
    const cache = spilling(40_000, 0);
    for (let i = 0; i < 20; i++) cache.storeIfCurrent(cache.generation, distinct(`/d/${i}`, []));
    assert.equal(cache.size.spilled, 0);
    assert.ok(cache.size.entries < 20);
    assert.ok(cache.stats.evictions > 0);
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
