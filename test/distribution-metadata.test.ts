import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import { backfillCrops, cropSize } from "../src/domain/media/image-crops.ts";
import { buildArticleMetadata } from "../src/domain/metadata/article-metadata.ts";
import type { MetaSite } from "../src/domain/metadata/metadata.types.ts";
import { importFile } from "../src/domain/portability/import.service.ts";
import { scriptSafeJson } from "../src/views/components/metadata.tsx";
import { FIXTURE_FILE, FIXTURE_NOW, startTestSite, type TestSite, testDialects } from "./support/harness.ts";
import { html } from "./support/html.ts";

const FEATURE = "/baca/jembatan-gantung-baru-satukan-dua-desa-di-lembah-sungai-kelam";
const BASE = "https://warta.example";

const site: MetaSite = {
  name: "Warta",
  publicUrl: BASE,
  logo: { url: `${BASE}/logo.png`, width: 600, height: 60 },
  locale: "id_ID",
  language: "id",
};

describe("article metadata builder", () => {
  const vm = {
    title: "Banjir </script> Surut",
    chrome: { description: "Ringkas.", canonical: `${BASE}/baca/banjir-surut` },
    section: { href: "/kanal/daerah", label: "Daerah" },
    tags: [
      { href: "/tag/banjir", label: "Banjir" },
      { href: "/tag/cuaca", label: "Cuaca" },
    ],
    authors: [{ href: "/penulis/ayu", label: "Ayu" }],
    breadcrumbs: [
      { href: "/", label: "Beranda" },
      { href: "/kanal/daerah", label: "Daerah" },
    ],
    datelineIso: "2025-02-07T09:05:00+07:00",
    modifiedIso: "2025-02-07T10:00:00+07:00",
    shareImages: [
      { url: `${BASE}/f/169.jpg`, width: 1200, height: 675, alt: "Air" },
      { url: `${BASE}/f/43.jpg`, width: 1200, height: 900, alt: "Air" },
      { url: `${BASE}/f/11.jpg`, width: 1200, height: 1200, alt: "Air" },
    ],
  };
  const meta = buildArticleMetadata(site, vm, [{ href: "/rss.xml", title: "Warta" }]);
  const prop = (p: string) => meta.properties.filter((x) => x.property === p).map((x) => x.content);

  it("describes a NewsArticle with every crop, dates with offsets, people and publisher", () => {
    const [article, crumbs] = meta.jsonLd;
    assert.equal(article?.["@type"], "NewsArticle");
    assert.deepEqual(article?.image, [`${BASE}/f/169.jpg`, `${BASE}/f/43.jpg`, `${BASE}/f/11.jpg`]);
    assert.equal(article?.datePublished, "2025-02-07T09:05:00+07:00");
    assert.equal(article?.dateModified, "2025-02-07T10:00:00+07:00");
    assert.deepEqual(article?.author, [{ "@type": "Person", name: "Ayu", url: `${BASE}/penulis/ayu` }]);
    const publisher = article?.publisher as { name: string; logo: { url: string } };
    assert.equal(publisher.name, "Warta");
    assert.equal(publisher.logo.url, `${BASE}/logo.png`);
    assert.equal(crumbs?.["@type"], "BreadcrumbList");
    const items = crumbs?.itemListElement as { position: number; item: string }[];
    assert.deepEqual(
      items.map((i) => [i.position, i.item]),
      [
        [1, `${BASE}/`],
        [2, `${BASE}/kanal/daerah`],
        [3, `${BASE}/baca/banjir-surut`],
      ],
    );
  });

  it("gives OpenGraph the article facts and the 16:9 image with its size", () => {
    assert.deepEqual(prop("og:type"), ["article"]);
    assert.deepEqual(prop("og:image"), [`${BASE}/f/169.jpg`]);
    assert.deepEqual(prop("og:image:width"), ["1200"]);
    assert.deepEqual(prop("og:image:height"), ["675"]);
    assert.deepEqual(prop("article:tag"), ["Banjir", "Cuaca"]);
    assert.deepEqual(prop("article:section"), ["Daerah"]);
    assert.deepEqual(prop("article:published_time"), ["2025-02-07T09:05:00+07:00"]);
    assert.equal(meta.names.find((n) => n.name === "twitter:card")?.content, "summary_large_image");
    assert.equal(meta.robots, "max-image-preview:large");
    assert.deepEqual(meta.alternates, [
      { href: `${BASE}/rss.xml`, title: "Warta", type: "application/rss+xml" },
    ]);
  });

  it("cannot be broken out of its script element by a headline", () => {
    const json = scriptSafeJson(meta.jsonLd[0]);
    assert.ok(!json.includes("</script>"));
    assert.equal((JSON.parse(json) as { headline: string }).headline, vm.title);
  });

  it("crops at 1200 px where the original allows, smaller where it does not", () => {
    assert.deepEqual(cropSize(4000, 3000, 16 / 9), { width: 1200, height: 675 });
    assert.deepEqual(cropSize(1200, 675, 1), { width: 675, height: 675 });
    assert.deepEqual(cropSize(800, 600, 4 / 3), { width: 800, height: 600 });
  });
});

for (const dialect of testDialects()) {
  describe(`page metadata over HTTP (${dialect})`, () => {
    let t: TestSite;
    before(async () => {
      t = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW, WARTA_PUBLIC_URL: BASE });
      await importFile(t.warta.importDeps, FIXTURE_FILE);
    });
    after(() => t.close());

    it("prints JSON-LD, OpenGraph, canonical, robots and description on an article page", async () => {
      const res = await t.http.inject({ method: "GET", url: FEATURE });
      const doc = html(res.body);
      assert.equal(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"), BASE + FEATURE);
      assert.equal(
        doc.querySelector('meta[name="robots"]')?.getAttribute("content"),
        "max-image-preview:large",
      );
      assert.ok(doc.querySelector('meta[name="description"]')?.getAttribute("content"));
      const ld = doc
        .querySelectorAll('script[type="application/ld+json"]')
        .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
      const article = ld.find((x) => x["@type"] === "NewsArticle");
      assert.ok(article, "NewsArticle present");
      assert.equal(article.datePublished, "2024-03-08T09:05:00+07:00");
      assert.ok(ld.some((x) => x["@type"] === "BreadcrumbList"));
      const images = article.image as string[];
      assert.equal(images.length, 3);
      const sizes = [];
      for (const url of images) {
        const img = await t.http.inject({ method: "GET", url: url.slice(BASE.length) });
        assert.equal(img.statusCode, 200);
        const m = await sharp(img.rawPayload).metadata();
        sizes.push(`${m.width}x${m.height}`);
      }
      // The fixture's original is 1200×675: the 16:9 crop is full width, the others as wide as it allows.
      assert.deepEqual(sizes, ["1200x675", "900x675", "675x675"]);
      const og = (p: string) => doc.querySelector(`meta[property="${p}"]`)?.getAttribute("content");
      assert.equal(og("og:type"), "article");
      assert.equal(og("og:url"), BASE + FEATURE);
      assert.equal(og("og:image"), images[0]);
      assert.equal(og("og:image:width"), "1200");
      assert.equal(og("article:modified_time"), "2024-03-08T09:05:00+07:00");
    });

    it("keeps the crops out of the page's own srcset", async () => {
      const res = await t.http.inject({ method: "GET", url: FEATURE });
      assert.ok(
        !(html(res.body).querySelector(".lead-figure img")?.getAttribute("srcset") ?? "").includes("crop-"),
      );
    });

    it("gives section, tag and author pages their own canonical and OpenGraph tags", async () => {
      for (const path of ["/kanal/daerah", "/tag/desa", "/penulis/ayu-puspita", "/"]) {
        const doc = html((await t.http.inject({ method: "GET", url: path })).body);
        const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
        assert.equal(canonical, BASE + path);
        assert.equal(doc.querySelector('meta[property="og:url"]')?.getAttribute("content"), canonical);
        assert.ok(
          doc.querySelector('meta[property="og:title"]')?.getAttribute("content"),
          `${path} og:title`,
        );
        assert.ok(
          doc.querySelector('link[rel="alternate"][type="application/rss+xml"]'),
          `${path} feed link`,
        );
      }
      const logo = await t.http.inject({ method: "GET", url: "/logo.png" });
      assert.equal(logo.statusCode, 200);
      assert.equal(logo.headers["content-type"], "image/png");
    });

    it("gives images stored before crops existed their crops through the maintenance step", async () => {
      const media = await t.warta.repos.media.batchAfter(0, 10);
      const first = media[0];
      assert.ok(first);
      await t.warta.repos.media.setVariants(
        first.id,
        first.variants.filter((v) => !v.crop),
      );
      assert.equal(await backfillCrops({ store: t.warta.blobs, media: t.warta.repos.media }), 1);
      const [again] = await t.warta.repos.media.batchAfter(0, 1);
      assert.equal(again?.variants.filter((v) => v.crop).length, 3);
      assert.equal(await backfillCrops({ store: t.warta.blobs, media: t.warta.repos.media }), 0);
    });
  });
}
