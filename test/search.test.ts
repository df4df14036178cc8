import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { importFile } from "../src/domain/portability/import.service.ts";
import { startTestSite, type TestSite, testDialects } from "./support/harness.ts";
import { html } from "./support/html.ts";
import { SEARCH_FIXTURE_FILE, SEARCH_FIXTURE_NOW } from "./support/search-fixture.ts";

const PUBLIC_URL = "https://warta.example";

interface ApiResult {
  url: string;
  title: string;
  titleHighlighted: { text: string; match: boolean }[];
  snippet: { text: string; match: boolean }[];
  section: { slug: string };
  publishedAt: string;
}
interface ApiPage {
  results: ApiResult[];
  next: string | null;
  suggestion: string | null;
}

for (const dialect of testDialects()) {
  describe(`search (${dialect})`, () => {
    let site: TestSite;
    const api = async (query: Record<string, string>) => {
      const res = await site.http.inject({ url: `/api/v1/search?${new URLSearchParams(query)}` });
      return {
        status: res.statusCode,
        body: res.json() as ApiPage & { parameter?: string; message?: string },
      };
    };
    const slugsOf = (page: ApiPage) => page.results.map((r) => r.url.replace(`${PUBLIC_URL}/baca/`, ""));
    const importLines = async (name: string, records: object[]) => {
      const file = join(site.dataDir, name);
      await writeFile(file, `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
      await importFile(site.warta.importDeps, file);
    };

    before(async () => {
      site = await startTestSite(dialect, { WARTA_NOW: SEARCH_FIXTURE_NOW, WARTA_PUBLIC_URL: PUBLIC_URL });
      await importFile(site.warta.importDeps, SEARCH_FIXTURE_FILE);
    });
    after(() => site.close());

    test("an inflected word finds its root: berkunjung finds kunjungan, with the words marked", async () => {
      const res = await site.http.inject({ url: "/cari?q=berkunjung" });
      assert.equal(res.statusCode, 200);
      const doc = html(res.body);
      const titles = doc.querySelectorAll(".search-results .card-title a").map((a) => a.text);
      assert.equal(titles[0], "Menteri Pariwisata Berkunjung ke Danau Toba");
      assert.ok(titles.includes("Jumlah Wisatawan ke Pulau Seribu Naik Tajam"), titles.join(" / "));
      const marks = doc.querySelectorAll(".search-results mark").map((m) => m.text.toLowerCase());
      assert.ok(marks.includes("berkunjung") && marks.includes("kunjungan"), marks.join(","));
      const first = doc.querySelector(".search-results li");
      assert.equal(first?.querySelector(".card-section")?.text, "Nasional");
      assert.equal(first?.querySelector("time")?.text, "Senin, 20 Januari 2025 | 10:00 WIB");
    });

    test("drafts and stories scheduled for later are never found publicly; staff search finds drafts by role", async () => {
      for (const q of ["zamrud khatulistiwa", "kirana sakti"]) {
        const { status, body } = await api({ q });
        assert.equal(status, 200);
        assert.deepEqual(body.results, [], q);
        assert.equal(body.suggestion, null, "a suggestion must not reveal unpublished words");
      }
      const page = html((await site.http.inject({ url: "/cari?q=zamrud" })).body);
      assert.equal(page.querySelectorAll(".search-results li").length, 0);

      const editor = await site.warta.search.search("zamrud", { scope: "staff" });
      assert.deepEqual(
        editor.items.map((i) => [i.slug, i.status]),
        [["rencana-rahasia-redaksi-zamrud", "draft"]],
      );
      const authors = await site.warta.repos.authors.findBySlug("dewi-lestari-putri");
      const other = await site.warta.repos.authors.findBySlug("bagus-santoso");
      assert.ok(authors && other);
      const own = await site.warta.search.search("zamrud", { scope: "staff", staffAuthorId: authors.id });
      assert.equal(own.items.length, 1, "a reporter finds their own draft");
      const notOwn = await site.warta.search.search("zamrud", { scope: "staff", staffAuthorId: other.id });
      assert.equal(notOwn.items.length, 0, "a reporter does not find someone else's draft");
      const scheduled = await site.warta.search.search("kirana", { scope: "staff" });
      assert.equal(scheduled.items.length, 1, "staff see scheduled stories");
    });

    test("publishing, editing and unpublishing change what readers find at once", async () => {
      const base = {
        type: "article",
        section: "daerah",
        authors: ["rina-wulandari"],
        publishedAt: "2025-02-07T15:00:00+07:00",
      };
      await importLines("new.ndjson", [
        {
          ...base,
          slug: "layang-layang-raksasa",
          title: "Festival Layang-layang Raksasa di Pantai Selatan",
          body: "<p>Ratusan layang-layang menghiasi langit.</p>",
        },
      ]);
      assert.deepEqual(slugsOf((await api({ q: "layang" })).body), ["layang-layang-raksasa"]);
      const pageHits = async () =>
        html((await site.http.inject({ url: "/cari?q=layang" })).body).querySelectorAll(".search-results li")
          .length;
      assert.equal(await pageHits(), 1);
      assert.equal(await pageHits(), 1, "asked twice: the second answer may come from the page cache");

      await importLines("edit.ndjson", [
        {
          ...base,
          slug: "layang-layang-raksasa",
          title: "Festival Layang-layang Raksasa Ditunda",
          body: "<p>Angin kencang memaksa panitia menunda festival ke pekan depan.</p>",
        },
      ]);
      assert.equal((await api({ q: "angin kencang" })).body.results.length, 1, "edited words are found");
      assert.equal((await api({ q: "menghiasi langit" })).body.results.length, 0, "removed words are gone");

      await importLines("unpublish.ndjson", [
        {
          ...base,
          slug: "layang-layang-raksasa",
          title: "Festival Layang-layang Raksasa Ditunda",
          body: "<p>x</p>",
          status: "draft",
        },
      ]);
      assert.equal((await api({ q: "layang" })).body.results.length, 0, "an unpublished story disappears");
      assert.equal(await pageHits(), 0, "also from a cached /cari page");
    });

    test("phrases, exclusions and a prefix on the last word", async () => {
      assert.deepEqual(slugsOf((await api({ q: '"demam berdarah"' })).body), [
        "kasus-demam-berdarah-meningkat",
      ]);
      assert.deepEqual(slugsOf((await api({ q: '"berdarah demam"' })).body), []);
      const gempa = slugsOf((await api({ q: "gempa" })).body);
      assert.equal(gempa.length, 2);
      assert.deepEqual(slugsOf((await api({ q: "gempa -sukabumi" })).body), [
        "latihan-evakuasi-gempa-di-sekolah-dasar",
      ]);
      assert.deepEqual(slugsOf((await api({ q: "menteri kunju" })).body), [
        "menteri-pariwisata-berkunjung-ke-danau-toba",
      ]);
      assert.deepEqual(
        slugsOf((await api({ q: "kunju menteri" })).body),
        [],
        "only the last word is a prefix",
      );
    });

    test("a misspelt word gets a suggestion from the site's own vocabulary", async () => {
      const { body } = await api({ q: "gemap" });
      assert.deepEqual(body.results, []);
      assert.equal(body.suggestion, "gempa");
      const doc = html((await site.http.inject({ url: "/cari?q=banjri" })).body);
      const link = doc.querySelector(".search-suggestion a");
      assert.equal(link?.text, "banjir");
      assert.equal(link?.getAttribute("href"), "/cari?q=banjir");
      assert.match(doc.querySelector(".search-empty")?.text ?? "", /Tidak ada berita yang cocok/);
    });

    test("filters by section, author and dates; sorts by newest; pages with a cursor", async () => {
      const daerah = (await api({ q: "banjir", section: "berita" })).body;
      assert.equal(daerah.results.length, 3, "a section includes its subsections");
      assert.equal((await api({ q: "banjir", section: "ekonomi" })).body.results.length, 0);
      const byAuthor = (await api({ q: "kabel", author: "rina-wulandari" })).body;
      assert.equal(byAuthor.results.length, 1);
      assert.equal((await api({ q: "kabel", author: "bagus-santoso" })).body.results.length, 0);
      const dated = slugsOf((await api({ q: "banjir", from: "2025-02-01", to: "2025-02-05" })).body);
      assert.deepEqual(dated, ["banjir-rendam-ratusan-rumah-di-cilandak"], "the end day is inclusive");

      const newest = (await api({ q: "banjir", sort: "newest" })).body.results.map((r) => r.publishedAt);
      assert.deepEqual(newest, [...newest].sort().reverse());

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: Record<string, string> = { q: "desa", limit: "2", ...(cursor ? { cursor } : {}) };
        const res = await api(query);
        assert.equal(res.status, 200);
        seen.push(...slugsOf(res.body));
        cursor = res.body.next;
        pages++;
      } while (cursor && pages < 20);
      const all = slugsOf((await api({ q: "desa", limit: "50" })).body);
      assert.ok(pages > 1);
      assert.deepEqual(seen, all, "pages follow each other without gaps or repeats");
    });

    test("the API answers with canonical URLs and highlight segments, never HTML", async () => {
      const { status, body } = await api({ q: "persija" });
      assert.equal(status, 200);
      const [hit] = body.results;
      assert.equal(hit?.url, `${PUBLIC_URL}/baca/persija-menang-tipis-atas-tamu-dari-makassar`);
      assert.deepEqual(hit?.titleHighlighted[0], { text: "Persija", match: true });
      assert.equal(hit?.section.slug, "olahraga");
    });

    test("markup in stories and queries is printed as text", async () => {
      await importLines("xss.ndjson", [
        {
          type: "article",
          slug: "judul-dengan-tanda",
          section: "nasional",
          title: "Kode <script>alert(1)</script> Aneh di Situs Kelurahan",
          authors: ["rina-wulandari"],
          publishedAt: "2025-02-07T10:00:00+07:00",
          body: "<p>Situs kelurahan menampilkan &lt;b&gt;kode&lt;/b&gt; aneh.</p>",
        },
      ]);
      const found = await site.http.inject({ url: "/cari?q=kelurahan+aneh" });
      assert.equal(found.statusCode, 200);
      const title = html(found.body).querySelector(".search-results .card-title a")?.text;
      assert.equal(title, "Kode <script>alert(1)</script> Aneh di Situs Kelurahan");
      assert.doesNotMatch(found.body, /<script>alert|<b>kode/);
      const echoed = await site.http.inject({
        url: `/cari?q=${encodeURIComponent('kelurahan "<img src=x onerror=alert(1)>')}`,
      });
      assert.equal(echoed.statusCode, 200);
      assert.doesNotMatch(echoed.body, /<img src=x/);
      assert.match(echoed.body, /&lt;img src=x/);
    });

    test("unusable queries get a clear message: 400 naming the parameter, a friendly page, never a 500", async () => {
      const cases: [string, string][] = [
        ["", "q"],
        ["   ", "q"],
        ["a".repeat(201), "q"],
        ["banjir\u0000\u0001", "q"],
        ["\uFFFD\uFFFD", "q"],
        ["-", "q"],
        ['""', "q"],
        ["-banjir", "q"],
        ["*** ??? !!!", "q"],
        ["yang dan di", "q"],
      ];
      for (const [q, parameter] of cases) {
        const { status, body } = await api({ q });
        assert.equal(status, 400, JSON.stringify(q));
        assert.equal(body.parameter, parameter);
        assert.ok(body.message && body.message.length > 10);
      }
      const bad = await api({ q: "banjir", section: "tidak-ada" });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.parameter, "section");
      assert.equal((await api({ q: "banjir", cursor: "bukan-penanda" })).body.parameter, "cursor");
      assert.equal((await api({ q: "banjir", from: "2025-13-45" })).body.parameter, "from");

      const long = await site.http.inject({ url: `/cari?q=${"kata ".repeat(60)}` });
      assert.equal(long.statusCode, 400);
      assert.match(html(long.body).querySelector(".search-problem")?.text ?? "", /terlalu panjang/);
      const binary = await site.http.inject({ url: "/cari?q=%00%01%02" });
      assert.equal(binary.statusCode, 400);
      assert.match(binary.body, /tidak dapat dibaca/);
      for (const url of ["/cari?q=%FF%FE", "/cari?q=%E0%A4%A", "/api/v1/search?q=%C0%80"]) {
        const res = await site.http.inject({ url });
        assert.ok(res.statusCode < 500, `${url} → ${res.statusCode}`);
      }
      const empty = await site.http.inject({ url: "/cari" });
      assert.equal(empty.statusCode, 200);
      assert.ok(html(empty.body).querySelector("form.search-form input[name=q]"));
    });

    test("every page carries the search box in its header", async () => {
      const doc = html((await site.http.inject({ url: "/" })).body);
      const form = doc.querySelector("header form.site-search");
      assert.equal(form?.getAttribute("action"), "/cari");
      assert.ok(form?.querySelector("input[name=q]"));
    });

    test("a rebuild gives the same results and reports progress", async () => {
      const before = slugsOf((await api({ q: "harga beras" })).body);
      const progress: number[] = [];
      const count = await site.warta.search.reindex((done) => progress.push(done), 10);
      assert.ok(count >= 41);
      assert.ok(progress.length >= 4 && progress[progress.length - 1] === count);
      assert.deepEqual(slugsOf((await api({ q: "harga beras" })).body), before);
      assert.equal((await api({ q: "gemap" })).body.suggestion, "gempa", "the vocabulary is rebuilt too");
    });
  });
}
