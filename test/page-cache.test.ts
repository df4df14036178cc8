import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { brotliDecompressSync } from "node:zlib";
import { importFile } from "../src/domain/portability/import.service.ts";
import { breakingNews } from "./support/breaking-news.ts";
import { FIXTURE_FILE, FIXTURE_NOW, startTestSite, type TestSite, testDialects } from "./support/harness.ts";
import { compactList, html } from "./support/html.ts";

const FEATURE = "jembatan-gantung-baru-satukan-dua-desa-di-lembah-sungai-kelam";
const PERSON_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

for (const dialect of testDialects()) {
  describe(`page cache (${dialect})`, () => {
    let site: TestSite;
    const get = (url: string, headers: Record<string, string> = {}) =>
      site.http.inject({ method: "GET", url, headers });
    const importText = async (name: string, text: string) => {
      const file = join(site.dataDir, name);
      await writeFile(file, text);
      await importFile(site.warta.importDeps, file);
    };
    /** A fixture record re-imported with a new title: an edit through the import path. */
    const editTitle = async (slug: string, title: string) =>
      importFile(site.warta.importDeps, await editedTitleFile(site, slug, title));

    before(async () => {
      site = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW });
      await importFile(site.warta.importDeps, FIXTURE_FILE);
    });
    after(() => site.close());

    it("answers a repeated request from memory, compressed once asked, and with 304 on a matching ETag", async () => {
      const url = `/baca/${FEATURE}`;
      const first = await get(url);
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers["x-cache"], "miss");
      assert.match(
        String(first.headers["cache-control"]),
        /s-maxage=30, stale-while-revalidate=\d+, stale-if-error=\d+/,
      );
      assert.match(String(first.headers["surrogate-key"]), /(^| )article:\d+( |$)/);
      assert.equal(first.headers.vary, "accept-encoding");

      const again = await get(`${url}?utm_source=wa&fbclid=x`, { "accept-encoding": "gzip, br" });
      assert.equal(again.headers["x-cache"], "hit", "tracking parameters do not make a new entry");
      assert.equal(again.body, first.body);
      const etag = String(first.headers.etag);
      assert.match(etag, /^"[^"]+"$/, "a strong ETag");

      const notModified = await get(url, { "if-none-match": etag });
      assert.equal(notModified.statusCode, 304);
      assert.equal(notModified.body, "");
      assert.equal((await get(url, { "if-none-match": '"something-else"' })).statusCode, 200);

      // The brotli form is made in the background after the first request that asks for it.
      let br = await get(url, { "accept-encoding": "br" });
      for (let i = 0; i < 50 && br.headers["content-encoding"] !== "br"; i++) {
        await new Promise((r) => setTimeout(r, 10));
        br = await get(url, { "accept-encoding": "br" });
      }
      assert.equal(br.headers["content-encoding"], "br");
      assert.ok(br.rawPayload.length < first.rawPayload.length / 2);
      assert.notEqual(br.headers.etag, etag, "each encoding has its own validator");
      assert.equal((await get(url, { "if-none-match": String(br.headers.etag) })).statusCode, 304);
    });

    it("renders a page once when many ask for it at the same moment", async () => {
      const answers = await Promise.all(Array.from({ length: 12 }, () => get("/penulis/ayu-puspita")));
      assert.ok(answers.every((a) => a.statusCode === 200 && a.body === answers[0]?.body));
      assert.equal(answers.filter((a) => a.headers["x-cache"] === "miss").length, 1);
    });

    it("never caches staff requests, errors or the beacon", async () => {
      const staff = await get("/", { cookie: "tema=gelap; warta_session=abc" });
      assert.equal(staff.statusCode, 200);
      assert.equal(staff.headers["cache-control"], "private, no-store");
      assert.equal(staff.headers["x-cache"], undefined);
      const missing = await get("/baca/tidak-ada-berita-ini");
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.headers["cache-control"], "no-store");
      assert.equal((await get("/baca/tidak-ada-berita-ini")).headers["x-cache"], undefined);
      const beacon = await site.http.inject({
        method: "POST",
        url: "/api/views?a=1",
        headers: { "user-agent": PERSON_UA },
      });
      assert.equal(beacon.headers["cache-control"], "no-store");
    });

    it("shows a publish on the article URL, home, its section, UPDATE, the feeds and the news sitemap on the very next request", async () => {
      const slug = "gempa-kecil-guncang-pesisir-selatan";
      const title = "Gempa Kecil Guncang Pesisir Selatan";
      const listings = ["/", "/kanal/dunia", "/kanal/kabar", "/indeks"];
      const feedsAndSitemaps = ["/rss.xml", "/kanal/dunia/rss.xml", "/sitemap-news-1.xml"];
      const cached = [...listings, `/baca/${FEATURE}`, ...feedsAndSitemaps];
      for (const url of cached) assert.equal((await get(url)).statusCode, 200, url);
      for (const url of cached) {
        assert.equal((await get(url)).headers["x-cache"], "hit", `${url} is cached before the publish`);
      }
      // The story's new topic has no page yet: its 404 is not kept for after the story is out.
      assert.equal((await get("/tag/kilat")).statusCode, 404);
      assert.equal((await get(`/baca/${slug}`)).statusCode, 404);

      await importText("breaking.ndjson", breakingNews(slug, title));

      assert.equal((await get(`/baca/${slug}`)).statusCode, 200);
      for (const url of [...listings, "/tag/kilat", ...feedsAndSitemaps]) {
        assert.ok((await get(url)).body.includes(`/baca/${slug}`), `${url} links the new story`);
      }
      const other = html((await get(`/baca/${FEATURE}`)).body);
      assert.equal(compactList(other, "update")[0], title, "UPDATE on another article's page leads with it");
    });

    it("does not purge another article's page when one article is edited", async () => {
      const other = `/baca/${FEATURE}`;
      const edited = "pameran-kendaraan-listrik-catat-transaksi-rp2-triliun";
      const page = await get(`/baca/${edited}`);
      assert.equal(page.statusCode, 200, "the edited article exists");
      const shownElsewhere = (await get(other)).body.includes(`/baca/${edited}`);
      assert.equal(shownElsewhere, false, "the test needs an article the other page does not show");
      assert.equal((await get(other)).headers["x-cache"], "hit");

      await editTitle(edited, "Pameran Kendaraan Listrik Catat Transaksi (Diperbarui)");

      assert.equal((await get(other)).headers["x-cache"], "hit", "the other article's page stays cached");
      const fresh = await get(`/baca/${edited}`);
      assert.equal(fresh.headers["x-cache"], "miss");
      assert.match(fresh.body, /Transaksi \(Diperbarui\)/);
    });

    it("stores exactly as many views as beacons were sent at once", async () => {
      const id = Number((await get(`/baca/${FEATURE}`)).body.match(/\/api\/views\?a=(\d+)/)?.[1]);
      await site.warta.counter.flush();
      const before = await site.warta.repos.views.totalFor(id);
      const sent = 600;
      const beacon = () =>
        site.http.inject({ method: "POST", url: `/api/views?a=${id}`, headers: { "user-agent": PERSON_UA } });
      // Flushes run in the middle of the burst: nothing may be lost or counted twice.
      const answers = await Promise.all([
        ...Array.from({ length: sent / 2 }, beacon),
        site.warta.counter.flush(),
        ...Array.from({ length: sent / 2 }, beacon),
        site.warta.counter.flush(),
      ]);
      assert.equal(answers.filter((a) => a && a.statusCode === 204).length, sent);
      await site.warta.counter.stop();
      assert.equal((await site.warta.repos.views.totalFor(id)) - before, sent);
    });
  });
}

describe("page cache past its memory bound", () => {
  let site: TestSite;
  const get = (url: string, headers: Record<string, string> = {}) =>
    site.http.inject({ method: "GET", url, headers });

  before(async () => {
    site = await startTestSite("sqlite", { WARTA_NOW: FIXTURE_NOW, WARTA_PAGE_CACHE_MB: "1" });
    await importFile(site.warta.importDeps, FIXTURE_FILE);
  });
  after(() => site.close());

  it("keeps serving evicted pages from its spill file, compressed once asked, and purges them on a change", async () => {
    const kept = `/baca/${FEATURE}`;
    const edited = "pameran-kendaraan-listrik-catat-transaksi-rp2-triliun";
    const first = await get(kept);
    await get(`/baca/${edited}`);
    // Well over a megabyte of other pages (each search is a page of its own).
    for (let i = 0; i < 150; i++) assert.equal((await get(`/cari?q=kata${i}`)).statusCode, 200);
    const cache = site.http.pageCache;
    assert.ok(cache.size.bytes <= 1024 * 1024, "memory stays within WARTA_PAGE_CACHE_MB");
    assert.ok(cache.size.spilled > 50, `spilled ${cache.size.spilled} of ${cache.size.entries}`);

    const spillHits = cache.stats.spillHits;
    const again = await get(kept);
    assert.equal(again.headers["x-cache"], "hit");
    assert.equal(again.body, first.body, "the same bytes, from the spill file");
    assert.equal(again.headers.etag, first.headers.etag);
    assert.equal(cache.stats.spillHits, spillHits + 1);
    // A CDN revalidating the page gets its 304 without the page being read from the spill file.
    const bytesOf = cache.bytesOf;
    let reads = 0;
    cache.bytesOf = (...args) => {
      reads++;
      return bytesOf.apply(cache, args);
    };
    const revalidated = await get(kept, { "if-none-match": String(first.headers.etag) });
    cache.bytesOf = bytesOf;
    assert.equal(revalidated.statusCode, 304);
    assert.equal(revalidated.headers["x-cache"], "hit");
    assert.equal(reads, 0, "nothing read for a 304");
    let br = await get(kept, { "accept-encoding": "br" });
    for (let i = 0; i < 50 && br.headers["content-encoding"] !== "br"; i++) {
      await new Promise((r) => setTimeout(r, 10));
      br = await get(kept, { "accept-encoding": "br" });
    }
    assert.equal(br.headers["content-encoding"], "br");
    assert.equal(brotliDecompressSync(br.rawPayload).toString(), first.body);

    await importFile(
      site.warta.importDeps,
      await editedTitleFile(site, edited, "Pameran Ditutup (Diperbarui)"),
    );
    const fresh = await get(`/baca/${edited}`);
    assert.equal(fresh.headers["x-cache"], "miss", "the spilled page of the edited article was purged");
    assert.match(fresh.body, /Pameran Ditutup \(Diperbarui\)/);
    assert.equal((await get(kept)).headers["x-cache"], "hit", "another article's spilled page stays");
  });
});

describe("page cache hits over the wire", () => {
  let site: TestSite;
  let base: string;
  before(async () => {
    site = await startTestSite("sqlite", { WARTA_NOW: FIXTURE_NOW });
    await importFile(site.warta.importDeps, FIXTURE_FILE);
    base = await site.http.listen({ port: 0, host: "127.0.0.1" });
  });
  after(() => site.close());

  it("answers a hit before routing with the same bytes and headers, and leaves staff, query strings and misses to the app", async () => {
    const url = `${base}/baca/${FEATURE}`;
    const first = await fetch(url);
    assert.equal(first.headers.get("x-cache"), "miss");
    const body = await first.text();
    const hit = await fetch(url);
    assert.equal(hit.headers.get("x-cache"), "hit");
    assert.equal(await hit.text(), body);
    for (const name of ["etag", "cache-control", "surrogate-key", "x-content-type-options", "content-type"]) {
      assert.equal(hit.headers.get(name), first.headers.get(name), name);
    }
    assert.equal(Number(hit.headers.get("content-length")), Buffer.byteLength(body));
    assert.match(String(hit.headers.get("age")), /^\d+$/, "a hit says how old the stored page is");
    const head = await fetch(url, { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), "");
    const notModified = await fetch(url, { headers: { "if-none-match": String(first.headers.get("etag")) } });
    assert.equal(notModified.status, 304);
    assert.match(String(notModified.headers.get("age")), /^\d+$/);

    const staff = await fetch(url, { headers: { cookie: "warta_session=abc" } });
    assert.notEqual(staff.headers.get("x-cache"), "hit", "a staff request is never answered from the cache");
    assert.equal(staff.headers.get("cache-control"), "private, no-store");
    for (const query of ["?utm_source=wa", "?fbclid=x"]) {
      const tracked = await fetch(`${url}${query}`);
      assert.equal(
        tracked.headers.get("x-cache"),
        "hit",
        "parameters the route does not read make no new entry",
      );
      assert.equal(await tracked.text(), body);
    }
    const older = `${base}/indeks?tanggal=2023-07-14`;
    const firstOlder = await fetch(older);
    assert.equal(firstOlder.status, 200);
    const olderBody = await firstOlder.text();
    const olderHit = await fetch(older);
    assert.equal(olderHit.headers.get("x-cache"), "hit");
    assert.equal(await olderHit.text(), olderBody);
    assert.notEqual(
      olderBody,
      await (await fetch(`${base}/indeks`)).text(),
      "a parameter the route reads is its own page",
    );
    assert.equal((await fetch(`${base}/baca/tidak-ada-berita-ini`)).status, 404);
  });
});

describe("pages from the spill file over the wire, many at once", () => {
  let site: TestSite;
  let base: string;
  before(async () => {
    site = await startTestSite("sqlite", { WARTA_NOW: FIXTURE_NOW, WARTA_PAGE_CACHE_MB: "1" });
    await importFile(site.warta.importDeps, FIXTURE_FILE);
    base = await site.http.listen({ port: 0, host: "127.0.0.1" });
  });
  after(() => site.close());

  it("answers each request with its own page while read buffers are reused", async () => {
    const slugs = (await readFile(FIXTURE_FILE, "utf8"))
      .split("\n")
      .flatMap((line) => (line.includes('"type":"article"') ? [JSON.parse(line).slug as string] : []));
    const searches = Array.from({ length: 300 }, (_, i) => `/cari?q=kata${i}`);
    const expected = new Map<string, string>();
    const expectedTags = new Map<string, string>();
    for (const url of [...slugs.map((s) => `/baca/${s}`), ...searches]) {
      const res = await fetch(`${base}${url}`);
      if (res.status !== 200) continue; // drafts and embargoes are 404s
      expected.set(url, await res.text());
      expectedTags.set(url, `${res.headers.get("surrogate-key")} | ${res.headers.get("cache-tag")}`);
    }
    const urls = [...expected.keys()];
    assert.ok(site.http.pageCache.size.spilled > 50, "most pages are in the spill file");

    // Requests pipelined on a few connections whose reader then pauses, so the server's writes
    // back up and node keeps the unsent bytes: a read buffer handed back to the pool before its
    // response was written out would show as another page's bytes here.
    const { port } = new URL(base);
    const perConnection = 150;
    const connections = await Promise.all(
      [0, 1, 2, 3].map((c) => {
        const sent = Array.from(
          { length: perConnection },
          (_, i) => urls[(c * 31 + i * 7) % urls.length] as string,
        );
        return pipelined(Number(port), sent, 300).then((answers) => ({ sent, answers }));
      }),
    );
    let hits = 0;
    for (const { sent, answers } of connections) {
      assert.equal(answers.length, sent.length);
      for (const [i, answer] of answers.entries()) {
        assert.equal(answer.status, 200, sent[i]);
        assert.equal(answer.body, expected.get(sent[i] as string), sent[i]);
        assert.equal(
          answer.tags,
          expectedTags.get(sent[i] as string),
          `the tags a CDN purges by: ${sent[i]}`,
        );
        if (answer.cache === "hit") hits++;
      }
    }
    assert.ok(hits > 500, `answered from the cache: ${hits}`);
  });
});

/**
 * Sends `paths` as pipelined GETs on one connection, stops reading for `pauseMs`, then reads the
 * answers (Content-Length framed, in order).
 */
function pipelined(
  port: number,
  paths: string[],
  pauseMs: number,
): Promise<{ status: number; cache: string; tags: string; body: string }[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let buffered = Buffer.alloc(0);
    const answers: { status: number; cache: string; tags: string; body: string }[] = [];
    socket.on("error", reject);
    socket.on("connect", () => {
      socket.write(paths.map((p) => `GET ${p} HTTP/1.1\r\nHost: localhost\r\n\r\n`).join(""));
      socket.pause();
      setTimeout(() => socket.resume(), pauseMs);
    });
    socket.on("data", (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        const headEnd = buffered.indexOf("\r\n\r\n");
        if (headEnd < 0) break;
        const head = buffered.subarray(0, headEnd).toString("latin1");
        const length = Number(/\r\ncontent-length: (\d+)/i.exec(head)?.[1] ?? 0);
        if (buffered.length < headEnd + 4 + length) break;
        answers.push({
          status: Number(head.slice(9, 12)),
          cache: /\r\nx-cache: (\w+)/i.exec(head)?.[1] ?? "",
          tags: `${/\r\nsurrogate-key: ([^\r]*)/i.exec(head)?.[1]} | ${/\r\ncache-tag: ([^\r]*)/i.exec(head)?.[1]}`,
          body: buffered.subarray(headEnd + 4, headEnd + 4 + length).toString(),
        });
        buffered = buffered.subarray(headEnd + 4 + length);
      }
      if (answers.length === paths.length) {
        socket.end();
        resolve(answers);
      }
    });
  });
}

/** A fixture record re-imported with a new title, written beside the site's data. */
async function editedTitleFile(site: TestSite, slug: string, title: string): Promise<string> {
  const line = (await readFile(FIXTURE_FILE, "utf8")).split("\n").find((l) => l.includes(`"slug":"${slug}"`));
  const record = JSON.parse(line ?? "{}");
  record.title = title;
  delete record.image;
  const file = join(site.dataDir, `edit-${slug}.ndjson`);
  await writeFile(file, `${JSON.stringify(record)}\n`);
  return file;
}
