import { sql } from "kysely";
import { headlineTerm } from "./analyzer.ts";
import type { IndexedText, SearchDialect } from "./search.repository.ts";
import type { MatchExpr } from "./search.types.ts";
import { articleConditions } from "./search-conditions.ts";

/**
 * PostgreSQL: `search_documents.tsv` (GIN-indexed) built with the 'simple' configuration, which
 * only lowercases, so it holds exactly the terms our analyzer produced: the marked headline terms
 * (see HEADLINE_MARK) with weight D, then the headline's terms with weight A and the body's with
 * B. Queries are tsquery strings of quoted analysed terms, passed as a bound parameter to
 * to_tsquery. With `headlineClause`, that clause must also match as marked headline terms.
 */
export function tsQuery(match: MatchExpr, headlineClause?: number): string {
  const term = (t: string) => `'${t.replace(/'/g, "''").replace(/\\/g, "")}'`;
  const seq = (terms: string[]) =>
    terms.length === 1 ? term(terms[0] ?? "") : `(${terms.map(term).join(" <-> ")})`;
  const alt = (alts: string[][]) => `(${alts.map(seq).join(" | ")})`;
  const inHeadline = headlineClause === undefined ? undefined : match.all[headlineClause];
  // A clause found in the headline is found: only the other clauses are checked as well.
  const positive = match.all
    .filter((_, i) => i !== headlineClause)
    .map(alt)
    .join(" & ");
  const start = inHeadline
    ? [alt(inHeadline.map((terms) => terms.map(headlineTerm))), positive && `(${positive})`]
        .filter((p) => p !== "")
        .join(" & ")
    : `(${positive})`;
  return match.none.reduce((q, alts) => `${q} & !${alt(alts)}`, start);
}

const ROWS_PER_INSERT = 200;

function tsvectorOf(d: IndexedText) {
  return sql`setweight(to_tsvector('simple', ${d.headlineMarks}), 'D') || setweight(to_tsvector('simple', ${d.headline}), 'A') || setweight(to_tsvector('simple', ${d.body}), 'B')`;
}

export const tsvectorDialect: SearchDialect = {
  async write(db, d) {
    await sql`
      INSERT INTO search_documents (article_id, tsv) VALUES (${d.articleId}, ${tsvectorOf(d)})
      ON CONFLICT (article_id) DO UPDATE SET tsv = excluded.tsv`.execute(db);
  },
  async writeMany(db, docs) {
    for (let i = 0; i < docs.length; i += ROWS_PER_INSERT) {
      const rows = docs.slice(i, i + ROWS_PER_INSERT).map((d) => sql`(${d.articleId}, ${tsvectorOf(d)})`);
      await sql`INSERT INTO search_documents (article_id, tsv) VALUES ${sql.join(rows)}`.execute(db);
    }
  },
  async finishRebuild(db) {
    await sql`ANALYZE search_documents`.execute(db);
  },
  async remove(db, articleId) {
    await db.deleteFrom("search_documents").where("article_id", "=", articleId).execute();
  },
  async clear(db) {
    await db.deleteFrom("search_documents").execute();
  },
  async has(db, articleId) {
    const row = await db
      .selectFrom("search_documents")
      .select("article_id")
      .where("article_id", "=", articleId)
      .executeTakeFirst();
    return row !== undefined;
  },
  async isEmpty(db) {
    const row = await db.selectFrom("search_documents").select("article_id").limit(1).executeTakeFirst();
    return row === undefined;
  },
  async matches(db, match, scope, filters, limit, headlineClause) {
    const r = await sql<{ id: number; published_at: number }>`
      SELECT d.article_id AS id, COALESCE(a.published_at, a.updated_at) AS published_at
      FROM search_documents d
      JOIN articles a ON a.id = d.article_id
      WHERE d.tsv @@ to_tsquery('simple', ${tsQuery(match, headlineClause)}) AND ${articleConditions(scope, filters)}
      ORDER BY d.article_id DESC
      LIMIT ${limit}`.execute(db);
    return r.rows.map((row) => ({ id: row.id, publishedAt: Number(row.published_at) }));
  },
};
