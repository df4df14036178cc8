import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
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
});
