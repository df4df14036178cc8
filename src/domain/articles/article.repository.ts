import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { precompiled } from "../../storage/precompiled.ts";
import type { Database } from "../../storage/schema.ts";
import type { ImageRef, ImageVariant } from "../media/media.types.ts";
import type {
  Article,
  ArticleFilter,
  ArticleStatus,
  ArticleSummary,
  ListPage,
  PageRequest,
} from "./article.types.ts";
import { bylinesFor, linksOfOneArticle, tagsFor } from "./article-links.query.ts";

type SummaryRow = {
  id: number;
  slug: string;
  title: string;
  kicker: string | null;
  excerpt: string | null;
  published_at: number | null;
  updated_at: number;
  section_id: number;
  section_slug: string;
  section_name: string;
  lead_caption: string | null;
  lead_credit: string | null;
  lead_alt: string | null;
  media_id: number | null;
  media_width: number | null;
  media_height: number | null;
  media_variants: string | null;
  media_caption: string | null;
  media_credit: string | null;
  media_alt: string | null;
};

export interface ArticleWrite {
  slug: string;
  title: string;
  kicker: string | null;
  excerpt: string | null;
  bodyHtml: string;
  sectionId: number;
  leadMediaId: number | null;
  leadCaption: string | null;
  leadCredit: string | null;
  leadAlt: string | null;
  status: ArticleStatus;
  publishedAt: number | null;
  updatedAt: number;
  authorIds: number[];
  tagIds: number[];
}

/** An article and the listings it belongs to, by slug. */
export interface PublishedScope {
  id: number;
  slug: string;
  sectionId: number;
  tagSlugs: string[];
  authorSlugs: string[];
}

/** All SQL about articles. Public reads take `now` so that future-dated articles stay hidden. */
export function createArticleRepository(db: Kysely<Database>) {
  function summaries() {
    return db
      .selectFrom("articles as a")
      .innerJoin("sections as s", "s.id", "a.section_id")
      .leftJoin("media as m", "m.id", "a.lead_media_id")
      .select([
        "a.id",
        "a.slug",
        "a.title",
        "a.kicker",
        "a.excerpt",
        "a.published_at",
        "a.updated_at",
        "a.section_id",
        "s.slug as section_slug",
        "s.name as section_name",
        "a.lead_caption",
        "a.lead_credit",
        "a.lead_alt",
        "m.id as media_id",
        "m.width as media_width",
        "m.height as media_height",
        "m.variants as media_variants",
        "m.caption as media_caption",
        "m.credit as media_credit",
        "m.alt as media_alt",
      ]);
  }

  type SummaryQuery = ReturnType<typeof summaries>;

  // The article page's reads, built once (precompiled.ts): they run for every page rendered.
  const articleBySlug = precompiled(db, ["slug", "now"], (p: { slug: string; now: number }) =>
    visible(summaries(), p.now)
      .select(["a.body_html", "a.status", "a.seo_title", "a.seo_description"])
      .where("a.slug", "=", p.slug),
  );
  const links = linksOfOneArticle(db);

  function visible<Q extends SelectQueryBuilder<Database & { a: Database["articles"] }, "a", unknown>>(
    q: Q,
    now: number,
  ): Q {
    return q.where("a.status", "=", "published").where("a.published_at", "<=", now) as Q;
  }

  function applyFilter(q: SummaryQuery, filter: ArticleFilter): SummaryQuery {
    let out = q;
    if (filter.sectionIds)
      out = out.where("a.section_id", "in", filter.sectionIds.length ? filter.sectionIds : [-1]);
    if (filter.tagId !== undefined) {
      const tagId = filter.tagId;
      out = out.where(({ exists, selectFrom }) =>
        exists(
          selectFrom("article_tags as t")
            .select("t.article_id")
            .whereRef("t.article_id", "=", "a.id")
            .where("t.tag_id", "=", tagId),
        ),
      );
    }
    if (filter.authorId !== undefined) {
      const authorId = filter.authorId;
      out = out.where(({ exists, selectFrom }) =>
        exists(
          selectFrom("article_authors as aa")
            .select("aa.article_id")
            .whereRef("aa.article_id", "=", "a.id")
            .where("aa.author_id", "=", authorId),
        ),
      );
    }
    if (filter.publishedFrom !== undefined) out = out.where("a.published_at", ">=", filter.publishedFrom);
    if (filter.publishedBefore !== undefined) out = out.where("a.published_at", "<", filter.publishedBefore);
    return out;
  }

  return {
    /** A published, already-public article by its slug, with byline and tags. */
    async findVisibleBySlug(slug: string, now: number): Promise<Article | null> {
      const [row] = await articleBySlug({ slug, now });
      if (!row) return null;
      const [authors, tags] = await Promise.all([links.bylines(row.id), links.tags(row.id)]);
      return {
        ...toSummary(row),
        status: row.status,
        bodyHtml: row.body_html,
        authors,
        tags,
        seoTitle: row.seo_title,
        seoDescription: row.seo_description,
      };
    },

    /**
     * One page of a newest-first list, by keyset on (published_at, id): the cost of a page does
     * not grow with its depth. Fetches one extra row to know whether another page exists.
     */
    async listVisible(
      filter: ArticleFilter,
      page: PageRequest,
      now: number,
    ): Promise<ListPage<ArticleSummary>> {
      // The cursor's publish time also bounds the plain column, so the index range starts at the
      // cursor: the row-value comparison alone is only a filter, and a page 500 deep would step
      // over the 10,000 newer rows first.
      const upTo = page.olderThan ? Math.min(now, page.olderThan.publishedAt) : now;
      let q = applyFilter(visible(summaries(), upTo), filter);
      const goingNewer = page.newerThan !== undefined && page.olderThan === undefined;
      if (page.olderThan) {
        q = q.where(
          sql<boolean>`(a.published_at, a.id) < (${page.olderThan.publishedAt}, ${page.olderThan.id})`,
        );
      }
      if (page.newerThan) {
        q = q
          .where("a.published_at", ">=", page.newerThan.publishedAt)
          .where(
            sql<boolean>`(a.published_at, a.id) > (${page.newerThan.publishedAt}, ${page.newerThan.id})`,
          );
      }
      const direction = goingNewer ? "asc" : "desc";
      const rows = await q
        .orderBy("a.published_at", direction)
        .orderBy("a.id", direction)
        .limit(page.limit + 1)
        .execute();
      const hasMore = rows.length > page.limit;
      const slice = rows.slice(0, page.limit);
      if (goingNewer) slice.reverse();
      const items = slice.map(toSummary);
      const first = items[0];
      const last = items[items.length - 1];
      const cursorOf = (a: ArticleSummary) => ({ publishedAt: a.publishedAt.getTime(), id: a.id });
      const isFirstPage = !page.olderThan && !page.newerThan;
      return {
        items,
        newer: first && !isFirstPage && (!goingNewer || hasMore) ? cursorOf(first) : null,
        older: last && (goingNewer || hasMore) ? cursorOf(last) : null,
      };
    },

    /** Summaries for the given ids (visible ones only), in the order of the ids. */
    async visibleSummariesByIds(ids: number[], now: number): Promise<ArticleSummary[]> {
      if (ids.length === 0) return [];
      const rows = await visible(summaries(), now).where("a.id", "in", ids).execute();
      const byId = new Map(rows.map((r) => [r.id, toSummary(r)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    /**
     * Articles whose publish time fell in (after, upTo]: scheduled ones that just became public.
     * With their section, tags and authors, so caches can drop the listings that now show them.
     * At most `limit`; a caller that gets that many should assume there are more.
     */
    async publishedBetween(after: number, upTo: number, limit: number): Promise<PublishedScope[]> {
      const rows = await db
        .selectFrom("articles")
        .select(["id", "slug", "section_id"])
        .where("status", "=", "published")
        .where("published_at", ">", after)
        .where("published_at", "<=", upTo)
        .orderBy("published_at")
        .limit(limit)
        .execute();
      if (rows.length === 0) return [];
      const ids = rows.map((r) => r.id);
      const [tags, authors] = await Promise.all([
        db
          .selectFrom("article_tags as at")
          .innerJoin("tags as t", "t.id", "at.tag_id")
          .select(["at.article_id", "t.slug"])
          .where("at.article_id", "in", ids)
          .execute(),
        db
          .selectFrom("article_authors as aa")
          .innerJoin("authors as au", "au.id", "aa.author_id")
          .select(["aa.article_id", "au.slug"])
          .where("aa.article_id", "in", ids)
          .execute(),
      ]);
      return rows.map((r) => ({
        id: r.id,
        slug: r.slug,
        sectionId: r.section_id,
        tagSlugs: tags.filter((t) => t.article_id === r.id).map((t) => t.slug),
        authorSlugs: authors.filter((a) => a.article_id === r.id).map((a) => a.slug),
      }));
    },

    async idsBySlugs(slugs: string[]): Promise<Map<string, number>> {
      if (slugs.length === 0) return new Map();
      const rows = await db
        .selectFrom("articles")
        .select(["id", "slug"])
        .where("slug", "in", slugs)
        .execute();
      return new Map(rows.map((r) => [r.slug, r.id]));
    },

    /** Inserts or updates by slug; the slug (and with it the URL) of an existing article never changes. */
    /** Returns the id and the status before this write (null for a new article). */
    async upsertBySlug(
      input: ArticleWrite,
      createdAt: number,
    ): Promise<{ id: number; previousStatus: ArticleStatus | null }> {
      const values = {
        title: input.title,
        kicker: input.kicker,
        excerpt: input.excerpt,
        body_html: input.bodyHtml,
        section_id: input.sectionId,
        lead_media_id: input.leadMediaId,
        lead_caption: input.leadCaption,
        lead_credit: input.leadCredit,
        lead_alt: input.leadAlt,
        status: input.status,
        published_at: input.publishedAt,
        updated_at: input.updatedAt,
      };
      const existing = await db
        .selectFrom("articles")
        .select(["id", "status"])
        .where("slug", "=", input.slug)
        .executeTakeFirst();
      let id: number;
      if (existing) {
        id = existing.id;
        await db.updateTable("articles").set(values).where("id", "=", id).execute();
        await db.deleteFrom("article_authors").where("article_id", "=", id).execute();
        await db.deleteFrom("article_tags").where("article_id", "=", id).execute();
      } else {
        const row = await db
          .insertInto("articles")
          .values({ ...values, slug: input.slug, created_at: createdAt })
          .returning("id")
          .executeTakeFirstOrThrow();
        id = row.id;
      }
      if (input.authorIds.length > 0) {
        await db
          .insertInto("article_authors")
          .values(
            input.authorIds.map((authorId, position) => ({ article_id: id, author_id: authorId, position })),
          )
          .execute();
      }
      if (input.tagIds.length > 0) {
        await db
          .insertInto("article_tags")
          .values(input.tagIds.map((tagId) => ({ article_id: id, tag_id: tagId })))
          .execute();
      }
      return { id, previousStatus: existing?.status ?? null };
    },

    /** Every article, drafts included, oldest id first: the export's view of the archive. */
    async *allForExport(batchSize = 500): AsyncGenerator<Article & { createdAt: Date }> {
      let afterId = 0;
      for (;;) {
        const rows = await summaries()
          .select(["a.body_html", "a.status", "a.created_at"])
          .where("a.id", ">", afterId)
          .orderBy("a.id")
          .limit(batchSize)
          .execute();
        if (rows.length === 0) return;
        const ids = rows.map((r) => r.id);
        const [bylines, topics] = await Promise.all([bylinesFor(db, ids), tagsFor(db, ids)]);
        for (const row of rows) {
          yield {
            ...toSummary(row),
            status: row.status,
            bodyHtml: row.body_html,
            authors: bylines.get(row.id) ?? [],
            tags: topics.get(row.id) ?? [],
            createdAt: new Date(row.created_at),
          };
        }
        afterId = rows[rows.length - 1]?.id ?? afterId;
      }
    },

    async count(): Promise<number> {
      const row = await db
        .selectFrom("articles")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type ArticleRepository = ReturnType<typeof createArticleRepository>;

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    kicker: row.kicker,
    excerpt: row.excerpt,
    // Visible articles always have a publish time; drafts fall back to their last update.
    publishedAt: new Date(row.published_at ?? row.updated_at),
    updatedAt: new Date(row.updated_at),
    section: { id: row.section_id, slug: row.section_slug, name: row.section_name },
    leadImage: toImage(row),
  };
}

function toImage(row: SummaryRow): ImageRef | null {
  if (row.media_id === null || row.media_width === null || row.media_height === null) return null;
  return {
    mediaId: row.media_id,
    width: row.media_width,
    height: row.media_height,
    variants: JSON.parse(row.media_variants ?? "[]") as ImageVariant[],
    caption: row.lead_caption ?? row.media_caption,
    credit: row.lead_credit ?? row.media_credit,
    alt: row.lead_alt ?? row.media_alt ?? "",
  };
}
