import type { Kysely } from "kysely";
import type { DialectName } from "../database.ts";

/**
 * Populer sums a trailing week of hourly buckets. With the count in the index, that sum is an
 * index-only range scan; the old (hour, article_id) index is a prefix of the new one.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createIndex("views_hourly_window")
    .on("views_hourly")
    .columns(["hour", "article_id", "count"])
    .execute();
  await db.schema.dropIndex("views_hourly_hour").execute();
}
