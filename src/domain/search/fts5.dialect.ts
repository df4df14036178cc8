import { type Kysely, sql } from "kysely";
import type { Database } from "../../storage/schema.ts";
import type { SearchDialect } from "./search.repository.ts";
import type { MatchExpr } from "./search.types.ts";
import { articleConditions } from "./search-conditions.ts";

/**
 * SQLite: the contentless FTS5 table `search_fts` (rowid = article id). The join reads
 * visibility from the narrow covering index articles_search_cover, not from article rows whose
 * bodies would have to be paged through. Queries are FTS5 query strings built from analysed
 * terms only, each term double-quoted, and passed as a bound parameter: reader text never
 * reaches the SQL or the FTS5 syntax. With `headlineClause`, that clause must also match within
 * the headline column.
 */
export function fts5Query(match: MatchExpr, headlineClause?: number): string {
  const seq = (terms: string[]) => `"${terms.join(" ").replace(/"/g, '""')}"`;
  const alt = (alts: string[][]) => `(${alts.map(seq).join(" OR ")})`;
  const positive = match.all.map(alt).join(" AND ");
  const inHeadline = headlineClause === undefined ? undefined : match.all[headlineClause];
  const start = inHeadline ? `(${positive}) AND ({headline} : ${alt(inHeadline)})` : `(${positive})`;
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
  async matches(db, match, scope, filters, limit, headlineClause) {
    const r = await sql<{ id: number; published_at: number }>`
      SELECT search_fts.rowid AS id, COALESCE(a.published_at, a.updated_at) AS published_at
      FROM search_fts JOIN articles a INDEXED BY articles_search_cover ON a.id = search_fts.rowid
      WHERE search_fts MATCH ${fts5Query(match, headlineClause)} AND ${articleConditions(scope, filters)}
      ORDER BY search_fts.rowid DESC
      LIMIT ${limit}`.execute(db);
    return r.rows.map((row) => ({ id: row.id, publishedAt: Number(row.published_at) }));
  },
};
