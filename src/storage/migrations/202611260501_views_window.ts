import { type Kysely, sql } from "kysely";
import type { DialectName } from "../database.ts";

const HOUR_MS = 3_600_000;
/** The default Populer window (WARTA_POPULAR_DAYS=7); a site with another one rebuilds at boot. */
const DEFAULT_WINDOW_MS = 7 * 86_400_000;

/**
 * Populer kept as running sums: views_window holds each article's views in the hourly buckets
 * of the hours named in views_window_state, so reading the list walks an index instead of
 * summing a week of buckets. Filled here for the default window ending at the current hour;
 * the first reader with another window or clock moves it (see views-window.repository.ts).
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("views_window")
    .addColumn("article_id", "integer", (c) => c.primaryKey().references("articles.id").onDelete("cascade"))
    .addColumn("views", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("views_window_state")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("oldest_hour", "bigint", (c) => c.notNull())
    .addColumn("newest_hour", "bigint", (c) => c.notNull())
    .execute();

  // Migrations run before any clock is configured; the real time is the best guess of "now".
  const now = Date.now();
  const newest = now - (now % HOUR_MS);
  const oldest = newest - DEFAULT_WINDOW_MS;
  await sql`insert into views_window_state (id, oldest_hour, newest_hour) values (1, ${oldest}, ${newest})`.execute(
    db,
  );
  await sql`
    insert into views_window (article_id, views)
    select article_id, sum(count) from views_hourly
    where hour >= ${oldest} and hour <= ${newest}
    group by article_id
    having sum(count) > 0`.execute(db);
  // The top of the list is the start of this index (built after the rows, which is faster).
  await db.schema
    .createIndex("views_window_top")
    .on("views_window")
    .columns(["views desc", "article_id"])
    .execute();
}
