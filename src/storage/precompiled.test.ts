import assert from "node:assert/strict";
import { test } from "node:test";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { precompiled } from "./precompiled.ts";
import type { Database } from "./schema.ts";

async function sectionsDb(): Promise<Kysely<Database>> {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(":memory:") }) });
  await sql`create table sections (id integer primary key, slug text, name text, parent_id integer, position integer)`.execute(
    db,
  );
  await sql`insert into sections (id, slug, name, position) values (1, 'nasional', 'Nasional', 1), (2, 'dunia', 'Dunia', 2), (3, 'olahraga', 'Olahraga', 3)`.execute(
    db,
  );
  return db;
}

test("a precompiled query runs with each call's values and keeps the constants it was built with", async () => {
  const db = await sectionsDb();
  const named = precompiled(db, ["from", "limit"], (p: { from: number; limit: number }) =>
    db
      .selectFrom("sections")
      .select(["slug"])
      .where("id", ">=", p.from)
      .where("name", "!=", "Dunia")
      .orderBy("id")
      .limit(p.limit),
  );
  assert.deepEqual(await named({ from: 1, limit: 5 }), [{ slug: "nasional" }, { slug: "olahraga" }]);
  assert.deepEqual(await named({ from: 2, limit: 5 }), [{ slug: "olahraga" }]);
  assert.deepEqual(await named({ from: 1, limit: 1 }), [{ slug: "nasional" }]);
  const inList = precompiled(db, ["id"], (p: { id: number }) =>
    db.selectFrom("sections").select(["name"]).where("id", "in", [p.id]),
  );
  assert.deepEqual(await inList({ id: 3 }), [{ name: "Olahraga" }]);
  await db.destroy();
});

test("a placeholder the query does not bind is refused at the first call", async () => {
  const db = await sectionsDb();
  const forgetful = precompiled(db, ["slug", "id"], (p: { slug: string; id: number }) =>
    db.selectFrom("sections").select(["id"]).where("slug", "=", p.slug),
  );
  await assert.rejects(forgetful({ slug: "dunia", id: 2 }), /does not bind id/);
  await db.destroy();
});
