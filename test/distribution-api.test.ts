import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { createWarta } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { generateApiKey } from "../src/domain/api-keys/api-key.ts";
import { importFile } from "../src/domain/portability/import.service.ts";
import { buildHttpServer } from "../src/http/server.ts";
import { fixtureRecords } from "./support/fixture.ts";
import { FIXTURE_FILE, FIXTURE_NOW, startTestSite, type TestSite, testDialects } from "./support/harness.ts";

const BASE = "https://warta.example";
const FEATURE = "jembatan-gantung-baru-satukan-dua-desa-di-lembah-sungai-kelam";

interface ApiArticle {
  slug: string;
  url: string;
  section: { slug: string };
  tags: { slug: string }[];
  authors: { slug: string }[];
  publishedAt: string;
  body?: string;
  image: { crops: { ratio: string; width: number }[] } | null;
}

for (const dialect of testDialects()) {
  describe(`content API (${dialect})`, () => {
    let t: TestSite;
    const fixture = fixtureRecords();
    const publicSlugs = fixture.publicArticles.map((a) => a.slug).sort();
    before(async () => {
      t = await startTestSite(dialect, {
        WARTA_NOW: FIXTURE_NOW,
        WARTA_PUBLIC_URL: BASE,
        WARTA_API_CORS_ORIGINS: "https://app.example",
      });
      await importFile(t.warta.importDeps, FIXTURE_FILE);
    });
    after(() => t.close());
    const get = async (url: string, headers: Record<string, string> = {}) => {
      const res = await t.http.inject({ method: "GET", url, headers });
      return { res, json: res.body ? (JSON.parse(res.body) as Record<string, unknown>) : {} };
    };

    it("pages through every public article by cursor, newest first, nothing hidden", async () => {
      const seen: string[] = [];
      let url: string | null = "/api/v1/articles?limit=4";
      while (url) {
        const { res, json } = await get(url);
        assert.equal(res.statusCode, 200);
        assert.equal(res.headers["content-type"], "application/json; charset=utf-8");
        const articles = json.articles as ApiArticle[];
        assert.ok(articles.length <= 4);
        seen.push(...articles.map((a) => a.slug));
        url = json.nextCursor ? `/api/v1/articles?limit=4&cursor=${json.nextCursor}` : null;
      }
      assert.deepEqual([...seen].sort(), publicSlugs);
      assert.equal(new Set(seen).size, seen.length);
    });

    it("filters by section (with subsections), tag, author and date range", async () => {
      const slugs = async (q: string) =>
        ((await get(`/api/v1/articles?limit=100&${q}`)).json.articles as ApiArticle[]).map((a) => a.slug);
      assert.deepEqual(
        (await slugs("section=kabar")).sort(),
        publicSlugs,
        "the root section lists its subsections' articles",
      );
      const daerah = await slugs("section=daerah");
      assert.ok(daerah.includes(FEATURE));
      assert.ok(daerah.every((s) => fixture.publicArticles.find((a) => a.slug === s)?.section === "daerah"));
      assert.deepEqual(await slugs("tag=desa"), [FEATURE]);
      assert.ok((await slugs("author=ayu-puspita")).includes(FEATURE));
      assert.deepEqual(await slugs("from=2024-03-08&to=2024-03-08"), [FEATURE]);
      assert.deepEqual(await slugs("from=2024-03-08T09:05:00%2B07:00&to=2024-03-08T09:06:00%2B07:00"), [
        FEATURE,
      ]);
    });

    it("sends bodies only when asked, and every article's canonical URL", async () => {
      const plain = (await get("/api/v1/articles?tag=desa")).json.articles as ApiArticle[];
      assert.equal(plain[0]?.body, undefined);
      assert.equal(plain[0]?.url, `${BASE}/baca/${FEATURE}`);
      const full = (await get("/api/v1/articles?tag=desa&body=true")).json.articles as ApiArticle[];
      assert.match(full[0]?.body ?? "", /Lembah Atas &amp; Lembah Bawah/);
      const one = (await get(`/api/v1/articles/${FEATURE}`)).json.article as ApiArticle;
      assert.equal(one.url, `${BASE}/baca/${FEATURE}`);
      assert.equal(one.publishedAt, "2024-03-08T09:05:00+07:00");
      assert.deepEqual(
        one.tags.map((x) => x.slug),
        ["desa", "infrastruktur"],
      );
      assert.deepEqual(
        one.image?.crops.map((c) => c.ratio),
        ["16:9", "4:3", "1:1"],
      );
      assert.ok(one.body);
      const hidden = fixture.hiddenArticles[0];
      assert.ok(hidden);
      assert.equal((await get(`/api/v1/articles/${hidden.slug}`)).res.statusCode, 404);
    });

    it("lists sections, authors, tags and the most-read list with its window", async () => {
      const sections = (await get("/api/v1/sections")).json.sections as {
        slug: string;
        parent: string | null;
      }[];
      assert.deepEqual(sections[0], {
        slug: "kabar",
        name: "Kabar",
        url: `${BASE}/kanal/kabar`,
        parent: null,
      });
      assert.ok(sections.some((s) => s.slug === "dunia" && s.parent === "kabar"));
      const authors = (await get("/api/v1/authors")).json.authors as { slug: string }[];
      assert.ok(authors.some((a) => a.slug === "ayu-puspita"));
      const page1 = await get("/api/v1/tags?limit=1");
      assert.deepEqual(
        (page1.json.tags as { slug: string }[]).map((x) => x.slug),
        ["desa"],
      );
      const page2 = await get(`/api/v1/tags?limit=1&cursor=${page1.json.nextCursor}`);
      assert.deepEqual(
        (page2.json.tags as { slug: string }[]).map((x) => x.slug),
        ["infrastruktur"],
      );
      const popular = (await get("/api/v1/most-read?limit=3")).json;
      assert.deepEqual(popular.window, {
        days: 7,
        from: "2025-01-31T16:00:00+07:00",
        to: "2025-02-07T16:00:00+07:00",
      });
      const top = popular.articles as (ApiArticle & { views: number })[];
      assert.ok(top.length > 0 && top.length <= 3);
      for (let i = 1; i < top.length; i++) assert.ok((top[i - 1]?.views ?? 0) >= (top[i]?.views ?? 0));
    });

    it("answers with 304 when the client's ETag is current", async () => {
      const first = await get("/api/v1/sections");
      const etag = String(first.res.headers.etag);
      assert.equal((await get("/api/v1/sections", { "if-none-match": etag })).res.statusCode, 304);
    });

    it("names the bad parameter in a 400", async () => {
      for (const [query, parameter] of [
        ["limit=abc", "limit"],
        ["limit=1000", "limit"],
        ["section=tidak-ada", "section"],
        ["tag=Bad Slug", "tag"],
        ["from=2025-13-01", "from"],
        ["from=2025-02-01&to=2025-01-01", "to"],
        ["cursor=%21%21", "cursor"],
      ]) {
        const { res, json } = await get(`/api/v1/articles?${query}`);
        assert.equal(res.statusCode, 400, query);
        assert.equal(json.parameter, parameter, query);
      }
    });

    it("allows the configured origin and no other", async () => {
      const ok = await get("/api/v1/sections", { origin: "https://app.example" });
      assert.equal(ok.res.headers["access-control-allow-origin"], "https://app.example");
      const other = await get("/api/v1/sections", { origin: "https://evil.example" });
      assert.equal(other.res.headers["access-control-allow-origin"], undefined);
      const preflight = await t.http.inject({
        method: "OPTIONS",
        url: "/api/v1/articles",
        headers: { origin: "https://app.example", "access-control-request-method": "GET" },
      });
      assert.equal(preflight.statusCode, 204);
      assert.match(String(preflight.headers["access-control-allow-headers"]), /x-api-key/);
    });

    it("serves its OpenAPI description", async () => {
      const { res, json } = await get("/api/v1/openapi.json");
      assert.equal(res.statusCode, 200);
      assert.match(String(json.openapi), /^3\./);
      const paths = Object.keys(json.paths as object);
      for (const p of [
        "/api/v1/articles",
        "/api/v1/articles/{slug}",
        "/api/v1/sections",
        "/api/v1/most-read",
      ]) {
        assert.ok(paths.includes(p), p);
      }
    });
  });

  describe(`content API keys (${dialect})`, () => {
    let t: TestSite;
    let key: string;
    let limitedKey: string;
    before(async () => {
      t = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW, WARTA_API_KEYS: "required" });
      const now = Date.parse(FIXTURE_NOW);
      const a = generateApiKey();
      await t.warta.repos.apiKeys.create({
        name: "App",
        hash: a.hash,
        prefix: a.prefix,
        ratePerMinute: null,
        now,
      });
      key = a.key;
      const b = generateApiKey();
      await t.warta.repos.apiKeys.create({
        name: "Kecil",
        hash: b.hash,
        prefix: b.prefix,
        ratePerMinute: 3,
        now,
      });
      limitedKey = b.key;
    });
    after(() => t.close());
    const status = async (headers: Record<string, string>) =>
      (await t.http.inject({ method: "GET", url: "/api/v1/sections", headers })).statusCode;

    it("refuses requests without a valid key when keys are required", async () => {
      assert.equal(await status({}), 401);
      assert.equal(await status({ "x-api-key": "wk_salah" }), 401);
      assert.equal(await status({ "x-api-key": key }), 200);
      assert.equal(await status({ authorization: `Bearer ${key}` }), 200);
    });

    it("limits each key to its rate, and tells the client when to retry", async () => {
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push(await status({ "x-api-key": limitedKey }));
      assert.deepEqual(codes, [200, 200, 200, 429]);
      const res = await t.http.inject({
        method: "GET",
        url: "/api/v1/sections",
        headers: { "x-api-key": limitedKey },
      });
      assert.ok(Number(res.headers["retry-after"]) >= 1);
      assert.equal(await status({ "x-api-key": key }), 200, "another key has its own bucket");
    });

    it("applies keys, rate limits and ETags to the search API like the rest of the content API", async () => {
      const search = (headers: Record<string, string>) =>
        t.http.inject({ method: "GET", url: "/api/v1/search?q=banjir", headers });
      assert.equal((await search({})).statusCode, 401);
      const ok = await search({ "x-api-key": key });
      assert.equal(ok.statusCode, 200);
      assert.ok(ok.headers["x-ratelimit-limit"]);
      const etag = String(ok.headers.etag);
      assert.match(etag, /^"/);
      assert.equal((await search({ "x-api-key": key, "if-none-match": etag })).statusCode, 304);
      const bad = await t.http.inject({
        method: "GET",
        url: `/api/v1/search?q=${"a".repeat(4001)}`,
        headers: { "x-api-key": key },
      });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().parameter, "q");
    });

    it("stops a revoked key", async () => {
      const [record] = await t.warta.repos.apiKeys.list();
      assert.ok(record);
      await t.warta.repos.apiKeys.revoke(record.id, Date.parse(FIXTURE_NOW));
      assert.equal(await status({ "x-api-key": key }), 401);
    });
  });
}

describe("warta key add", () => {
  it("prints a working key once and stores only its hash", async () => {
    const dir = await mkdtemp(join(tmpdir(), "warta-key-"));
    try {
      const env = { ...process.env, WARTA_DATA_DIR: dir, DATABASE_URL: "" };
      const bin = new URL("../bin/warta.js", import.meta.url).pathname;
      const res = spawnSync(process.execPath, [bin, "key", "add", "--name", "Aplikasi"], {
        encoding: "utf8",
        env,
      });
      assert.equal(res.status, 0, res.stderr);
      const key = /wk_[A-Za-z0-9_-]{32}/.exec(res.stdout)?.[0];
      assert.ok(key, res.stdout);
      const listed = spawnSync(process.execPath, [bin, "key", "list"], { encoding: "utf8", env });
      assert.ok(!listed.stdout.includes(key), "the list never shows the key");
      const warta = await createWarta(loadConfig({ WARTA_DATA_DIR: dir, WARTA_API_KEYS: "required" }));
      const http = await buildHttpServer(warta);
      try {
        const ok = await http.inject({
          method: "GET",
          url: "/api/v1/authors",
          headers: { "x-api-key": key },
        });
        assert.equal(ok.statusCode, 200);
      } finally {
        await http.close();
        await warta.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
