import { type Kysely, sql } from "kysely";
import type { DialectName } from "../database.ts";
import { idColumn } from "./column-types.ts";

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("sections")
    .addColumn("id", idColumn(dialect), (c) => c.primaryKey())
    .addColumn("slug", "varchar(120)", (c) => c.notNull().unique())
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .addColumn("parent_id", "integer", (c) => c.references("sections.id").onDelete("restrict"))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("authors")
    .addColumn("id", idColumn(dialect), (c) => c.primaryKey())
    .addColumn("slug", "varchar(120)", (c) => c.notNull().unique())
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .addColumn("bio", "text")
    .execute();

  await db.schema
    .createTable("tags")
    .addColumn("id", idColumn(dialect), (c) => c.primaryKey())
    .addColumn("slug", "varchar(120)", (c) => c.notNull().unique())
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("media")
    .addColumn("id", idColumn(dialect), (c) => c.primaryKey())
    .addColumn("hash", "varchar(64)", (c) => c.notNull().unique())
    .addColumn("original_key", "varchar(300)", (c) => c.notNull())
    .addColumn("mime", "varchar(100)", (c) => c.notNull())
    .addColumn("width", "integer", (c) => c.notNull())
    .addColumn("height", "integer", (c) => c.notNull())
    .addColumn("variants", "text", (c) => c.notNull())
    .addColumn("alt", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("caption", "text")
    .addColumn("credit", "text")
    .addColumn("file_name", "varchar(300)", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("articles")
    .addColumn("id", idColumn(dialect), (c) => c.primaryKey())
    .addColumn("slug", "varchar(200)", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("kicker", "text")
    .addColumn("excerpt", "text")
    .addColumn("body_html", "text", (c) => c.notNull())
    .addColumn("section_id", "integer", (c) => c.notNull().references("sections.id").onDelete("restrict"))
    .addColumn("lead_media_id", "integer", (c) => c.references("media.id").onDelete("set null"))
    .addColumn("lead_caption", "text")
    .addColumn("lead_credit", "text")
    .addColumn("lead_alt", "text")
    .addColumn("status", "varchar(20)", (c) => c.notNull().check(sql`status in ('draft', 'published')`))
    .addColumn("published_at", "bigint")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  // Keyset listing: everything newest first, and per section.
  await db.schema
    .createIndex("articles_status_published")
    .on("articles")
    .columns(["status", "published_at", "id"])
    .execute();
  await db.schema
    .createIndex("articles_section_published")
    .on("articles")
    .columns(["section_id", "status", "published_at", "id"])
    .execute();

  await db.schema
    .createTable("article_authors")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("author_id", "integer", (c) => c.notNull().references("authors.id").onDelete("restrict"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("article_authors_pk", ["article_id", "author_id"])
    .execute();
  await db.schema
    .createIndex("article_authors_author")
    .on("article_authors")
    .columns(["author_id"])
    .execute();

  await db.schema
    .createTable("article_tags")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("tag_id", "integer", (c) => c.notNull().references("tags.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("article_tags_pk", ["article_id", "tag_id"])
    .execute();
  await db.schema.createIndex("article_tags_tag").on("article_tags").columns(["tag_id"]).execute();

  await db.schema
    .createTable("views_hourly")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("hour", "bigint", (c) => c.notNull())
    .addColumn("count", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("views_hourly_pk", ["article_id", "hour"])
    .execute();
  await db.schema
    .createIndex("views_hourly_hour")
    .on("views_hourly")
    .columns(["hour", "article_id"])
    .execute();
}
