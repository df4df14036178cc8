import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { openDatabase } from "./database.ts";
import { precompiled, precompiledBatch } from "./precompiled.ts";
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

test("a batch statement runs every row, in chunks of any size, in a transaction or not", async () => {
  const db = await sectionsDb();
  const insert = precompiledBatch(
    ["id", "slug"],
    (rows: { id: number; slug: string }[]) =>
      db
        .insertInto("sections")
        .values(rows.map((r) => ({ id: r.id, slug: r.slug, name: "Daerah", position: 9 }))),
    8,
  );
  const exists = precompiledBatch(
    ["id"],
    (rows: { id: number }[]) =>
      db
        .selectFrom("sections")
        .select("id")
        .where(
          "id",
          "in",
          rows.map((r) => r.id),
        ),
    8,
  );
  const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  // 37 rows with chunks of at most 8: 8 + 8 + 8 + 8 + 4 + 1.
  await insert(
    db,
    ids(10, 37).map((id) => ({ id, slug: `daerah-${id}` })),
  );
  await db.transaction().execute((trx) => insert(trx, [{ id: 100, slug: "daerah-100" }]));
  await insert(db, []);
  const slugs = await db
    .selectFrom("sections")
    .select(["id", "slug"])
    .where("id", ">=", 10)
    .orderBy("id")
    .execute();
  assert.deepEqual(
    slugs,
    [...ids(10, 37), 100].map((id) => ({ id, slug: `daerah-${id}` })),
  );
  const asked = [3, 2, 999, ...ids(20, 12), 1000];
  const found = await exists(
    db,
    asked.map((id) => ({ id })),
  );
  assert.deepEqual(
    found.map((r) => r.id).sort((a, b) => a - b),
    [2, 3, ...ids(20, 12)],
  );
  await db.destroy();
});

test("a batch statement that leaves a row's value unbound is refused", async () => {
  const db = await sectionsDb();
  const careless = precompiledBatch(["id", "slug"], (rows: { id: number; slug: string }[]) =>
    db
      .insertInto("sections")
      .values(rows.map((r) => ({ id: r.id, slug: "tetap", name: "Daerah", position: 9 }))),
  );
  await assert.rejects(careless(db, [{ id: 50, slug: "lima-puluh" }]), /binds 1 of its 2 values/);
  await db.destroy();
});

/** A transaction that inserts a section, then stays open until `end` commits or rolls it back. */
function openTransaction(db: Kysely<Database>, id: number, slug: string) {
  let wrote = () => {};
  const written = new Promise<void>((resolve) => (wrote = resolve));
  let end: (how: { rollBack: boolean }) => void = () => {};
  const ending = new Promise<{ rollBack: boolean }>((resolve) => (end = resolve));
  const done = db.transaction().execute(async (trx) => {
    await trx.insertInto("sections").values({ id, slug, name: slug, position: id }).execute();
    wrote();
    if ((await ending).rollBack) throw new Error("editor cancelled");
  });
  return { written, end, done };
}

test("on SQLite a read never sees a transaction's uncommitted rows: it waits for the transaction", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "warta-precompiled-"));
  const { kysely: db, close } = await openDatabase({ dataDir, databaseUrl: null });
  try {
    await sql`create table sections (id integer primary key, slug text, name text, parent_id integer, position integer)`.execute(
      db,
    );
    await db
      .insertInto("sections")
      .values({ id: 1, slug: "nasional", name: "Nasional", position: 1 })
      .execute();
    const slugOf = precompiled(db, ["id"], (p: { id: number }) =>
      db.selectFrom("sections").select(["slug"]).where("id", "=", p.id),
    );
    // Outside a transaction: committed rows, straight away.
    assert.deepEqual(await slugOf({ id: 1 }), [{ slug: "nasional" }]);

    const cancelled = openTransaction(db, 9, "sementara");
    await cancelled.written;
    const duringCancelled = slugOf({ id: 9 });
    cancelled.end({ rollBack: true });
    await assert.rejects(cancelled.done, /editor cancelled/);
    assert.deepEqual(await duringCancelled, [], "never the rolled-back row");

    const kept = openTransaction(db, 10, "tetap");
    await kept.written;
    const duringKept = slugOf({ id: 10 });
    kept.end({ rollBack: false });
    await kept.done;
    assert.deepEqual(await duringKept, [{ slug: "tetap" }], "what the transaction committed");
  } finally {
    await close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
