import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { createWarta, type Warta } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { buildHttpServer } from "../../src/http/server.ts";

export type DialectName = "sqlite" | "postgres";

/**
 * The dialects storage tests run on: SQLite always, PostgreSQL when WARTA_TEST_POSTGRES=1
 * (CI sets it). With it set, an unreachable server fails the test instead of skipping it.
 */
export function testDialects(): DialectName[] {
  return process.env.WARTA_TEST_POSTGRES === "1" ? ["sqlite", "postgres"] : ["sqlite"];
}

const ADMIN_URL = process.env.WARTA_TEST_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestSite {
  warta: Warta;
  http: FastifyInstance;
  dataDir: string;
  close(): Promise<void>;
}

/** A fresh, empty Warta on its own data dir (and its own PostgreSQL database), with an HTTP server. */
export async function startTestSite(
  dialect: DialectName,
  env: Record<string, string> = {},
): Promise<TestSite> {
  const dataDir = await mkdtemp(join(tmpdir(), "warta-test-"));
  let dropDatabase = async () => {};
  let databaseUrl = "";
  if (dialect === "postgres") {
    const name = `warta_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const config = loadConfig({ WARTA_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, ...env });
  const warta = await createWarta(config);
  const http = await buildHttpServer(warta);
  return {
    warta,
    http,
    dataDir,
    async close() {
      await http.close();
      await warta.close();
      await dropDatabase();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const FIXTURE_DIR = new URL("../fixtures/portal/", import.meta.url).pathname;
export const FIXTURE_FILE = `${FIXTURE_DIR}portal.ndjson`;
/** The clock the portal fixture is written against. */
export const FIXTURE_NOW = "2025-02-07T16:00:00+07:00";
