import { setImmediate as nextTurn } from "node:timers/promises";
import { type Kysely, sql } from "kysely";
import { precompiledBatch } from "../../storage/precompiled.ts";
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

/** How many found articles a views repository remembers (~0.7 MB of heap); when full it starts again empty. */
const FOUND_BEFORE_MAX = 20_000;

/**
 * Articles looked up per turn of the event loop. A worker's first flush on a large archive looks
 * up thousands of articles spread over the whole file (~200 ms for 10,000 on a million); in
 * slices, requests are answered in between instead of waiting for all of them. The size of
 * precompiledBatch's largest chunk, so a slice is one statement.
 */
const LOOKUP_SLICE = 1024;

export function createViewsRepository(db: Kysely<Database>) {
  const window = createViewsWindowRepository(db);
  /** Which of the given articles exist. */
  const existingArticles = precompiledBatch(["id"], (rows: { id: number }[]) =>
    db
      .selectFrom("articles")
      .select("id")
      .where(
        "id",
        "in",
        rows.map((r) => r.id),
      ),
  );

  /** Adds counts to hourly buckets, creating those not there yet. */
  const addToBuckets = precompiledBatch(
    ["article_id", "hour", "count"],
    (rows: { article_id: number; hour: number; count: number }[]) =>
      db
        .insertInto("views_hourly")
        .values(rows)
        .onConflict((oc) =>
          oc.columns(["article_id", "hour"]).doUpdateSet({ count: sql`views_hourly.count + excluded.count` }),
        ),
  );

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

  /** Articles an earlier flush found, not looked up again (forgotten all at once when full). */
  const foundBefore = new Set<number>();
  const NONE: ReadonlySet<number> = new Set();

  /** Which of `ids` exist, a slice per turn of the event loop (inside a caller's transaction, at once). */
  async function existing(ids: readonly number[]): Promise<Set<number>> {
    const found = new Set<number>();
    for (let at = 0; at < ids.length; at += LOOKUP_SLICE) {
      if (at > 0 && !db.isTransaction) await nextTurn();
      const slice = ids.slice(at, at + LOOKUP_SLICE).map((id) => ({ id }));
      for (const row of await existingArticles(db, slice)) found.add(row.id);
    }
    return found;
  }

  /** Writes the views of articles in `trusted` or found now; returns those found now and the views stored. */
  async function writeViews(batch: HourlyViews[], trusted: ReadonlySet<number>) {
    const toLookUp = [...new Set(batch.map((b) => b.articleId))].filter((id) => !trusted.has(id));
    const found = await existing(toLookUp);
    const rows = batch
      .filter((b) => b.count > 0 && (trusted.has(b.articleId) || found.has(b.articleId)))
      .sort((a, b) => a.articleId - b.articleId || a.hour - b.hour);
    if (rows.length > 0) {
      const write = async (trx: Kysely<Database>) => {
        const range = await window.lockRange(trx);
        await addToBuckets(
          trx,
          rows.map((r) => ({ article_id: r.articleId, hour: r.hour, count: r.count })),
        );
        if (range) await window.addToSums(trx, range, rows);
      };
      if (db.isTransaction) await write(db);
      else await db.transaction().execute(write);
    }
    return { found, stored: rows.reduce((sum, r) => sum + r.count, 0) };
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
     * Articles found once are not looked up again on later flushes (a million-article archive
     * spreads them over the whole file: a third of a flush went to finding the same articles
     * each second). One deleted since fails the batch; it is then written again with every
     * article looked up, so the views of the deleted one are dropped and the rest stored.
     */
    async addViews(batch: HourlyViews[]): Promise<number> {
      // Inside a caller's transaction a failed statement may end the transaction (PostgreSQL):
      // no second try there, so nothing is taken on trust either.
      if (db.isTransaction) return (await writeViews(batch, NONE)).stored;
      let written: Awaited<ReturnType<typeof writeViews>>;
      try {
        written = await writeViews(batch, foundBefore);
      } catch (err) {
        if (!batch.some((b) => foundBefore.has(b.articleId))) throw err;
        foundBefore.clear();
        written = await writeViews(batch, NONE);
      }
      if (foundBefore.size + written.found.size > FOUND_BEFORE_MAX) foundBefore.clear();
      for (const id of written.found) foundBefore.add(id);
      return written.stored;
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

export type ViewsRepository = ReturnType<typeof createViewsRepository>;
