import type { Kysely } from "kysely";
import type { DialectName } from "../database.ts";

/**
 * SQLite keeps an article's columns in one row after its body, so checking visibility for each
 * search match meant paging through bodies. This narrow index answers the check on its own.
 * PostgreSQL keeps long bodies out of line (TOAST) and needs no such index.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect !== "sqlite") return;
  await db.schema
    .createIndex("articles_search_cover")
    .on("articles")
    .columns(["id", "status", "published_at", "updated_at", "section_id"])
    .execute();
}
