import { type Kysely, sql } from "kysely";
import type { DialectName } from "../database.ts";
import { idColumn } from "./column-types.ts";

const STATUS_LIST = "status in ('draft', 'in_review', 'scheduled', 'published', 'unpublished')";

/**
 * The newsroom: people, sessions, tokens, the editorial workflow (revisions, events,
 * corrections), the jobs table with its lease, and the wider article status set.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === "postgres") await widenStatusPostgres(db);
  else await widenStatusSqlite(db);

  await db.schema
    .createTable("users")
    .addColumn("id", idColumn(dialect), (c) => c.primaryKey())
    .addColumn("email", "varchar(254)", (c) => c.notNull().unique())
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .addColumn("role", "varchar(20)", (c) => c.notNull().check(sql`role in ('admin', 'editor', 'reporter')`))
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("author_id", "integer", (c) => c.references("authors.id").onDelete("set null"))
    .addColumn("disabled_at", "bigint")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  await db.schema.alterTable("articles").addColumn("seo_title", "text").execute();
  await db.schema.alterTable("articles").addColumn("seo_description", "text").execute();
  await db.schema
    .alterTable("articles")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable("articles")
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema
    .alterTable("media")
    .addColumn("uploaded_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("articles_updated").on("articles").columns(["updated_at", "id"]).execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", idColumn(dialect), (c) => c.primaryKey())
    .addColumn("token_hash", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("csrf_token", "varchar(64)", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("last_seen_at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .addColumn("ip", "varchar(100)")
    .addColumn("user_agent", "varchar(300)")
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").columns(["user_id"]).execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", idColumn(dialect), (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .addColumn("prefix", "varchar(20)", (c) => c.notNull())
    .addColumn("token_hash", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("last_used_at", "bigint")
    .execute();

  await db.schema
    .createTable("login_throttle")
    .addColumn("key", "varchar(300)", (c) => c.primaryKey())
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("window_start", "bigint", (c) => c.notNull())
    .addColumn("locked_until", "bigint")
    .execute();

  await db.schema
    .createTable("article_revisions")
    .addColumn("id", idColumn(dialect), (c) => c.primaryKey())
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addUniqueConstraint("article_revisions_version", ["article_id", "version"])
    .execute();

  // No foreign key to articles: the record of who deleted an article outlives it.
  await db.schema
    .createTable("article_events")
    .addColumn("id", idColumn(dialect), (c) => c.primaryKey())
    .addColumn("article_id", "integer", (c) => c.notNull())
    .addColumn("type", "varchar(40)", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("detail", "text")
    .execute();
  await db.schema
    .createIndex("article_events_article")
    .on("article_events")
    .columns(["article_id", "at"])
    .execute();

  await db.schema
    .createTable("article_corrections")
    .addColumn("id", idColumn(dialect), (c) => c.primaryKey())
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("article_corrections_article")
    .on("article_corrections")
    .columns(["article_id"])
    .execute();

  await db.schema
    .createTable("jobs")
    .addColumn("id", idColumn(dialect), (c) => c.primaryKey())
    .addColumn("kind", "varchar(60)", (c) => c.notNull())
    .addColumn("key", "varchar(200)", (c) => c.notNull().unique())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("run_at", "bigint", (c) => c.notNull())
    .addColumn("locked_until", "bigint")
    .addColumn("locked_by", "varchar(100)")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("done_at", "bigint")
    .addColumn("last_error", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("jobs_due").on("jobs").columns(["done_at", "run_at"]).execute();

  await db.schema
    .createTable("settings")
    .addColumn("key", "varchar(100)", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
}

/** PostgreSQL names an inline column check `<table>_<column>_check`; replace it in place. */
async function widenStatusPostgres(db: Kysely<unknown>): Promise<void> {
  await sql`alter table articles drop constraint if exists articles_status_check`.execute(db);
  await sql`alter table articles add constraint articles_status_check check (${sql.raw(STATUS_LIST)})`.execute(
    db,
  );
}

/**
 * SQLite cannot alter a CHECK constraint, so the table is rebuilt the documented way: foreign
 * keys off, a copy made from the stored CREATE statement (so columns other migrations added
 * survive), rows copied with their ids, old table dropped, copy renamed, indexes and triggers
 * recreated, foreign keys checked, all in one transaction.
 */
async function widenStatusSqlite(db: Kysely<unknown>): Promise<void> {
  const objects = await sql<{ type: string; name: string; sql: string | null }>`
    select type, name, sql from sqlite_master where tbl_name = 'articles'`.execute(db);
  const table = objects.rows.find((o) => o.type === "table");
  if (!table?.sql) throw new Error("articles table not found");
  const widened = table.sql.replace(/check\s*\(\s*status in \([^)]*\)\s*\)/i, `check (${STATUS_LIST})`);
  if (widened === table.sql) throw new Error("articles status check not found");
  const create = widened.replace(/^create table\s+("?)articles\1/i, 'create table "articles_rebuilt"');
  const extras = objects.rows.filter((o) => o.type !== "table" && o.sql);

  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin`.execute(db);
    try {
      await sql.raw(create).execute(db);
      await sql`insert into articles_rebuilt select * from articles`.execute(db);
      await sql`drop table articles`.execute(db);
      await sql`alter table articles_rebuilt rename to articles`.execute(db);
      for (const o of extras) await sql.raw(o.sql as string).execute(db);
      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (broken.rows.length > 0) throw new Error("foreign keys broken by the articles rebuild");
      await sql`commit`.execute(db);
    } catch (err) {
      await sql`rollback`.execute(db);
      throw err;
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
