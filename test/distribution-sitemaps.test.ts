import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { fixedClock } from "../src/clock.ts";
import { importFile } from "../src/domain/portability/import.service.ts";
import { createSitemapService, monthOf } from "../src/domain/sitemaps/sitemap.service.ts";
import { buildNewsSitemap, buildSitemapIndex, buildUrlset } from "../src/domain/sitemaps/sitemap-xml.ts";
import { fixtureRecords } from "./support/fixture.ts";
import { FIXTURE_FILE, FIXTURE_NOW, startTestSite, type TestSite, testDialects } from "./support/harness.ts";

const BASE = "https://warta.example";
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (n) => ["url", "sitemap"].includes(n),
});
const locs = (xml: string): string[] => {
  const doc = parser.parse(xml);
  return (doc.urlset?.url ?? doc.sitemapindex?.sitemap ?? []).map((u: { loc: string }) => u.loc);
};
const collect = async (chunks: AsyncIterable<string>) => {
  let out = "";
  for await (const c of chunks) out += c;
  return out;
};

describe("sitemap builders", () => {
  it("prints a Google News entry with publication name, language id, dated title", () => {
    const xml = buildNewsSitemap({ name: "Warta & Kabar", language: "id" }, [
      { loc: `${BASE}/baca/a`, publicationDate: "2025-02-07T09:05:00+07:00", title: "Harga <naik>" },
    ]);
    assert.equal(XMLValidator.validate(xml), true);
    const url = parser.parse(xml).urlset.url[0];
    assert.equal(url["news:news"]["news:publication"]["news:name"], "Warta & Kabar");
    assert.equal(url["news:news"]["news:publication"]["news:language"], "id");
    assert.equal(url["news:news"]["news:publication_date"], "2025-02-07T09:05:00+07:00");
    assert.equal(url["news:news"]["news:title"], "Harga <naik>");
  });

  it("prints urlsets and indexes with lastmod only when known", () => {
    const xml = buildUrlset([
      { loc: `${BASE}/a`, lastmod: "2025-01-01T00:00:00+07:00" },
      { loc: `${BASE}/b`, lastmod: null },
    ]);
    assert.equal(XMLValidator.validate(xml), true);
    assert.equal((xml.match(/<lastmod>/g) ?? []).length, 1);
    assert.equal(XMLValidator.validate(buildSitemapIndex([{ loc: `${BASE}/s.xml`, lastmod: null }])), true);
  });

  it("cuts months at midnight in the site's zone", () => {
    const march = monthOf("2024-03", "Asia/Jakarta");
    assert.equal(new Date(march?.start ?? 0).toISOString(), "2024-02-29T17:00:00.000Z");
    assert.equal(new Date(march?.end ?? 0).toISOString(), "2024-03-31T17:00:00.000Z");
    assert.equal(monthOf("2024-13", "Asia/Jakarta"), null);
  });
});

for (const dialect of testDialects()) {
  describe(`sitemaps over HTTP (${dialect})`, () => {
    let t: TestSite;
    const fixture = fixtureRecords();
    before(async () => {
      t = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW, WARTA_PUBLIC_URL: BASE });
      await importFile(t.warta.importDeps, FIXTURE_FILE);
    });
    after(() => t.close());
    const get = (url: string) => t.http.inject({ method: "GET", url });

    it("indexes news, sections, tags, authors and one sitemap per month with articles", async () => {
      const res = await get("/sitemap.xml");
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers["content-type"], "application/xml; charset=utf-8");
      const listed = locs(res.body);
      const months = new Set(
        fixture.publicArticles.map((a) => {
          const d = new Date(new Date(a.publishedAt).getTime() + 7 * 3_600_000);
          return d.toISOString().slice(0, 7);
        }),
      );
      for (const m of months) assert.ok(listed.includes(`${BASE}/sitemap-articles-${m}.xml`), m);
      assert.equal(listed.filter((l) => l.includes("sitemap-articles-")).length, months.size);
      for (const name of ["news-1", "sections", "tags-1", "authors-1"]) {
        assert.ok(listed.includes(`${BASE}/sitemap-${name}.xml`), name);
      }
      for (const loc of listed) {
        const sub = await get(loc.slice(BASE.length));
        assert.equal(sub.statusCode, 200, loc);
        assert.equal(sub.headers["content-type"], "application/xml; charset=utf-8");
        assert.equal(XMLValidator.validate(sub.body), true, loc);
      }
    });

    it("lists every public article once across the month sitemaps, with lastmod, and nothing hidden", async () => {
      const index = locs((await get("/sitemap.xml")).body).filter((l) => l.includes("sitemap-articles-"));
      const all: string[] = [];
      for (const loc of index) {
        const body = (await get(loc.slice(BASE.length))).body;
        all.push(...locs(body));
        assert.ok(!body.includes("<url><loc>") || body.includes("<lastmod>"));
      }
      assert.deepEqual(all.sort(), fixture.publicArticles.map((a) => `${BASE}/baca/${a.slug}`).sort());
    });

    it("puts only the last 48 hours in the Google News sitemap", async () => {
      const body = (await get("/sitemap-news-1.xml")).body;
      const now = Date.parse(FIXTURE_NOW);
      const expected = fixture.publicArticles
        .filter((a) => now - Date.parse(a.publishedAt) <= 48 * 3_600_000)
        .map((a) => `${BASE}/baca/${a.slug}`);
      assert.ok(expected.length > 0);
      assert.deepEqual(locs(body).sort(), expected.sort());
      assert.match(body, /<news:publication_date>2025-02-07T\d\d:\d\d:00\+07:00<\/news:publication_date>/);
    });

    it("lists sections, tags and authors pages", async () => {
      assert.ok(locs((await get("/sitemap-sections.xml")).body).includes(`${BASE}/kanal/daerah`));
      assert.ok(locs((await get("/sitemap-tags-1.xml")).body).includes(`${BASE}/tag/desa`));
      assert.ok(locs((await get("/sitemap-authors-1.xml")).body).includes(`${BASE}/penulis/ayu-puspita`));
      assert.equal((await get("/sitemap-articles-2024-13.xml")).statusCode, 404);
    });

    it("points crawlers at the sitemaps and keeps them out of the newsroom and previews", async () => {
      const res = await get("/robots.txt");
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers["content-type"]), /^text\/plain/);
      assert.match(res.body, new RegExp(`^Sitemap: ${BASE}/sitemap.xml$`, "m"));
      assert.match(res.body, /^Disallow: \/admin$/m);
      assert.match(res.body, /^Disallow: \/pratinjau$/m);
    });

    it("splits news and monthly sitemaps at their limits through the index", async () => {
      // 25 articles in the last day: with limits of 10 they need three files each.
      const lines = Array.from({ length: 25 }, (_, i) =>
        JSON.stringify({
          type: "article",
          slug: `kilat-${i}`,
          section: "dunia",
          title: `Kabar kilat ${i}`,
          authors: ["meja-redaksi"],
          body: "<p>Isi.</p>",
          publishedAt: new Date(Date.parse(FIXTURE_NOW) - (i + 1) * 60_000).toISOString(),
        }),
      );
      const file = join(tmpdir(), `warta-sitemap-${process.pid}.ndjson`);
      await writeFile(file, `${lines.join("\n")}\n`);
      await importFile(t.warta.importDeps, file);
      const service = createSitemapService({
        repo: t.warta.repos.sitemaps,
        clock: fixedClock(new Date(FIXTURE_NOW)),
        timeZone: "Asia/Jakarta",
        publication: { name: "Warta", language: "id" },
        links: {
          article: (s) => `${BASE}/baca/${s}`,
          section: (s) => s,
          tag: (s) => s,
          author: (s) => s,
          sitemap: (n) => `${BASE}/${n}`,
        },
        limits: { perFile: 10, perNewsFile: 10 },
      });
      const index = locs(await service.index());
      const newsFiles = index.filter((l) => l.includes("sitemap-news-"));
      assert.ok(newsFiles.length >= 3);
      const seen: string[] = [];
      for (const n of newsFiles.map((_, i) => i + 1)) {
        const got = locs(await collect(service.news(n)));
        assert.ok(got.length <= 10);
        seen.push(...got);
      }
      assert.equal(new Set(seen).size, seen.length, "no article in two news files");
      for (let i = 0; i < 25; i++) assert.ok(seen.includes(`${BASE}/baca/kilat-${i}`));
      const febFiles = index.filter((l) => l.includes("sitemap-articles-2025-02"));
      assert.ok(febFiles.length >= 3, febFiles.join());
      const feb: string[] = [];
      for (const loc of febFiles) {
        const name = loc.replace(`${BASE}/sitemap-articles-`, "").replace(".xml", "");
        const got = locs(await collect(service.articles(name)));
        assert.ok(got.length <= 10);
        feb.push(...got);
      }
      assert.equal(new Set(feb).size, feb.length);
      assert.ok(feb.includes(`${BASE}/baca/kilat-24`));
    });
  });
}
