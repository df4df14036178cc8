import { sql } from "kysely";
import { HEADLINE_WEIGHT } from "./ranking.ts";
import type { SearchDialect } from "./search.repository.ts";
import type { MatchExpr } from "./search.types.ts";
import { articleConditions } from "./search-conditions.ts";

/**
 * PostgreSQL: `search_documents.tsv` (GIN-indexed) built with the 'simple' configuration, which
 * only lowercases, so it holds exactly the terms our analyzer produced. Headline terms carry
 * weight A, body terms B; ts_rank weighs them 1 : 1/HEADLINE_WEIGHT. Queries are tsquery
 * strings of quoted analysed terms, passed as a bound parameter to to_tsquery.
 */
export function tsQuery(match: MatchExpr, headlineOnly = false): string {
  const term = (t: string) => `'${t.replace(/'/g, "''").replace(/\\/g, "")}'${headlineOnly ? ":A" : ""}`;
  const seq = (terms: string[]) =>
    terms.length === 1 ? term(terms[0] ?? "") : `(${terms.map(term).join(" <-> ")})`;
  const alt = (alts: string[][]) => `(${alts.map(seq).join(" | ")})`;
  const positive = match.all.map(alt).join(" & ");
  const negative = (alts: string[][]) => tsQuery({ all: [alts], none: [] });
  return match.none.reduce((q, alts) => `${q} & !${negative(alts)}`, `(${positive})`);
}

const WEIGHTS = `{0.1, 0.2, ${(1 / HEADLINE_WEIGHT).toFixed(4)}, 1.0}`;

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
  async candidates(db, match, scope, filters, limit, headlineOnly) {
    const r = await sql<{ id: number; score: number; published_at: number }>`
      SELECT d.article_id AS id, ts_rank(${WEIGHTS}::float4[], d.tsv, q.q) AS score,
             COALESCE(a.published_at, a.updated_at) AS published_at
      FROM search_documents d
      JOIN articles a ON a.id = d.article_id
      CROSS JOIN (SELECT to_tsquery('simple', ${tsQuery(match, headlineOnly)}) AS q) q
      WHERE d.tsv @@ q.q AND ${articleConditions(scope, filters)}
      ORDER BY d.article_id DESC
      LIMIT ${limit}`.execute(db);
    return r.rows.map((row) => ({
      id: row.id,
      textScore: Number(row.score),
      publishedAt: Number(row.published_at),
    }));
  },
};
