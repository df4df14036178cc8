import type { Kysely } from "kysely";
import type { DialectName } from "../../storage/database.ts";
import type { Database } from "../../storage/schema.ts";
import { bylinesFor } from "../articles/article-links.query.ts";
import { fts5Dialect } from "./fts5.dialect.ts";
import type { Match, MatchExpr, SearchDocument, SearchFilters, SearchScope } from "./search.types.ts";
import { indexedText } from "./search-document.ts";
import { tsvectorDialect } from "./tsvector.dialect.ts";

/** The one engine-specific part of search: how the index is written and queried. */
export interface SearchDialect {
  write(db: Kysely<Database>, doc: IndexedText): Promise<void>;
  /** Adds many documents not yet in the index (a rebuild, after `clear`). */
  writeMany(db: Kysely<Database>, docs: IndexedText[]): Promise<void>;
  /** After a rebuild: compact the index so queries read one structure per term. */
  finishRebuild(db: Kysely<Database>): Promise<void>;
  remove(db: Kysely<Database>, articleId: number): Promise<void>;
  clear(db: Kysely<Database>): Promise<void>;
  has(db: Kysely<Database>, articleId: number): Promise<boolean>;
  isEmpty(db: Kysely<Database>): Promise<boolean>;
  /**
   * Matching visible articles, most recently added first, at most `limit`; with
   * `headlineClause`, only those where that clause also matches within the headline.
   */
  matches(
    db: Kysely<Database>,
    match: MatchExpr,
    scope: SearchScope,
    filters: SearchFilters,
    limit: number,
    headlineClause?: number,
  ): Promise<Match[]>;
}

/** One document's analysed terms, space-separated, as the dialects store them. */
export interface IndexedText {
  articleId: number;
  headline: string;
  body: string;
  /** The headline's terms again, each marked with HEADLINE_MARK (see analyzer.ts). */
  headlineMarks: string;
}

/** What indexing needs of an article. */
export interface IndexableArticle {
  id: number;
  title: string;
  kicker: string | null;
  excerpt: string | null;
  bodyHtml: string;
  status: string;
  tags: string[];
}

/** What a result needs of an article. */
export interface ResultRow {
  id: number;
  slug: string;
  title: string;
  excerpt: string | null;
  bodyHtml: string;
  status: string;
  publishedAt: number | null;
  updatedAt: number;
  section: { id: number; slug: string; name: string };
  authors: { slug: string; name: string }[];
}

const VOCAB_CHUNK = 500;

/** All SQL of search: the index through its dialect, the vocabulary, and the rows results show. */
export function createSearchRepository(db: Kysely<Database>, dialectName: DialectName) {
  const dialect = dialectName === "postgres" ? tsvectorDialect : fts5Dialect;

  async function addVocabulary(tx: Kysely<Database>, terms: string[], increment: boolean) {
    for (let i = 0; i < terms.length; i += VOCAB_CHUNK) {
      const rows = terms.slice(i, i + VOCAB_CHUNK).map((term) => ({ term, docs: 1 }));
      await tx
        .insertInto("search_terms")
        .values(rows)
        .onConflict((oc) =>
          increment
            ? oc.column("term").doUpdateSet((eb) => ({ docs: eb("search_terms.docs", "+", 1) }))
            : oc.column("term").doNothing(),
        )
        .execute();
    }
  }

  async function articlesWhere(
    ids: number[] | null,
    afterId: number,
    limit: number,
  ): Promise<IndexableArticle[]> {
    let q = db
      .selectFrom("articles")
      .select(["id", "title", "kicker", "excerpt", "body_html", "status"])
      .orderBy("id")
      .limit(limit);
    q = ids ? q.where("id", "in", ids) : q.where("id", ">", afterId);
    const rows = await q.execute();
    if (rows.length === 0) return [];
    const tagRows = await db
      .selectFrom("article_tags as at")
      .innerJoin("tags as t", "t.id", "at.tag_id")
      .select(["at.article_id", "t.name"])
      .where(
        "at.article_id",
        "in",
        rows.map((r) => r.id),
      )
      .execute();
    const tags = new Map<number, string[]>();
    for (const t of tagRows) {
      const list = tags.get(t.article_id);
      if (list) list.push(t.name);
      else tags.set(t.article_id, [t.name]);
    }
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      kicker: r.kicker,
      excerpt: r.excerpt,
      bodyHtml: r.body_html,
      status: r.status,
      tags: tags.get(r.id) ?? [],
    }));
  }

  return {
    /**
     * Puts one article's terms in the index. The vocabulary counts a public story once, when it
     * first enters the index; later edits only add words it did not know (counts are exact
     * again after `warta reindex`).
     */
    async write(doc: SearchDocument): Promise<void> {
      await db.transaction().execute(async (tx) => {
        const known = await dialect.has(tx, doc.articleId);
        await dialect.write(tx, indexedText(doc));
        if (doc.isPublished) {
          const distinct = [...new Set([...doc.headline, ...doc.body])].filter((t) => t.length <= 64);
          await addVocabulary(tx, distinct, !known);
        }
      });
    },

    /**
     * Many documents not yet in the index, in one transaction (a rebuild, after `clear`); the
     * vocabulary is written separately.
     */
    async writeBatch(texts: IndexedText[]): Promise<void> {
      await db.transaction().execute((tx) => dialect.writeMany(tx, texts));
    },

    /** Compacts the index after a rebuild. */
    finishRebuild: () => dialect.finishRebuild(db),

    async remove(articleId: number): Promise<void> {
      await dialect.remove(db, articleId);
    },

    async clear(): Promise<void> {
      await db.transaction().execute(async (tx) => {
        await dialect.clear(tx);
        await tx.deleteFrom("search_terms").execute();
      });
    },

    async replaceVocabulary(counts: Map<string, number>): Promise<void> {
      await db.transaction().execute(async (tx) => {
        await tx.deleteFrom("search_terms").execute();
        const entries = [...counts].filter(([term]) => term.length <= 64);
        for (let i = 0; i < entries.length; i += VOCAB_CHUNK) {
          await tx
            .insertInto("search_terms")
            .values(entries.slice(i, i + VOCAB_CHUNK).map(([term, docs]) => ({ term, docs })))
            .execute();
        }
      });
    },

    indexIsEmpty: () => dialect.isEmpty(db),

    matches: (
      match: MatchExpr,
      scope: SearchScope,
      filters: SearchFilters,
      limit: number,
      headlineClause?: number,
    ) => dialect.matches(db, match, scope, filters, limit, headlineClause),

    /** How many public stories hold each term (from the vocabulary): the terms' rarity. */
    async documentFrequencies(terms: string[]): Promise<Map<string, number>> {
      if (terms.length === 0) return new Map();
      const rows = await db
        .selectFrom("search_terms")
        .select(["term", "docs"])
        .where("term", "in", terms)
        .execute();
      return new Map(rows.map((r) => [r.term, Number(r.docs)]));
    },

    /** Articles not public (drafts, in review, scheduled, withdrawn) changed at or after `since`. */
    async unpublishedChangedSince(since: number): Promise<{ id: number; updatedAt: number }[]> {
      const rows = await db
        .selectFrom("articles")
        .select(["id", "updated_at"])
        .where("status", "!=", "published")
        .where("updated_at", ">=", since)
        .execute();
      return rows.map((r) => ({ id: r.id, updatedAt: Number(r.updated_at) }));
    },

    async hasTerm(term: string): Promise<boolean> {
      const row = await db
        .selectFrom("search_terms")
        .select("term")
        .where("term", "=", term)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** The most common vocabulary terms that start with `prefix`. */
    async termsWithPrefix(prefix: string, limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom("search_terms")
        .select("term")
        .where("term", ">=", prefix)
        .where("term", "<", `${prefix}\uffff`)
        .orderBy("docs", "desc")
        .orderBy("term")
        .limit(limit)
        .execute();
      return rows.map((r) => r.term);
    },

    /** Vocabulary terms starting with `first` whose length is in [minLen, maxLen]: spelling candidates. */
    async termsNear(
      first: string,
      minLen: number,
      maxLen: number,
    ): Promise<{ term: string; docs: number }[]> {
      return db
        .selectFrom("search_terms")
        .select(["term", "docs"])
        .where("term", ">=", first)
        .where("term", "<", `${first}\uffff`)
        .where((eb) => eb.between(eb.fn("length", ["term"]), minLen, maxLen))
        .execute();
    },

    async indexable(ids: number[]): Promise<IndexableArticle[]> {
      return ids.length === 0 ? [] : articlesWhere(ids, 0, ids.length);
    },

    /** Articles in id order after `afterId`, for a rebuild. */
    indexableBatch: (afterId: number, limit: number) => articlesWhere(null, afterId, limit),

    /** Whether any article exists: one index step, where counting them reads the whole index. */
    async hasArticles(): Promise<boolean> {
      const row = await db.selectFrom("articles").select("id").limit(1).executeTakeFirst();
      return row !== undefined;
    },

    async articleCount(): Promise<number> {
      const row = await db
        .selectFrom("articles")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Rows for the given ids, in the order of the ids. */
    async resultRows(ids: number[]): Promise<ResultRow[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom("articles as a")
        .innerJoin("sections as s", "s.id", "a.section_id")
        .select([
          "a.id",
          "a.slug",
          "a.title",
          "a.excerpt",
          "a.body_html",
          "a.status",
          "a.published_at",
          "a.updated_at",
          "s.id as section_id",
          "s.slug as section_slug",
          "s.name as section_name",
        ])
        .where("a.id", "in", ids)
        .execute();
      const people = await bylinesFor(db, ids);
      const byId = new Map(
        rows.map((r) => [
          r.id,
          {
            id: r.id,
            slug: r.slug,
            title: r.title,
            excerpt: r.excerpt,
            bodyHtml: r.body_html,
            status: r.status,
            publishedAt: r.published_at,
            updatedAt: r.updated_at,
            section: { id: r.section_id, slug: r.section_slug, name: r.section_name },
            authors: (people.get(r.id) ?? []).map((p) => ({ slug: p.slug, name: p.name })),
          },
        ]),
      );
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;
