import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { buildServerBundle } from "../scripts/server-bundle.ts";
import { PACKAGE_ROOT } from "../src/package-root.ts";
import { FIXTURE_FILE, FIXTURE_NOW } from "./support/harness.ts";

/**
 * The bundle `npm install` builds and `warta` runs in production (dist/server/warta.js): built
 * here into a folder of its own, then used, without tsx, to import the fixture and serve it.
 * Bundling can break what works from the sources (CommonJS packages, files found relative to a
 * module, lazily loaded sharp), so the paths that depend on those are requested once each.
 */
describe("the server bundle", () => {
  let dir: string;
  let bundle: string;
  let server: ChildProcess | null = null;
  let base = "";
  const env = () => ({
    PATH: process.env.PATH ?? "",
    WARTA_DATA_DIR: join(dir, "data"),
    WARTA_NOW: FIXTURE_NOW,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
  });
  /** `node -e` running the bundle's main with these arguments, with no TypeScript loader. */
  const runner = (args: string[]) => [
    "--input-type=module",
    "-e",
    `const { main } = await import(${JSON.stringify(bundle)}); process.exitCode = await main(${JSON.stringify(args)});`,
  ];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "warta-bundle-"));
    bundle = (await buildServerBundle(join(PACKAGE_ROOT, "dist", `server-test-${process.pid}`))).file;
    const imported = spawnSync(process.execPath, runner(["import", FIXTURE_FILE]), {
      encoding: "utf8",
      env: env(),
    });
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stdout, /Imported \d+ articles/);
    const child = spawn(process.execPath, runner(["serve", "--workers", "1"]), { env: env() });
    server = child;
    base = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout?.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(chunk));
      child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
  });
  after(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server?.once("exit", r));
      server.kill("SIGTERM");
      await exited;
    }
    await rm(join(PACKAGE_ROOT, "dist", `server-test-${process.pid}`), { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  });

  it("serves pages, feeds, the API and its OpenAPI document from the bundle", async () => {
    const home = await fetch(`${base}/`);
    assert.equal(home.status, 200);
    const html = await home.text();
    const article = /href="(\/baca\/[^"]+)"/.exec(html)?.[1];
    assert.ok(article, "the home page links an article");
    assert.match(html, /<style>/, "the stylesheet, read from the package, is inlined");
    assert.equal((await fetch(base + article)).status, 200);
    assert.match(await (await fetch(`${base}/rss.xml`)).text(), /<rss/);
    const search = await fetch(`${base}/api/v1/search?q=jembatan`);
    assert.equal(search.status, 200);
    assert.ok(((await search.json()) as { results: unknown[] }).results.length > 0);
    const openapi = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as { paths: object };
    assert.ok("/api/v1/articles" in openapi.paths);
  });

  it("loads sharp when an image must be drawn, and finds the newsroom app's files", async () => {
    const icon = await fetch(`${base}/favicon.ico`);
    assert.equal(icon.status, 200);
    assert.equal(icon.headers.get("content-type"), "image/png");
    const admin = await fetch(`${base}/admin`);
    assert.equal(admin.status, 200);
    const script = /src="(\/admin\/assets\/[^"]+\.js)"/.exec(await admin.text())?.[1];
    assert.ok(script, "the shell page points at the built app");
    assert.equal((await fetch(base + script)).status, 200);
  });

  it("stops on SIGTERM with exit code 0", async () => {
    const child = server;
    assert.ok(child);
    const code = await new Promise<number | null>((resolve) => {
      child.once("exit", (c) => resolve(c));
      child.kill("SIGTERM");
    });
    assert.equal(code, 0);
  });
});
