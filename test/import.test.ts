import assert from "node:assert/strict";
import { copyFile, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { ImportFailed, importFile } from "../src/domain/portability/import.service.ts";
import { fixtureRecords } from "./support/fixture.ts";
import { FIXTURE_DIR, FIXTURE_FILE, startTestSite, type TestSite, testDialects } from "./support/harness.ts";

async function counts(site: TestSite) {
  const k = site.warta.db.kysely;
  const n = async (table: "articles" | "sections" | "authors" | "tags" | "media" | "views_hourly") =>
    Number(
      (
        await k
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    articles: await n("articles"),
    sections: await n("sections"),
    authors: await n("authors"),
    tags: await n("tags"),
    media: await n("media"),
    views: await n("views_hourly"),
  };
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true })).map(String).sort();
  } catch {
    return [];
  }
}

for (const dialect of testDialects()) {
  describe(`import (${dialect})`, () => {
    let site: TestSite;
    let workDir: string;
    before(async () => {
      site = await startTestSite(dialect);
      workDir = await mkdtemp(join(tmpdir(), "warta-import-"));
      await copyFile(join(FIXTURE_DIR, "lead.png"), join(workDir, "lead.png"));
    });
    after(() => site.close());

    it("imports every record of the fixture and stores responsive image variants", async () => {
      const events: string[] = [];
      const off = site.warta.events.subscribe((e) => {
        events.push(`${e.type} ${e.slug} ${e.sectionSlugs.join("/")}`);
      });
      const summary = await importFile(site.warta.importDeps, FIXTURE_FILE);
      off();
      const { articles } = fixtureRecords();
      const published = articles.filter((a) => (a.status ?? "published") === "published");
      assert.equal(events.length, published.length, "one event per published article, none for drafts");
      assert.ok(events.includes(`article.published ${published[0]?.slug} kabar/${published[0]?.section}`));
      assert.equal(summary.articles, articles.length);
      assert.equal(summary.images, 1);
      const c = await counts(site);
      assert.equal(c.articles, articles.length);
      assert.equal(c.media, 1);
      const media = await site.warta.db.kysely.selectFrom("media").selectAll().executeTakeFirstOrThrow();
      const variants = JSON.parse(media.variants) as { width: number; format: string; key: string }[];
      const formats = new Set(variants.map((v) => v.format));
      assert.ok(formats.has("webp"), "a WebP rendition exists");
      assert.ok(formats.has("png") || formats.has("jpeg"), "a fallback rendition exists");
      const widths = [...new Set(variants.map((v) => v.width))].sort((a, b) => a - b);
      assert.ok(widths.length >= 3, `several widths, got ${widths}`);
      assert.equal(widths[widths.length - 1], media.width, "the largest rendition is the original width");
      for (const v of variants) assert.ok(await site.warta.blobs.exists(v.key), `${v.key} is stored`);
    });

    it("updates by slug on re-import and never duplicates", async () => {
      const before = await counts(site);
      const types = new Set<string>();
      const off = site.warta.events.subscribe((e) => {
        types.add(e.type);
      });
      await importFile(site.warta.importDeps, FIXTURE_FILE);
      off();
      assert.deepEqual([...types], ["article.updated"], "a re-import announces updates");
      const afterCounts = await counts(site);
      assert.equal(afterCounts.articles, before.articles);
      assert.equal(afterCounts.sections, before.sections);
      assert.equal(afterCounts.authors, before.authors);
      assert.equal(afterCounts.tags, before.tags);
      assert.equal(afterCounts.media, before.media);

      const file = join(workDir, "edit.ndjson");
      await writeFile(
        file,
        `${JSON.stringify({ type: "article", slug: "jembatan-gantung-baru-satukan-dua-desa-di-lembah-sungai-kelam", section: "daerah", title: "Judul yang diperbarui", authors: ["ayu-puspita"], publishedAt: "2024-03-08T09:05:00+07:00", body: "<p>Isi baru.</p><script>alert(1)</script>" })}\n`,
      );
      await importFile(site.warta.importDeps, file);
      const row = await site.warta.db.kysely
        .selectFrom("articles")
        .select(["title", "body_html"])
        .where("slug", "=", "jembatan-gantung-baru-satukan-dua-desa-di-lembah-sungai-kelam")
        .executeTakeFirstOrThrow();
      assert.equal(row.title, "Judul yang diperbarui");
      assert.equal(row.body_html, "<p>Isi baru.</p>", "the body is sanitised on the way in");
      assert.equal((await counts(site)).articles, before.articles);
    });

    const badFiles: [string, string[], RegExp][] = [
      [
        "invalid JSON",
        ['{"type":"section","slug":"baru","name":"Baru","parent":null}', "{not json"],
        /line 2: invalid JSON/,
      ],
      [
        "unknown section",
        [
          '{"type":"article","slug":"a-b","section":"tidak-ada","title":"T","authors":[],"publishedAt":"2025-01-01T10:00:00+07:00","body":"<p>x</p>"}',
        ],
        /line 1: unknown section "tidak-ada"/,
      ],
      [
        "missing field",
        [
          '{"type":"author","slug":"penulis-baru","name":"Baru"}',
          '{"type":"article","slug":"a-c","section":"dunia","authors":[],"publishedAt":"2025-01-01T10:00:00+07:00","body":"<p>x</p>"}',
        ],
        /line 2: missing field "title"/,
      ],
      [
        "unreadable image",
        [
          '{"type":"article","slug":"a-d","section":"dunia","title":"T","authors":[],"publishedAt":"2025-01-01T10:00:00+07:00","body":"<p>x</p>","image":{"src":"tidak-ada.jpg"}}',
        ],
        /line 1: unreadable image "tidak-ada.jpg"/,
      ],
      [
        "not an image",
        [
          '{"type":"article","slug":"a-e","section":"dunia","title":"T","authors":[],"publishedAt":"2025-01-01T10:00:00+07:00","body":"<p>x</p>","image":{"src":"edit.ndjson"}}',
        ],
        /line 1: unreadable image "edit.ndjson"/,
      ],
      [
        "date without offset",
        [
          '{"type":"article","slug":"a-f","section":"dunia","title":"T","authors":[],"publishedAt":"2025-01-01 10:00","body":"<p>x</p>"}',
        ],
        /line 1: "publishedAt" must be an ISO-8601 date-time with an offset/,
      ],
    ];
    for (const [name, lines, expected] of badFiles) {
      it(`rejects a file with ${name}, naming the line, and keeps nothing of it`, async () => {
        const file = join(workDir, `bad-${name.replace(/\W+/g, "-")}.ndjson`);
        // A good, new image first: it must not survive the failed import either.
        const good = JSON.stringify({
          type: "article",
          slug: "artikel-baik-dengan-gambar",
          section: "dunia",
          title: "Baik",
          authors: [],
          publishedAt: "2025-01-01T10:00:00+07:00",
          body: "<p>baik</p>",
          image: { src: "other.png" },
        });
        const sharp = (await import("sharp")).default;
        await sharp({ create: { width: 400, height: 300, channels: 3, background: "#3366aa" } })
          .png()
          .toFile(join(workDir, "other.png"));
        await writeFile(file, `${lines.join("\n")}\n${good}\n`);
        const before = await counts(site);
        const filesBefore = await listFiles(site.warta.blobs.localRoot ?? "");
        await assert.rejects(importFile(site.warta.importDeps, file), (err: unknown) => {
          assert.ok(err instanceof ImportFailed);
          assert.match(err.message, expected);
          return true;
        });
        assert.deepEqual(await counts(site), before);
        assert.deepEqual(await listFiles(site.warta.blobs.localRoot ?? ""), filesBefore);
      });
    }
  });
}
