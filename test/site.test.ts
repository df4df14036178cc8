import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { importFile } from "../src/domain/portability/import.service.ts";
import { fixtureRecords } from "./support/fixture.ts";
import { FIXTURE_FILE, FIXTURE_NOW, startTestSite, type TestSite, testDialects } from "./support/harness.ts";
import { compactList, html, internalLinks, storyHrefs } from "./support/html.ts";

const FEATURE = "/baca/jembatan-gantung-baru-satukan-dua-desa-di-lembah-sungai-kelam";
const BROWSER_UA =
  "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36";

for (const dialect of testDialects()) {
  describe(`public site (${dialect})`, () => {
    let site: TestSite;
    const get = async (url: string) => {
      const res = await site.http.inject({ method: "GET", url });
      return {
        status: res.statusCode,
        body: res.body,
        type: String(res.headers["content-type"]),
        doc: html(res.body),
      };
    };
    const fixture = fixtureRecords();

    before(async () => {
      site = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW, WARTA_PAGE_SIZE: "5" });
      await importFile(site.warta.importDeps, FIXTURE_FILE);
    });
    after(() => site.close());

    it("links from the home page to the feature article", async () => {
      const seen = new Set<string>(["/"]);
      let frontier = ["/"];
      for (let depth = 0; depth < 3 && !seen.has(FEATURE); depth++) {
        const next: string[] = [];
        for (const url of frontier) {
          const page = await get(url);
          for (const href of internalLinks(page.doc)) {
            if (!seen.has(href) && !href.startsWith("/files/")) {
              seen.add(href);
              next.push(href);
            }
          }
        }
        frontier = next;
      }
      assert.ok(seen.has(FEATURE), "the article is reachable by following links");
    });

    it("renders the article page in Indonesian with its dateline, caption and byline", async () => {
      const page = await get(FEATURE);
      assert.equal(page.status, 200);
      assert.match(page.type, /text\/html/);
      assert.equal(page.doc.querySelector("html")?.getAttribute("lang"), "id");
      const feature = fixture.articles.find((a) => `/baca/${a.slug}` === FEATURE);
      assert.equal(page.doc.querySelector("h1")?.text.trim(), feature?.title);
      const dateline = page.doc.querySelector(".dateline");
      assert.match(dateline?.text ?? "", /^Jumat, 08 Maret 2024 \| 09:05 WIB \| Laporan: Ayu Puspita$/);
      assert.equal(dateline?.querySelector("time")?.getAttribute("datetime"), "2024-03-08T09:05:00+07:00");
      assert.equal(dateline?.querySelector("a")?.getAttribute("href"), "/penulis/ayu-puspita");
      assert.match(page.doc.querySelector("figcaption")?.text ?? "", /Foto\/Warga Lembah/);
      assert.ok(page.body.includes("&amp;") && page.body.includes("&lt;"), "body entities stay escaped");
    });

    it("serves the lead image responsively and eagerly, list images lazily", async () => {
      const page = await get(FEATURE);
      const lead = page.doc.querySelector(".lead-figure img");
      assert.ok(lead, "lead image present");
      for (const attr of ["srcset", "sizes", "width", "height", "alt"]) {
        assert.ok(lead.hasAttribute(attr), `lead image has ${attr}`);
      }
      assert.notEqual(lead.getAttribute("loading"), "lazy");
      assert.match(page.doc.querySelector(".lead-figure source")?.getAttribute("type") ?? "", /image\/webp/);
      const srcset = lead.getAttribute("srcset") ?? "";
      const firstUrl = srcset.split(" ")[0] ?? "";
      const img = await site.http.inject({ method: "GET", url: firstUrl });
      assert.equal(img.statusCode, 200);
      assert.match(String(img.headers["content-type"]), /^image\//);
    });

    it("ranks Populer by views inside the trailing window, ignoring older views", async () => {
      const page = await get(FEATURE);
      const populer = compactList(page.doc, "populer");
      assert.equal(populer.length, 7);
      const now = Date.parse(FIXTURE_NOW);
      const totals = new Map<string, number>();
      for (const r of fixture.records) {
        if (r.type !== "views") continue;
        const at = Date.parse(String(r.at));
        if (at > now - 7 * 86_400_000 - 3_600_000 && at <= now) {
          totals.set(String(r.article), (totals.get(String(r.article)) ?? 0) + Number(r.count));
        }
      }
      const titleOf = new Map(fixture.publicArticles.map((a) => [a.slug, a.title]));
      const expected = [...totals.entries()]
        .filter(([slug]) => titleOf.has(slug))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 7)
        .map(([slug]) => titleOf.get(slug));
      assert.deepEqual(populer, expected);
    });

    it("lists the 10 latest published articles in UPDATE, never drafts or future ones", async () => {
      const page = await get("/");
      const update = compactList(page.doc, "update");
      const expected = [...fixture.publicArticles]
        .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
        .slice(0, 10)
        .map((a) => a.title);
      assert.deepEqual(update, expected);
    });

    it("hides drafts and future-dated articles from every page and URL", async () => {
      assert.ok(fixture.hiddenArticles.length >= 2, "the fixture has hidden articles");
      const pages = [
        "/",
        "/indeks",
        "/kanal/kabar",
        ...new Set(fixture.articles.map((a) => `/kanal/${a.section}`)),
      ];
      for (const hidden of fixture.hiddenArticles) {
        assert.equal((await get(`/baca/${hidden.slug}`)).status, 404, `${hidden.slug} is not reachable`);
        for (const url of pages) {
          const body = (await get(url)).body;
          assert.ok(!body.includes(hidden.slug), `${hidden.slug} is not on ${url}`);
        }
      }
    });

    it("pages through the index with cursors in both directions, without gaps or repeats", async () => {
      const forward: string[] = [];
      const pageUrls: string[] = [];
      let url: string | undefined = "/indeks";
      while (url) {
        pageUrls.push(url);
        const page = await get(url);
        assert.equal(page.status, 200);
        const items = storyHrefs(page.doc);
        assert.ok(items.length <= 5);
        forward.push(...items);
        url = page.doc.querySelector('.pager a[rel="next"]')?.getAttribute("href");
      }
      const expected = [...fixture.publicArticles]
        .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
        .map((a) => `/baca/${a.slug}`);
      assert.deepEqual(forward, expected);
      assert.ok(pageUrls.length > 2, "several pages");

      const backward: string[] = [];
      let back: string | undefined = pageUrls[pageUrls.length - 1];
      while (back) {
        const page = await get(back);
        backward.unshift(...storyHrefs(page.doc));
        back = page.doc.querySelector('.pager a[rel="prev"]')?.getAttribute("href");
      }
      assert.deepEqual(backward, expected);
    });

    it("filters the index by a day in the site's zone", async () => {
      const page = await get("/indeks?tanggal=2025-02-07");
      const expected = fixture.publicArticles
        .filter((a) => a.publishedAt.startsWith("2025-02-07"))
        .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
        .slice(0, 5)
        .map((a) => `/baca/${a.slug}`);
      assert.deepEqual(storyHrefs(page.doc), expected);
      assert.match(page.doc.querySelector("h1")?.text ?? "", /Jumat, 07 Februari 2025/);
    });

    it("shows a section with everything below it, tags and authors", async () => {
      const root = storyHrefs((await get("/kanal/kabar")).doc);
      assert.equal(root.length, 5, "the root section lists its children's articles");
      const daerah = await get("/kanal/daerah");
      assert.equal(daerah.doc.querySelector("h1")?.text.trim(), "Daerah");
      const tag = await get("/tag/infrastruktur");
      assert.ok(storyHrefs(tag.doc).includes(FEATURE));
      const author = await get("/penulis/ayu-puspita");
      assert.ok(storyHrefs(author.doc).includes(FEATURE));
    });

    it("answers bad input with a clear 4xx page, never a 500", async () => {
      const cases: [string, number, RegExp][] = [
        ["/indeks?sebelum=bukan-kursor", 400, /Penanda halaman tidak valid/],
        ["/indeks?sesudah=zz.zz&sebelum=zz.zz", 400, /salah satu/],
        ["/indeks?tanggal=2025-02-30", 400, /Tanggal tidak valid/],
        ["/indeks?tanggal=kemarin", 400, /Tanggal tidak valid/],
        ["/baca/%E0%A4%A", 400, /tidak dapat dibaca|tidak valid/],
        ["/baca/Huruf_Besar", 400, /tidak valid/],
        ["/kanal/tidak-ada", 404, /Kanal ini tidak ada/],
        ["/halaman/yang/tidak/ada", 404, /Halaman tidak ditemukan/],
      ];
      for (const [url, status, message] of cases) {
        const res = await get(url);
        assert.equal(res.status, status, url);
        assert.match(res.type, /text\/html/, url);
        assert.match(res.body, message, url);
        assert.doesNotMatch(res.body, /at .*\.ts:\d+/, `${url} leaks no stack trace`);
      }
      const notFound = await get("/tidak-ada");
      assert.ok(storyHrefs(notFound.doc).length > 0, "the 404 page offers the latest stories");
    });

    it("counts a person's beacon once, and ignores bots, prefetches and bad ids", async () => {
      const id = Number((await get(FEATURE)).body.match(/\/api\/views\?a=(\d+)/)?.[1]);
      assert.ok(id > 0, "the article page carries its beacon");
      const beacon = (headers: Record<string, string>, a: string | number = id) =>
        site.http.inject({ method: "POST", url: `/api/views?a=${a}`, headers });
      const start = site.warta.counter.pendingCount;
      assert.equal((await beacon({ "user-agent": BROWSER_UA })).statusCode, 204);
      assert.equal(
        (await beacon({ "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" })).statusCode,
        204,
      );
      assert.equal((await beacon({ "user-agent": BROWSER_UA, "sec-purpose": "prefetch" })).statusCode, 204);
      assert.equal((await beacon({})).statusCode, 204);
      assert.equal(site.warta.counter.pendingCount, start + 1);
      const bad = await beacon({ "user-agent": BROWSER_UA }, "abc");
      assert.equal(bad.statusCode, 400);
      assert.match(String(bad.headers["content-type"]), /application\/json/);
      assert.ok(JSON.parse(bad.body).message);

      const before = await site.warta.repos.views.totalFor(id);
      await site.warta.counter.flush();
      assert.equal(await site.warta.repos.views.totalFor(id), before + 1);
    });

    it("answers a beacon over HTTP as the route does, whether or not it is taken before routing", async () => {
      const id = Number((await get(FEATURE)).body.match(/\/api\/views\?a=(\d+)/)?.[1]);
      const base = await site.http.listen({ port: 0, host: "127.0.0.1" });
      // Headers of the moment or the connection, not of the answer.
      const perConnection = ["date", "connection", "keep-alive"];
      const overHttp = async (url: string, headers: Record<string, string>, body?: string) => {
        const res = await fetch(`${base}${url}`, { method: "POST", headers, ...(body ? { body } : {}) });
        await res.arrayBuffer();
        const answered: Record<string, string> = {};
        res.headers.forEach((value, name) => {
          if (!perConnection.includes(name)) answered[name] = value;
        });
        return { status: res.status, headers: answered };
      };
      const routed = await site.http.inject({
        method: "POST",
        url: `/api/views?a=${id}`,
        headers: { "user-agent": BROWSER_UA },
      });
      const routedHeaders = Object.fromEntries(
        Object.entries(routed.headers).filter(([name]) => !perConnection.includes(name)),
      );
      const start = site.warta.counter.pendingCount;
      // As the page's script sends it (no body): answered before routing.
      const plain = await overHttp(`/api/views?a=${id}`, { "user-agent": BROWSER_UA });
      assert.deepEqual(plain, { status: 204, headers: routedHeaders });
      assert.equal(site.warta.counter.pendingCount, start + 1);
      const notCounted: Record<string, string>[] = [
        { "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" },
        { "user-agent": BROWSER_UA, "sec-purpose": "prefetch;prerender" },
        {},
      ];
      for (const headers of notCounted) {
        assert.equal((await overHttp(`/api/views?a=${id}`, headers)).status, 204);
      }
      assert.equal(
        site.warta.counter.pendingCount,
        start + 1,
        "bots, prerenders and no user agent are not counted",
      );
      // With a body or another parameter: through the route, the same answer.
      assert.deepEqual(await overHttp(`/api/views?a=${id}`, { "user-agent": BROWSER_UA }, "x"), plain);
      assert.deepEqual(await overHttp(`/api/views?a=${id}&utm=x`, { "user-agent": BROWSER_UA }), plain);
      assert.equal(site.warta.counter.pendingCount, start + 3);
      for (const bad of ["0", "2147483648", "12abc"]) {
        assert.equal((await overHttp(`/api/views?a=${bad}`, { "user-agent": BROWSER_UA })).status, 400, bad);
      }
      assert.equal(site.warta.counter.pendingCount, start + 3);
    });
  });
}
