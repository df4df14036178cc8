import { type Kysely, sql } from "kysely";
import type { Database } from "../../storage/schema.ts";
import { HOUR_MS } from "./hour.ts";
import { createViewsWindowRepository } from "./views-window.repository.ts";
import { type HourRange, sameRange, windowAt } from "./views-window.ts";

export { HOUR_MS, hourBucket } from "./hour.ts";

export interface HourlyViews {
  articleId: number;
  /** Start of the hour, epoch ms. */
  hour: number;
  count: number;
}

export function createViewsRepository(db: Kysely<Database>) {
  const window = createViewsWindowRepository(db);

  /**
   * Brings the running window to `target`, unless it is there. Another process may move it at
   * the same moment (then this one's move does nothing and the window is looked at again); a
   * few tries bound the work when processes disagree about the hour.
   */
  async function bringWindowTo(target: HourRange): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const range = await window.range();
      if (range && sameRange(range, target)) return;
      if (await window.move(range, target)) return;
    }
  }

  return {
    /**
     * Adds counts to hourly buckets in one transaction. Counts are added, never overwritten, so
     * several processes can flush into the same bucket. Views of unknown articles are dropped.
     * Returns how many views were stored.
     *
     * The check for unknown articles reads before the transaction, so the transaction's first
     * statement is a write: on SQLite a deferred transaction that reads first cannot wait for
     * another process's write lock (SQLITE_BUSY_SNAPSHOT), while a first write waits its turn.
     * An article deleted in between fails the batch, which the counter keeps for the next flush.
     */
    async addViews(batch: HourlyViews[]): Promise<number> {
      const ids = [...new Set(batch.map((b) => b.articleId))];
      const known = new Set<number>();
      for (const chunk of chunks(ids, CHUNK)) {
        const rows = await db.selectFrom("articles").select("id").where("id", "in", chunk).execute();
        for (const r of rows) known.add(r.id);
      }
      const rows = batch
        .filter((b) => known.has(b.articleId) && b.count > 0)
        .sort((a, b) => a.articleId - b.articleId || a.hour - b.hour);
      if (rows.length === 0) return 0;
      const write = async (trx: Kysely<Database>) => {
        const range = await window.lockRange(trx);
        for (const chunk of chunks(rows, CHUNK)) {
          await trx
            .insertInto("views_hourly")
            .values(chunk.map((r) => ({ article_id: r.articleId, hour: r.hour, count: r.count })))
            .onConflict((oc) =>
              oc
                .columns(["article_id", "hour"])
                .doUpdateSet({ count: sql`views_hourly.count + excluded.count` }),
            )
            .execute();
        }
        if (range) await window.addToSums(trx, range, rows);
      };
      if (db.isTransaction) await write(db);
      else await db.transaction().execute(write);
      return rows.reduce((sum, r) => sum + r.count, 0);
    },

    /**
     * Populer: the `limit` most viewed articles readers can see at `now`, counting the buckets
     * overlapping [now − windowMs, now] (the same as topInWindow over that window, ties
     * included). Reads the running window's sums; when the clock has entered another hour, or
     * the window's length changed, the window is moved first (once, by whoever notices first).
     */
    async mostReadInWindow(windowMs: number, limit: number, now: number) {
      await bringWindowTo(windowAt(windowMs, now));
      return window.top(limit, now);
    },

    /** Brings the running window to `now` (at boot, so serving processes do not have to). */
    async prepareWindow(windowMs: number, now: number): Promise<void> {
      await bringWindowTo(windowAt(windowMs, now));
    },

    /** Sums the running window afresh, after buckets were written around addViews (bulk loads). */
    rebuildWindow: () => window.rebuild(),

    /**
     * Article ids ranked by views in buckets overlapping [from, to], most viewed first. Sums
     * every bucket of the window on each call: for short windows (the newsroom's "today");
     * Populer reads mostReadInWindow.
     *
     * Sums the window's buckets first (an index-only range scan of views_hourly_window), then
     * looks each summed article up by id. The CROSS JOIN keeps SQLite to that order: without
     * statistics it would otherwise walk every published article and probe its buckets (1.5 s on
     * a million articles instead of ~50 ms). PostgreSQL plans it the same either way.
     */
    async topInWindow(from: number, to: number, limit: number, now: number) {
      const summed = db
        .selectFrom("views_hourly")
        .select(["article_id", sql<number>`sum(count)`.as("views")])
        .where("hour", ">", from - HOUR_MS)
        .where("hour", "<=", to)
        .groupBy("article_id")
        .as("t");
      const rows = await db
        .selectFrom(summed)
        .crossJoin("articles as a")
        .select(["t.article_id", "t.views"])
        .whereRef("a.id", "=", "t.article_id")
        .where("a.status", "=", "published")
        .where("a.published_at", "<=", now)
        .orderBy("t.views", "desc")
        .orderBy("a.published_at", "desc")
        .orderBy("t.article_id", "desc")
        .limit(limit)
        .execute();
      return rows.map((r) => ({ articleId: r.article_id, views: Number(r.views) }));
    },

    /** Views of one article in buckets overlapping [from, to] (the same window as topInWindow). */
    async viewsInWindow(articleId: number, from: number, to: number): Promise<number> {
      const row = await db
        .selectFrom("views_hourly")
        .select(sql<number>`coalesce(sum(count), 0)`.as("n"))
        .where("article_id", "=", articleId)
        .where("hour", ">", from - HOUR_MS)
        .where("hour", "<=", to)
        .executeTakeFirstOrThrow();
      return Number(row.n);
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

/** Rows per statement: well under SQLite's 32,766 bound variables and PostgreSQL's 65,535. */
const CHUNK = 2000;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type ViewsRepository = ReturnType<typeof createViewsRepository>;
