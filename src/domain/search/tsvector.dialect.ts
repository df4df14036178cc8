import { sql } from "kysely";
import type { SearchDialect } from "./search.repository.ts";
import type { MatchExpr } from "./search.types.ts";
import { articleConditions } from "./search-conditions.ts";

/**
 * PostgreSQL: `search_documents.tsv` (GIN-indexed) built with the 'simple' configuration, which
 * only lowercases, so it holds exactly the terms our analyzer produced; headline terms carry
 * weight A. Queries are tsquery strings of quoted analysed terms, passed as a bound parameter to
 * to_tsquery. With `headlineClause`, that clause must also match in the headline (weight A).
 */
export function tsQuery(match: MatchExpr, headlineClause?: number): string {
  const term = (t: string, suffix = "") => `'${t.replace(/'/g, "''").replace(/\\/g, "")}'${suffix}`;
  const seq = (terms: string[], suffix = "") =>
    terms.length === 1
      ? term(terms[0] ?? "", suffix)
      : `(${terms.map((t) => term(t, suffix)).join(" <-> ")})`;
  const alt = (alts: string[][], suffix = "") => `(${alts.map((a) => seq(a, suffix)).join(" | ")})`;
  const positive = match.all.map((a) => alt(a)).join(" & ");
  const inHeadline = headlineClause === undefined ? undefined : match.all[headlineClause];
  const start = inHeadline ? `(${positive}) & ${alt(inHeadline, ":A")}` : `(${positive})`;
  return match.none.reduce((q, alts) => `${q} & !${alt(alts)}`, start);
}

export const tsvectorDialect: SearchDialect = {
  async write(db, articleId, headline, body) {
    await sql`
      INSERT INTO search_documents (article_id, tsv)
      VALUES (${articleId}, setweight(to_tsvector('simple', ${headline}), 'A') || setweight(to_tsvector('simple', ${body}), 'B'))
      ON CONFLICT (article_id) DO UPDATE SET tsv = excluded.tsv`.execute(db);
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
  async count(db) {
    const row = await db
      .selectFrom("search_documents")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
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
