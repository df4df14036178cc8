import { type Kysely, sql } from "kysely";
import type { Database } from "../../storage/schema.ts";
import { HEADLINE_WEIGHT } from "./ranking.ts";
import type { SearchDialect } from "./search.repository.ts";
import type { MatchExpr } from "./search.types.ts";
import { articleConditions } from "./search-conditions.ts";

/**
 * SQLite: the contentless FTS5 table `search_fts` (rowid = article id), ranked with bm25. The
 * join reads visibility from the narrow covering index articles_search_cover, not from article
 * rows whose bodies would have to be paged through.
 * Queries are FTS5 query strings built from analysed terms only, each term double-quoted, and
 * passed as a bound parameter: reader text never reaches the SQL or the FTS5 syntax.
 */
export function fts5Query(match: MatchExpr, headlineOnly = false): string {
  const seq = (terms: string[]) => `"${terms.join(" ").replace(/"/g, '""')}"`;
  const alt = (alts: string[][]) => `(${alts.map(seq).join(" OR ")})`;
  const positive = match.all.map(alt).join(" AND ");
  const start = headlineOnly ? `({headline} : (${positive}))` : `(${positive})`;
  return match.none.reduce((q, alts) => `${q} NOT ${alt(alts)}`, start);
}

export const fts5Dialect: SearchDialect = {
  async write(db: Kysely<Database>, articleId, headline, body) {
    await sql`INSERT OR REPLACE INTO search_fts (rowid, headline, body) VALUES (${articleId}, ${headline}, ${body})`.execute(
      db,
    );
  },
  async remove(db, articleId) {
    await sql`DELETE FROM search_fts WHERE rowid = ${articleId}`.execute(db);
  },
  async clear(db) {
    await sql`DELETE FROM search_fts`.execute(db);
  },
  async has(db, articleId) {
    const r = await sql<{
      n: number;
    }>`SELECT count(*) AS n FROM search_fts WHERE rowid = ${articleId}`.execute(db);
    return Number(r.rows[0]?.n ?? 0) > 0;
  },
  async count(db) {
    const r = await sql<{ n: number }>`SELECT count(*) AS n FROM search_fts`.execute(db);
    return Number(r.rows[0]?.n ?? 0);
  },
  async candidates(db, match, scope, filters, limit, headlineOnly) {
    const r = await sql<{ id: number; score: number; published_at: number }>`
      SELECT search_fts.rowid AS id, -bm25(search_fts, ${HEADLINE_WEIGHT}, 1.0) AS score,
             COALESCE(a.published_at, a.updated_at) AS published_at
      FROM search_fts JOIN articles a INDEXED BY articles_search_cover ON a.id = search_fts.rowid
      WHERE search_fts MATCH ${fts5Query(match, headlineOnly)} AND ${articleConditions(scope, filters)}
      ORDER BY search_fts.rowid DESC
      LIMIT ${limit}`.execute(db);
    return r.rows.map((row) => ({ id: row.id, textScore: row.score, publishedAt: Number(row.published_at) }));
  },
};
