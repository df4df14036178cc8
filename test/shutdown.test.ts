import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { createWarta } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { FIXTURE_FILE, FIXTURE_NOW } from "./support/harness.ts";

const BIN = new URL("../bin/warta.js", import.meta.url).pathname;
const PERSON_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

describe("graceful shutdown", () => {
  let dir: string;
  const env = () => ({
    ...process.env,
    WARTA_DATA_DIR: dir,
    DATABASE_URL: "",
    WARTA_NOW: FIXTURE_NOW,
    PORT: "0",
    HOST: "127.0.0.1",
    // Longer than the test: only the shutdown flush can write these views.
    WARTA_VIEWS_FLUSH_MS: "60000",
  });
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "warta-shutdown-"));
    assert.equal(spawnSync(process.execPath, [BIN, "import", FIXTURE_FILE], { env: env() }).status, 0);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  async function storedViews(articleId: number): Promise<number> {
    const warta = await createWarta(loadConfig({ WARTA_DATA_DIR: dir }));
    try {
      return await warta.repos.views.totalFor(articleId);
    } finally {
      await warta.close();
    }
  }

  it("writes every counted view on SIGTERM", async () => {
    const server = spawn(process.execPath, [BIN, "serve"], { env: env(), stdio: ["ignore", "pipe", "pipe"] });
    const base = await new Promise<string>((resolve, reject) => {
      let out = "";
      server.stdout.on("data", (chunk) => {
        out += chunk;
        const m = /listening on (http:\/\/[^ ]+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      server.once("exit", (code) => reject(new Error(`server exited early (${code}): ${out}`)));
    });
    const slug = "jembatan-gantung-baru-satukan-dua-desa-di-lembah-sungai-kelam";
    const id = Number(
      (await (await fetch(`${base}/baca/${slug}`)).text()).match(/\/api\/views\?a=(\d+)/)?.[1],
    );
    const before = await storedViews(id);
    const sent = 37;
    for (let i = 0; i < sent; i++) {
      const res = await fetch(`${base}/api/views?a=${id}`, {
        method: "POST",
        headers: { "user-agent": PERSON_UA },
      });
      assert.equal(res.status, 204);
    }
    const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    assert.equal(await exited, 0);

    assert.equal((await storedViews(id)) - before, sent);
  });
});
