import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { formatRfc822 } from "../src/domain/feeds/rfc822.ts";
import { buildRss, type RssChannel, type RssItem } from "../src/domain/feeds/rss.ts";
import { importFile } from "../src/domain/portability/import.service.ts";
import {
  FIXTURE_DIR,
  FIXTURE_FILE,
  FIXTURE_NOW,
  startTestSite,
  type TestSite,
  testDialects,
} from "./support/harness.ts";
import { html } from "./support/html.ts";

const BASE = "https://warta.example";
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
type Item = Record<string, unknown> & { guid: Record<string, string>; link: string; title: string };
const itemsOf = (xml: string): Item[] => {
  const items = parser.parse(xml).rss.channel.item ?? [];
  return Array.isArray(items) ? items : [items];
};

describe("RSS builder", () => {
  const channel: RssChannel = {
    title: "Warta & Co",
    link: `${BASE}/`,
    selfUrl: `${BASE}/rss.xml`,
    description: "Kabar",
    language: "id",
    timeZone: "Asia/Makassar",
    image: null,
    hubs: ["https://hub.example/"],
  };
  const item: RssItem = {
    title: "Harga <cabai> & bawang\u0007 naik",
    link: `${BASE}/baca/harga`,
    guid: "tag:warta.example,2026:article:7",
    publishedAt: new Date("2025-02-07T01:05:09Z"),
    updatedAt: new Date("2025-02-07T03:00:00Z"),
    description: "Ringkas",
    creators: ["Ayu Puspita"],
    categories: ["Ekonomi"],
    image: {
      url: `${BASE}/f/a.jpg`,
      width: 1200,
      height: 675,
      type: "image/jpeg",
      caption: "Pasar",
      credit: null,
    },
    contentHtml: "<p>isi ]]> tetap</p>",
  };

  it("prints well-formed RSS 2.0 with RFC 822 dates in the site's zone", () => {
    const xml = buildRss(channel, [item]);
    assert.equal(XMLValidator.validate(xml), true);
    const doc = parser.parse(xml);
    assert.equal(doc.rss["@version"], "2.0");
    assert.equal(doc.rss.channel.title, "Warta & Co");
    assert.equal(doc.rss.channel.lastBuildDate, "Fri, 07 Feb 2025 11:00:00 +0800");
    const [parsed] = itemsOf(xml);
    assert.equal(parsed?.pubDate, "Fri, 07 Feb 2025 09:05:09 +0800");
    assert.equal(parsed?.title, "Harga <cabai> & bawang naik", "escaped, and the control character dropped");
    assert.equal(parsed?.["content:encoded"], "<p>isi ]]> tetap</p>");
    assert.equal((parsed?.["media:content"] as Record<string, string> | undefined)?.["@width"], "1200");
    assert.equal(parsed?.guid["@isPermaLink"], "false");
  });

  it("formats RFC 822 for negative and zero offsets too", () => {
    assert.equal(
      formatRfc822(new Date("2025-07-01T12:00:00Z"), "America/New_York"),
      "Tue, 01 Jul 2025 08:00:00 -0400",
    );
    assert.equal(formatRfc822(new Date("2025-07-01T12:00:00Z"), "UTC"), "Tue, 01 Jul 2025 12:00:00 +0000");
  });
});

for (const dialect of testDialects()) {
  describe(`feeds over HTTP (${dialect})`, () => {
    let t: TestSite;
    before(async () => {
      t = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW, WARTA_PUBLIC_URL: BASE });
      await importFile(t.warta.importDeps, FIXTURE_FILE);
    });
    after(() => t.close());
    const get = (url: string, headers: Record<string, string> = {}) =>
      t.http.inject({ method: "GET", url, headers });

    it("serves site, section, tag and author feeds as RSS with absolute links", async () => {
      for (const url of [
        "/rss.xml",
        "/kanal/kabar/rss.xml",
        "/tag/desa/rss.xml",
        "/penulis/ayu-puspita/rss.xml",
      ]) {
        const res = await get(url);
        assert.equal(res.statusCode, 200, url);
        assert.equal(res.headers["content-type"], "application/rss+xml; charset=utf-8");
        assert.equal(XMLValidator.validate(res.body), true, url);
        const items = itemsOf(res.body);
        assert.ok(items.length > 0, `${url} has items`);
        for (const i of items) assert.ok(i.link.startsWith(`${BASE}/baca/`), i.link);
      }
      assert.equal((await get("/kanal/tidak-ada/rss.xml")).statusCode, 404);
    });

    it("lists only public articles, summaries by default, with the lead image as media", async () => {
      const res = await get("/rss.xml");
      const items = itemsOf(res.body);
      assert.ok(!items.some((i) => /draf|terjadwal/i.test(i.link)));
      assert.ok(!res.body.includes("content:encoded>"), "no full content unless the setting asks");
      const tagged = itemsOf((await get("/tag/desa/rss.xml")).body);
      const feature = tagged.find((i) =>
        i.link.endsWith("/baca/jembatan-gantung-baru-satukan-dua-desa-di-lembah-sungai-kelam"),
      );
      assert.ok(feature, "the feature is in its tag's feed");
      const media = feature["media:content"] as Record<string, string>;
      assert.match(media["@url"] ?? "", /^https:\/\/warta\.example\/files\/.+crop-16x9-1200\.jpg$/);
      assert.equal(feature.pubDate, "Fri, 08 Mar 2024 09:05:00 +0700");
    });

    it("answers a repeated request with 304 by ETag and by Last-Modified", async () => {
      const first = await get("/rss.xml");
      const etag = String(first.headers.etag);
      const lastModified = String(first.headers["last-modified"]);
      assert.ok(etag && lastModified);
      const byEtag = await get("/rss.xml", { "if-none-match": etag });
      assert.equal(byEtag.statusCode, 304);
      assert.equal(byEtag.body, "");
      assert.equal((await get("/rss.xml", { "if-modified-since": lastModified })).statusCode, 304);
      assert.equal((await get("/rss.xml", { "if-none-match": '"stale"' })).statusCode, 200);
    });

    it("keeps an item's guid when the article is edited", async () => {
      const slug = "jembatan-gantung-baru-satukan-dua-desa-di-lembah-sungai-kelam";
      const find = async () =>
        itemsOf((await get("/tag/desa/rss.xml")).body).find((i) => i.link.endsWith(slug)) as Item;
      const before = await find();
      const line = (await readFile(FIXTURE_FILE, "utf8"))
        .split("\n")
        .find((l) => l.includes(`"slug":"${slug}"`));
      const record = JSON.parse(line ?? "{}");
      record.title = "Jembatan Gantung Baru (Diperbarui)";
      record.updatedAt = "2025-02-07T15:00:00+07:00";
      record.image.src = join(FIXTURE_DIR, "lead.png");
      const file = join(tmpdir(), `warta-edit-${process.pid}.ndjson`);
      await writeFile(file, `${JSON.stringify(record)}\n`);
      await importFile(t.warta.importDeps, file);
      const afterEdit = await find();
      assert.equal(afterEdit.title, "Jembatan Gantung Baru (Diperbarui)");
      assert.equal(afterEdit.guid["#text"], before.guid["#text"]);
    });

    it("advertises each listing page's own feed, and the feed exists", async () => {
      for (const [page, feed] of [
        ["/", "/rss.xml"],
        ["/kanal/daerah", "/kanal/daerah/rss.xml"],
        ["/tag/desa", "/tag/desa/rss.xml"],
        ["/penulis/ayu-puspita", "/penulis/ayu-puspita/rss.xml"],
      ] as const) {
        const doc = html((await get(page)).body);
        const hrefs = doc
          .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
          .map((l) => l.getAttribute("href"));
        assert.ok(hrefs.includes(BASE + feed), `${page} advertises ${feed}`);
        assert.equal((await get(feed)).statusCode, 200);
      }
    });
  });

  describe(`full-content feeds (${dialect})`, () => {
    let t: TestSite;
    before(async () => {
      t = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW, WARTA_FEED_FULL_CONTENT: "1" });
      await importFile(t.warta.importDeps, FIXTURE_FILE);
    });
    after(() => t.close());

    it("carries the whole body when the setting is on", async () => {
      const res = await t.http.inject({ method: "GET", url: "/tag/desa/rss.xml" });
      const feature = itemsOf(res.body).find((i) => i.link.includes("jembatan-gantung"));
      assert.match(String(feature?.["content:encoded"]), /Lembah Atas &amp; Lembah Bawah/);
    });
  });
}
