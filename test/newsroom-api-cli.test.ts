import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { createWarta } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { buildHttpServer } from "../src/http/server.ts";

const BIN = new URL("../bin/warta.js", import.meta.url).pathname;

describe("newsroom accounts from the command line", () => {
  let dir: string;
  const env = () => ({
    ...process.env,
    WARTA_DATA_DIR: join(dir, "data"),
    DATABASE_URL: "",
    PORT: "0",
    HOST: "127.0.0.1",
  });

  /** Whether the password signs this email in, through the real admin API. */
  async function canSignIn(email: string, password: string): Promise<number> {
    const warta = await createWarta(loadConfig({ WARTA_DATA_DIR: join(dir, "data") }));
    const http = await buildHttpServer(warta);
    try {
      const res = await http.inject({
        method: "POST",
        url: "/api/admin/session",
        payload: { email, password },
      });
      return res.statusCode;
    } finally {
      await http.close();
      await warta.close();
    }
  }

  /** Starts `warta serve`, returns what it printed up to "listening", then stops it. */
  function serveOnce(): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, "serve"], {
        env: env(),
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`serve did not start:\n${out}`));
      }, 60_000);
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("is listening on")) {
          clearTimeout(timer);
          child.once("exit", () => resolve(out));
          child.kill("SIGTERM");
        }
      });
      child.stderr.on("data", (chunk: Buffer) => {
        out += chunk.toString();
      });
    });
  }

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "warta-users-"));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("creates the first admin with a random password on the first start only", async () => {
    const first = await serveOnce();
    const match = /First admin created: (\S+)\nPassword \(shown once[^)]*\): (\S+)/.exec(first);
    assert.ok(match, first);
    const [, email, password] = match as unknown as [string, string, string];
    assert.equal(email, "admin@localhost");
    assert.ok(password.length >= 16);
    const second = await serveOnce();
    assert.doesNotMatch(second, /Password/, "never printed again");
    assert.equal(await canSignIn(email, password), 200);
  });

  it("adds users with a generated password and refuses bad roles", async () => {
    const res = spawnSync(
      process.execPath,
      [BIN, "user", "add", "--email", "Sari@Redaksi.test", "--role", "reporter"],
      {
        encoding: "utf8",
        env: env(),
      },
    );
    assert.equal(res.status, 0, res.stderr);
    const password = /Password \(shown once\): (\S+)/.exec(res.stdout)?.[1];
    assert.ok(password);
    assert.equal(await canSignIn("sari@redaksi.test", password), 200);
    const bad = spawnSync(
      process.execPath,
      [BIN, "user", "add", "--email", "x@redaksi.test", "--role", "boss"],
      {
        encoding: "utf8",
        env: env(),
      },
    );
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /role: Peran harus admin, editor atau reporter/);
  });
});
