import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Fastify, { type FastifyInstance } from "fastify";
import { loadConfig } from "../../config.ts";
import { adminApp } from "./admin.routes.ts";

describe("the newsroom app's shell and assets", () => {
  const site: { http: FastifyInstance } = { http: Fastify() };
  before(async () => {
    await site.http.register(adminApp, { site: loadConfig({}).site });
  });
  after(async () => {
    await site.http.close();
  });

  it("serves one uncached, unindexed shell for every /admin URL, loading only its own hashed bundle", async () => {
    for (const url of ["/admin", "/admin/artikel/12", "/admin/media?q=banjir"]) {
      const res = await site.http.inject({ url });
      assert.equal(res.statusCode, 200, url);
      assert.match(res.headers["content-type"] as string, /^text\/html/);
      assert.equal(res.headers["cache-control"], "no-store");
      assert.match(res.headers["x-robots-tag"] as string, /noindex/);
      assert.match(res.headers["content-security-policy"] as string, /script-src 'self'(;|$)/);
      assert.match(res.body, /<html lang="id">/);
      assert.match(res.body, /<script type="module" src="\/admin\/assets\/admin-[A-Z0-9]+\.js"><\/script>/);
      assert.doesNotMatch(res.body, /<script>/, "no inline script");
    }
  });

  it("serves the bundle and its styles for a year, compressed when the browser can take it", async () => {
    const shell = (await site.http.inject({ url: "/admin" })).body;
    const assets = [...shell.matchAll(/\/admin\/assets\/[^"]+/g)].map((m) => m[0]);
    assert.ok(assets.some((a) => a.endsWith(".js")) && assets.some((a) => a.endsWith(".css")));
    for (const url of assets) {
      const plain = await site.http.inject({ url });
      assert.equal(plain.statusCode, 200, url);
      assert.match(
        plain.headers["cache-control"] as string,
        /max-age=31536000.*immutable|immutable.*max-age=31536000/,
      );
      const br = await site.http.inject({ url, headers: { "accept-encoding": "br, gzip" } });
      assert.equal(br.headers["content-encoding"], "br");
      assert.ok(br.rawPayload.length < plain.rawPayload.length);
    }
  });

  it("answers an unknown asset with 404, not the shell", async () => {
    const res = await site.http.inject({ url: "/admin/assets/admin-NOPE.js" });
    assert.equal(res.statusCode, 404);
  });
});
