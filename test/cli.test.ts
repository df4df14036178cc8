import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { FIXTURE_FILE } from "./support/harness.ts";

const BIN = new URL("../bin/warta.js", import.meta.url).pathname;

describe("warta CLI", () => {
  let dir: string;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], {
      encoding: "utf8",
      env: { ...process.env, WARTA_DATA_DIR: join(dir, "data"), DATABASE_URL: "" },
    });
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "warta-cli-"));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("reports bad lines with their numbers and exits non-zero", async () => {
    const file = join(dir, "bad.ndjson");
    await writeFile(
      file,
      [
        '{"type":"section","slug":"berita","name":"Berita","parent":null}',
        "{oops",
        '{"type":"article","slug":"x","section":"nope","title":"X","authors":[],"publishedAt":"2026-01-01T10:00:00+07:00","body":""}',
      ].join("\n"),
    );
    const res = run("import", file);
    assert.equal(res.status, 1);
    assert.match(res.stderr, /nothing was imported/);
    assert.match(res.stderr, /bad\.ndjson:2: invalid JSON/);
    assert.match(res.stderr, /bad\.ndjson:3: unknown section "nope"/);
  });

  it("imports, then exports the same archive", () => {
    const imported = run("import", FIXTURE_FILE);
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stdout, /Imported \d+ articles/);
    const out = join(dir, "export", "arsip.ndjson");
    const exported = run("export", out);
    assert.equal(exported.status, 0, exported.stderr);
    assert.match(exported.stdout, /Exported \d+ articles/);
  });

  it("names every configuration problem at once", () => {
    const res = spawnSync(process.execPath, [BIN, "migrate"], {
      encoding: "utf8",
      env: { ...process.env, PORT: "abc", WARTA_NOW: "kemarin", WARTA_TIMEZONE: "Mars/Base" },
    });
    assert.equal(res.status, 2);
    assert.match(res.stderr, /PORT must be a whole number/);
    assert.match(res.stderr, /WARTA_NOW must be an ISO-8601/);
    assert.match(res.stderr, /WARTA_TIMEZONE is not a known IANA time zone/);
  });

  it("explains its usage", () => {
    const res = run("frobnicate");
    assert.equal(res.status, 2);
    assert.match(res.stderr, /usage:/);
  });

  /** Starts `warta serve` on a data dir and resolves once it listens, with what it printed so far. */
  const serve = async (dataDir: string, ...args: string[]) => {
    const server = spawn(process.execPath, [BIN, "serve", ...args], {
      env: { ...process.env, WARTA_DATA_DIR: dataDir, DATABASE_URL: "", PORT: "0", HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
    const printed = { out: "", err: "" };
    server.stderr.on("data", (chunk) => {
      printed.err += chunk;
    });
    const base = await new Promise<string>((resolve, reject) => {
      server.stdout.on("data", (chunk) => {
        printed.out += chunk;
        const m = /listening on (http:\/\/\S+)/.exec(printed.out);
        if (m?.[1]) resolve(m[1]);
      });
      void exited.then((code) =>
        reject(new Error(`serve exited early (${code}): ${printed.out}${printed.err}`)),
      );
    });
    return { server, exited, printed, base };
  };

  it("warns at start when the search index is empty but articles exist", async () => {
    const dataDir = join(dir, "data");
    const db = new Database(join(dataDir, "warta.db"));
    db.exec("INSERT INTO search_fts (search_fts) VALUES ('delete-all')");
    db.close();
    const { server, exited, printed } = await serve(dataDir, "--workers", "1");
    server.kill("SIGTERM");
    assert.equal(await exited, 0, printed.out + printed.err);
    assert.match(printed.err, /search index is empty[^\n]*warta reindex/);
    const rebuilt = run("reindex");
    assert.equal(rebuilt.status, 0, rebuilt.stderr);
    const again = await serve(dataDir, "--workers", "1");
    again.server.kill("SIGTERM");
    assert.equal(await again.exited, 0);
    assert.doesNotMatch(again.printed.err, /search index is empty/);
  });

  it("serves the demo from a cluster: the first worker prepares the site while the others start", async () => {
    const { server, exited, printed, base } = await serve(join(dir, "demo"), "--demo", "--workers", "2");
    const out = printed.out;
    assert.match(out, /Demo portal created/);
    assert.doesNotMatch(printed.err, /search index is empty/, "the demo content is indexed as it is written");
    assert.match(out, /First admin created/);
    for (let i = 0; i < 4; i++) {
      const home = await fetch(`${base}/`, { headers: { connection: "close" } });
      assert.equal(home.status, 200);
      assert.match(await home.text(), /href="\/baca\//, "every worker shows the prepared demo");
    }
    server.kill("SIGTERM");
    assert.equal(await exited, 0);
  });

  it("stops the cluster with a message when the site cannot be prepared", () => {
    const res = spawnSync(process.execPath, [BIN, "serve", "--workers", "2"], {
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, DATABASE_URL: "postgres://127.0.0.1:1/nothing", PORT: "0", HOST: "127.0.0.1" },
    });
    assert.equal(res.status, 1, res.stderr);
    assert.match(res.stderr, /preparing the site failed/);
  });
});
