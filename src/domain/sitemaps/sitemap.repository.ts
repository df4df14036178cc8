import { type Kysely, sql } from "kysely";
import type { Database } from "../../storage/schema.ts";

export interface SitemapArticleRow {
  id: number;
  slug: string;
  title: string;
  publishedAt: number;
  updatedAt: number;
}

export interface SlugLastmod {
  id: number;
  slug: string;
  /** Newest updated_at among the visible articles listed there, or null when none. */
  lastmod: number | null;
}

const BATCH = 1000;

/**
 * All SQL behind the sitemaps. Everything walks keyset pages of BATCH rows on indexed columns,
 * so a sitemap over a million articles costs a bounded amount of memory.
 */
export function createSitemapRepository(db: Kysely<Database>) {
  const visibleArticles = (now: number) =>
    db.selectFrom("articles as a").where("a.status", "=", "published").where("a.published_at", "<=", now);

  return {
    /** Oldest and newest publish time of visible articles, or null when nothing is public. */
    async publishedSpan(now: number): Promise<{ first: number; last: number } | null> {
      const row = await visibleArticles(now)
        .select((eb) => [eb.fn.min("a.published_at").as("first"), eb.fn.max("a.published_at").as("last")])
        .executeTakeFirst();
      if (!row || row.first === null || row.last === null) return null;
      return { first: Number(row.first), last: Number(row.last) };
    },

    /** How many visible articles were published in [from, to), and their newest update. */
    async statsBetween(
      from: number,
      to: number,
      now: number,
    ): Promise<{ count: number; lastmod: number | null }> {
      const row = await visibleArticles(now)
        .where("a.published_at", ">=", from)
        .where("a.published_at", "<", to)
        .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.max("a.updated_at").as("lastmod")])
        .executeTakeFirstOrThrow();
      return { count: Number(row.n), lastmod: row.lastmod === null ? null : Number(row.lastmod) };
    },

    /**
     * Visible articles published in [from, to), oldest first, skipping `skip` and yielding at
     * most `limit`, in keyset batches.
     */
    async *articlesBetween(
      from: number,
      to: number,
      now: number,
      skip: number,
      limit: number,
    ): AsyncGenerator<SitemapArticleRow[]> {
      const base = () =>
        visibleArticles(now)
          .where("a.published_at", ">=", from)
          .where("a.published_at", "<", to)
          .select(["a.id", "a.slug", "a.title", "a.published_at", "a.updated_at"])
          .orderBy("a.published_at")
          .orderBy("a.id");
      let after: { publishedAt: number; id: number } | null = null;
      if (skip > 0) {
        // One offset lookup to find where a later file of an over-full month starts.
        const start = await base()
          .limit(1)
          .offset(skip - 1)
          .executeTakeFirst();
        if (!start) return;
        after = { publishedAt: Number(start.published_at), id: start.id };
      }
      let left = limit;
      while (left > 0) {
        let q = base().limit(Math.min(BATCH, left));
        if (after) q = q.where(sql<boolean>`(a.published_at, a.id) > (${after.publishedAt}, ${after.id})`);
        const rows = await q.execute();
        if (rows.length === 0) return;
        yield rows.map((r) => ({
          id: r.id,
          slug: r.slug,
          title: r.title,
          publishedAt: Number(r.published_at),
          updatedAt: Number(r.updated_at),
        }));
        const last = rows[rows.length - 1];
        if (!last || rows.length < Math.min(BATCH, left)) return;
        after = { publishedAt: Number(last.published_at), id: last.id };
        left -= rows.length;
      }
    },

    /** Sections with the newest update among visible articles filed directly in them. */
    async sections(now: number): Promise<SlugLastmod[]> {
      const rows = await db
        .selectFrom("sections as s")
        .leftJoin(
          (eb) =>
            eb
              .selectFrom("articles as a")
              .where("a.status", "=", "published")
              .where("a.published_at", "<=", now)
              .select(["a.section_id", (e) => e.fn.max("a.updated_at").as("lastmod")])
              .groupBy("a.section_id")
              .as("x"),
          (join) => join.onRef("x.section_id", "=", "s.id"),
        )
        .select(["s.id", "s.slug", "x.lastmod"])
        .orderBy("s.position")
        .orderBy("s.id")
        .execute();
      return rows.map((r) => ({
        id: r.id,
        slug: r.slug,
        lastmod: r.lastmod === null ? null : Number(r.lastmod),
      }));
    },

    /** The largest tag or author id: sitemaps of them are split into id ranges. */
    async maxId(table: "tags" | "authors"): Promise<number> {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.max("id").as("id"))
        .executeTakeFirst();
      return Number(row?.id ?? 0);
    },

    /** Tags or authors with ids in [fromId, toId] that list at least one visible article, in batches. */
    async *peopleOrTopics(
      kind: "tags" | "authors",
      fromId: number,
      toId: number,
      now: number,
    ): AsyncGenerator<SlugLastmod[]> {
      let after = fromId - 1;
      while (after < toId) {
        const upper = Math.min(after + BATCH, toId);
        const rows =
          kind === "tags"
            ? await db
                .selectFrom("tags as t")
                .innerJoin("article_tags as l", "l.tag_id", "t.id")
                .innerJoin("articles as a", "a.id", "l.article_id")
                .where("a.status", "=", "published")
                .where("a.published_at", "<=", now)
                .where("t.id", ">", after)
                .where("t.id", "<=", upper)
                .select(["t.id", "t.slug", (e) => e.fn.max("a.updated_at").as("lastmod")])
                .groupBy(["t.id", "t.slug"])
                .orderBy("t.id")
                .execute()
            : await db
                .selectFrom("authors as t")
                .innerJoin("article_authors as l", "l.author_id", "t.id")
                .innerJoin("articles as a", "a.id", "l.article_id")
                .where("a.status", "=", "published")
                .where("a.published_at", "<=", now)
                .where("t.id", ">", after)
                .where("t.id", "<=", upper)
                .select(["t.id", "t.slug", (e) => e.fn.max("a.updated_at").as("lastmod")])
                .groupBy(["t.id", "t.slug"])
                .orderBy("t.id")
                .execute();
        yield rows.map((r) => ({
          id: r.id,
          slug: r.slug,
          lastmod: r.lastmod === null ? null : Number(r.lastmod),
        }));
        after = upper;
      }
    },
  };
}

export type SitemapRepository = ReturnType<typeof createSitemapRepository>;
