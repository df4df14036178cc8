import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { Migrator, sql } from "kysely";
import pg from "pg";
import { fixedClock } from "../src/clock.ts";
import { inMemoryEventBus } from "../src/domain/events/event-bus.ts";
import { importFile } from "../src/domain/portability/import.service.ts";
import { defaultBlobRoot, localBlobStore } from "../src/storage/blob-store.ts";
import { openDatabase } from "../src/storage/database.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import * as initial from "../src/storage/migrations/202611251730_initial.ts";
import * as viewsWindow from "../src/storage/migrations/202611260501_views_window.ts";
import { createRepositories, unitOfWork } from "../src/storage/repositories.ts";
import { FIXTURE_FILE, FIXTURE_NOW, testDialects } from "./support/harness.ts";

const ADMIN_URL = process.env.WARTA_TEST_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/postgres";

for (const dialect of testDialects()) {
  describe(`newsroom migration on an existing site (${dialect})`, () => {
    it("widens the article statuses and keeps every article, byline, tag and view", async () => {
      const dataDir = await mkdtemp(join(tmpdir(), "warta-migrate-"));
      const name = `warta_mig_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      let databaseUrl: string | null = null;
      if (dialect === "postgres") {
        const admin = new pg.Client({ connectionString: ADMIN_URL });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        await admin.end();
        const url = new URL(ADMIN_URL);
        url.pathname = `/${name}`;
        databaseUrl = url.toString();
      }
      const db = await openDatabase({ dataDir, databaseUrl });
      try {
        // A site as the foundation left it, with the portal fixture in it (plus Populer's running
        // window, which today's import adds views to).
        const foundation = new Migrator({
          db: db.kysely,
          provider: {
            getMigrations: async () => ({
              "202611251730_initial": { up: (k) => initial.up(k, db.dialect) },
              "202611260501_views_window": { up: (k) => viewsWindow.up(k, db.dialect) },
            }),
          },
        });
        assert.equal((await foundation.migrateToLatest()).error, undefined);
        const repos = createRepositories(db.kysely);
        await importFile(
          {
            repos,
            transaction: unitOfWork(db),
            blobs: localBlobStore(defaultBlobRoot(dataDir)),
            clock: fixedClock(new Date(FIXTURE_NOW)),
            events: inMemoryEventBus(),
          },
          FIXTURE_FILE,
        );
        const count = async (table: string) =>
          Number(
            (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db.kysely))
              .rows[0]?.n,
          );
        const tables = ["articles", "article_authors", "article_tags", "views_hourly"];
        const before = await Promise.all(tables.map(count));
        assert.ok((before[0] ?? 0) > 0 && (before[1] ?? 0) > 0 && (before[3] ?? 0) > 0);

        await migrateToLatest(db);

        assert.deepEqual(await Promise.all(tables.map(count)), before, "nothing lost");
        const first = await db.kysely
          .selectFrom("articles")
          .select(["id", "version"])
          .orderBy("id")
          .executeTakeFirstOrThrow();
        assert.equal(first.version, 1);
        await db.kysely
          .updateTable("articles")
          .set({ status: "in_review" })
          .where("id", "=", first.id)
          .execute();
        await assert.rejects(
          sql`update articles set status = 'archived' where id = ${first.id}`.execute(db.kysely),
          "the check still refuses unknown statuses",
        );
        // Bylines still hang off the (rebuilt) articles table: deleting an article removes them.
        await db.kysely.deleteFrom("articles").where("id", "=", first.id).execute();
        const orphans = await db.kysely
          .selectFrom("article_authors")
          .select("article_id")
          .where("article_id", "=", first.id)
          .execute();
        assert.equal(orphans.length, 0);
      } finally {
        await db.close();
        await rm(dataDir, { recursive: true, force: true });
        if (dialect === "postgres") {
          const c = new pg.Client({ connectionString: ADMIN_URL });
          await c.connect();
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await c.end();
        }
      }
    });
  });
}
