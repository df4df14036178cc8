import { type Kysely, sql } from "kysely";
import type { Database } from "../../storage/schema.ts";

export interface HourlyViews {
  articleId: number;
  /** Start of the hour, epoch ms. */
  hour: number;
  count: number;
}

export function createViewsRepository(db: Kysely<Database>) {
  return {
    /**
     * Adds counts to hourly buckets in one transaction. Counts are added, never overwritten, so
     * several processes can flush into the same bucket. Views of unknown articles are dropped.
     * Returns how many views were stored.
     */
    async addViews(batch: HourlyViews[]): Promise<number> {
      if (batch.length === 0) return 0;
      const inTransaction = (work: (trx: Kysely<Database>) => Promise<number>) =>
        db.isTransaction ? work(db) : db.transaction().execute(work);
      return inTransaction(async (trx) => {
        const ids = [...new Set(batch.map((b) => b.articleId))];
        const known = new Set(
          (await trx.selectFrom("articles").select("id").where("id", "in", ids).execute()).map((r) => r.id),
        );
        const rows = batch.filter((b) => known.has(b.articleId) && b.count > 0);
        if (rows.length === 0) return 0;
        await trx
          .insertInto("views_hourly")
          .values(rows.map((r) => ({ article_id: r.articleId, hour: r.hour, count: r.count })))
          .onConflict((oc) =>
            oc
              .columns(["article_id", "hour"])
              .doUpdateSet({ count: sql`views_hourly.count + excluded.count` }),
          )
          .execute();
        return rows.reduce((sum, r) => sum + r.count, 0);
      });
    },

    /** Article ids ranked by views in buckets overlapping [from, to], most viewed first. */
    async topInWindow(from: number, to: number, limit: number, now: number) {
      const total = sql<number>`sum(v.count)`;
      const rows = await db
        .selectFrom("views_hourly as v")
        .innerJoin("articles as a", "a.id", "v.article_id")
        .select(["v.article_id", total.as("views"), "a.published_at"])
        .where("v.hour", ">", from - HOUR_MS)
        .where("v.hour", "<=", to)
        .where("a.status", "=", "published")
        .where("a.published_at", "<=", now)
        .groupBy(["v.article_id", "a.published_at"])
        .orderBy(total, "desc")
        .orderBy("a.published_at", "desc")
        .limit(limit)
        .execute();
      return rows.map((r) => ({ articleId: r.article_id, views: Number(r.views) }));
    },

    async totalFor(articleId: number): Promise<number> {
      const row = await db
        .selectFrom("views_hourly")
        .select(sql<number>`coalesce(sum(count), 0)`.as("n"))
        .where("article_id", "=", articleId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Every non-empty bucket of one article, oldest first (for export). */
    async bucketsFor(articleId: number): Promise<HourlyViews[]> {
      const rows = await db
        .selectFrom("views_hourly")
        .select(["article_id", "hour", "count"])
        .where("article_id", "=", articleId)
        .where("count", ">", 0)
        .orderBy("hour")
        .execute();
      return rows.map((r) => ({ articleId: r.article_id, hour: Number(r.hour), count: Number(r.count) }));
    },
  };
}

export const HOUR_MS = 3_600_000;

export function hourBucket(at: number): number {
  return at - (at % HOUR_MS);
}

export type ViewsRepository = ReturnType<typeof createViewsRepository>;
