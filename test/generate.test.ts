import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { generateDeps } from "../src/cli/generate.command.ts";
import { type GenerateSummary, generateArchive } from "../src/domain/generate/generate.service.ts";
import { Conflict } from "../src/errors.ts";
import { startTestSite, type TestSite, testDialects } from "./support/harness.ts";
import { html } from "./support/html.ts";

const NOW = "2026-11-20T10:00:00+07:00";
const ARTICLES = 400;

for (const dialect of testDialects()) {
  describe(`warta generate (${dialect})`, () => {
    let site: TestSite;
    let summary: GenerateSummary;
    const get = async (url: string) => {
      const res = await site.http.inject({ method: "GET", url });
      return { status: res.statusCode, doc: html(res.body) };
    };

    before(async () => {
      site = await startTestSite(dialect, { WARTA_NOW: NOW });
      summary = await generateArchive(generateDeps(site.warta), { articles: ARTICLES, seed: 42 });
    });
    after(() => site.close());

    it("stores the requested articles with sections, reporters, tags, images and recent views", async () => {
      assert.equal(await site.warta.repos.articles.count(), ARTICLES);
      assert.ok(summary.published > ARTICLES * 0.95 && summary.published <= ARTICLES);
      assert.equal(summary.sections, 20);
      assert.equal(summary.authors, 40);
      assert.ok(summary.tags > 1000);
      assert.equal(summary.images, 6);
      assert.ok(summary.viewBuckets > 0 && summary.views > 0);
    });

    it("serves the archive: home with Populer, a channel with its subsections, an article with its photo", async () => {
      const home = await get("/");
      assert.equal(home.status, 200);
      const populer = home.doc.querySelectorAll("ol.numbered li a");
      assert.ok(populer.length > 0, "Populer lists generated stories from the view history");

      const channel = await get("/kanal/olahraga");
      assert.equal(channel.status, 200);
      const href = channel.doc.querySelector("main a[href^='/baca/']")?.getAttribute("href") ?? "";
      assert.match(href, /^\/baca\/[a-z0-9-]+-\d+$/);

      const article = await get(href);
      assert.equal(article.status, 200);
      const words = (article.doc.querySelector("article")?.text ?? "").split(/\s+/).length;
      assert.ok(words > 400, `the article shows its body (${words} words)`);
    });

    it("spreads publish times over years up to the clock, newest first on the index", async () => {
      const newest = await get("/indeks");
      const times = newest.doc
        .querySelectorAll("main time")
        .map((t) => Date.parse(t.getAttribute("datetime") ?? ""));
      assert.ok(times.length > 0);
      for (const t of times) assert.ok(t <= Date.parse(NOW));
      const stats = await site.warta.db.kysely
        .selectFrom("articles")
        .select((eb) => [eb.fn.min("published_at").as("first"), eb.fn.max("published_at").as("last")])
        .executeTakeFirstOrThrow();
      assert.ok(
        Number(stats.last) - Number(stats.first) > 2 * 365 * 24 * 3600_000,
        "spans more than two years",
      );
    });

    it("refuses to generate into an archive that has articles", async () => {
      await assert.rejects(generateArchive(generateDeps(site.warta), { articles: 5, seed: 1 }), Conflict);
    });

    it("leaves the database ready for the newsroom: the next article gets the next id", async () => {
      const sectionId = (await site.warta.repos.sections.all())[0]?.id ?? 0;
      const { id } = await site.warta.repos.articles.upsertBySlug(
        {
          slug: "artikel-baru",
          title: "Artikel Baru",
          kicker: null,
          excerpt: null,
          bodyHtml: "<p>Isi.</p>",
          sectionId,
          leadMediaId: null,
          leadCaption: null,
          leadCredit: null,
          leadAlt: null,
          status: "draft",
          publishedAt: null,
          updatedAt: Date.parse(NOW),
          authorIds: [],
          tagIds: [],
        },
        Date.parse(NOW),
      );
      assert.equal(id, ARTICLES + 1);
    });
  });
}

describe("warta generate is deterministic", () => {
  it("makes the same archive from the same seed and clock", async () => {
    const slugs: string[][] = [];
    for (let i = 0; i < 2; i++) {
      const site = await startTestSite("sqlite", { WARTA_NOW: NOW });
      try {
        await generateArchive(generateDeps(site.warta), { articles: 50, seed: 9 });
        const rows = await site.warta.db.kysely
          .selectFrom("articles")
          .select(["slug", "body_html", "published_at"])
          .orderBy("id")
          .execute();
        slugs.push(rows.map((r) => `${r.slug}|${r.published_at}|${r.body_html.length}`));
      } finally {
        await site.close();
      }
    }
    assert.deepEqual(slugs[0], slugs[1]);
  });
});
