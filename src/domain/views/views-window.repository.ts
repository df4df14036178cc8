import { type Kysely, sql } from "kysely";
import { precompiledBatch } from "../../storage/precompiled.ts";
import type { Database } from "../../storage/schema.ts";
import type { HourlyViews } from "./views.repository.ts";
import { type HourRange, inRange, planWindowMove } from "./views-window.ts";

const STATE_ID = 1;

/**
 * The SQL of the running window (views_window: an article's views in the hours of
 * views_window_state). Every writer takes the state row first, with a write: on PostgreSQL
 * that row lock orders a flush against a move of the window (a move then sums buckets the
 * flush committed, and a flush after it adds to the moved window); on SQLite a write as first
 * statement waits for the write lock instead of failing with SQLITE_BUSY_SNAPSHOT.
 */
export function createViewsWindowRepository(db: Kysely<Database>) {
  /** Adds views to articles' sums, creating those not there yet. */
  const addToWindow = precompiledBatch(
    ["article_id", "views"],
    (rows: { article_id: number; views: number }[]) =>
      db
        .insertInto("views_window")
        .values(rows)
        .onConflict((oc) =>
          oc.column("article_id").doUpdateSet({ views: sql`views_window.views + excluded.views` }),
        ),
  );

  async function rangeOf(trx: Kysely<Database>): Promise<HourRange | null> {
    const row = await trx
      .selectFrom("views_window_state")
      .select(["oldest_hour", "newest_hour"])
      .where("id", "=", STATE_ID)
      .executeTakeFirst();
    return row ? { oldestHour: Number(row.oldest_hour), newestHour: Number(row.newest_hour) } : null;
  }

  /** Locks the state row inside a transaction (a write that changes nothing) and returns the range. */
  async function lockRange(trx: Kysely<Database>): Promise<HourRange | null> {
    const row = await trx
      .updateTable("views_window_state")
      .set({ newest_hour: sql`newest_hour` })
      .where("id", "=", STATE_ID)
      .returning(["oldest_hour", "newest_hour"])
      .executeTakeFirst();
    return row ? { oldestHour: Number(row.oldest_hour), newestHour: Number(row.newest_hour) } : null;
  }

  /** Adds (sign 1) or takes away (sign −1) the buckets of `range` to the sums. */
  async function addRange(trx: Kysely<Database>, range: HourRange, sign: 1 | -1): Promise<void> {
    await trx
      .insertInto("views_window")
      .columns(["article_id", "views"])
      .expression((eb) =>
        eb
          .selectFrom("views_hourly")
          .select(["article_id", sql<number>`${sign} * sum(count)`.as("views")])
          .where("hour", ">=", range.oldestHour)
          .where("hour", "<=", range.newestHour)
          .groupBy("article_id"),
      )
      .onConflict((oc) =>
        oc.column("article_id").doUpdateSet({ views: sql`views_window.views + excluded.views` }),
      )
      .execute();
  }

  async function rebuild(trx: Kysely<Database>, range: HourRange): Promise<void> {
    await trx.deleteFrom("views_window").execute();
    await trx
      .insertInto("views_window")
      .columns(["article_id", "views"])
      .expression((eb) =>
        eb
          .selectFrom("views_hourly")
          .select(["article_id", sql<number>`sum(count)`.as("views")])
          .where("hour", ">=", range.oldestHour)
          .where("hour", "<=", range.newestHour)
          .groupBy("article_id")
          .having(sql<number>`sum(count)`, ">", 0),
      )
      .execute();
  }

  return {
    /** The hours the sums cover now; null before the first build. */
    range: () => rangeOf(db),

    /**
     * Moves the window from `from` to `to` in one transaction, unless it no longer is at `from`
     * (another process moved it first): the conditional update of the state row makes each move
     * happen once. Returns whether this call moved it.
     */
    async move(from: HourRange | null, to: HourRange): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const next = { oldest_hour: to.oldestHour, newest_hour: to.newestHour };
        if (!from) {
          const inserted = await trx
            .insertInto("views_window_state")
            .values({ id: STATE_ID, ...next })
            .onConflict((oc) => oc.column("id").doNothing())
            .executeTakeFirst();
          if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
          await rebuild(trx, to);
          return true;
        }
        const updated = await trx
          .updateTable("views_window_state")
          .set(next)
          .where("id", "=", STATE_ID)
          .where("oldest_hour", "=", from.oldestHour)
          .where("newest_hour", "=", from.newestHour)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return false;
        const plan = planWindowMove(from, to);
        if (plan.kind === "rebuild") {
          await rebuild(trx, to);
          return true;
        }
        for (const change of plan.changes) await addRange(trx, change, change.sign);
        if (plan.changes.some((c) => c.sign < 0)) {
          await trx.deleteFrom("views_window").where("views", "<=", 0).execute();
        }
        return true;
      });
    },

    /**
     * Sums the window's buckets afresh, for the range it covers: after a bulk write of buckets
     * that did not go through addToWindow (the archive generator).
     */
    async rebuild(): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const range = await lockRange(trx);
        if (range) await rebuild(trx, range);
      });
    },

    /**
     * Takes the state row inside the transaction that adds views to the hourly buckets, before it
     * writes them, and returns the range the sums cover (null before the first build).
     */
    lockRange,

    /**
     * Adds a batch of bucket counts to the sums, those whose hour the window covers; the rest
     * are left to the move that brings their hour in. `range` is what lockRange returned in the
     * same transaction.
     */
    async addToSums(trx: Kysely<Database>, range: HourRange, batch: HourlyViews[]): Promise<void> {
      const perArticle = new Map<number, number>();
      for (const b of batch) {
        if (inRange(range, b.hour)) perArticle.set(b.articleId, (perArticle.get(b.articleId) ?? 0) + b.count);
      }
      const rows = [...perArticle].sort((a, b) => a[0] - b[0]);
      await addToWindow(
        trx,
        rows.map(([article_id, views]) => ({ article_id, views })),
      );
    },

    /**
     * The most viewed articles readers can see at `now`, from the sums as they stand: an index
     * walk from the top of views_window, stopping once `limit` visible ones are found. Ties are
     * broken as before: the newer story first.
     */
    async top(limit: number, now: number): Promise<{ articleId: number; views: number }[]> {
      const rows = await db
        .selectFrom("views_window as w")
        .crossJoin("articles as a")
        .select(["w.article_id", "w.views"])
        .whereRef("a.id", "=", "w.article_id")
        .where("a.status", "=", "published")
        .where("a.published_at", "<=", now)
        .orderBy("w.views", "desc")
        .orderBy("a.published_at", "desc")
        .orderBy("w.article_id", "desc")
        .limit(limit)
        .execute();
      return rows.map((r) => ({ articleId: r.article_id, views: Number(r.views) }));
    },
  };
}

export type ViewsWindowRepository = ReturnType<typeof createViewsWindowRepository>;
