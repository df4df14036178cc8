import { type Kysely, sql } from "kysely";
import type { Database } from "../../storage/schema.ts";
import { headlineTerm } from "./analyzer.ts";
import type { SearchDialect } from "./search.repository.ts";
import type { MatchExpr } from "./search.types.ts";
import { articleConditions } from "./search-conditions.ts";

/**
 * SQLite: the contentless FTS5 table `search_fts` (rowid = article id; columns headline, body and
 * headline_marks). The join reads visibility from the narrow covering index
 * articles_search_cover, not from article rows whose bodies would have to be paged through.
 * Queries are FTS5 query strings built from analysed terms only, each term double-quoted, and
 * passed as a bound parameter: reader text never reaches the SQL or the FTS5 syntax. With
 * `headlineClause`, that clause must also match as marked headline terms (see HEADLINE_MARK):
 * FTS5 then steps through the short list of the marked term and skips ahead in the long ones.
 */
export function fts5Query(match: MatchExpr, headlineClause?: number): string {
  const seq = (terms: string[]) => `"${terms.join(" ").replace(/"/g, '""')}"`;
  const alt = (alts: string[][]) => `(${alts.map(seq).join(" OR ")})`;
  const inHeadline = headlineClause === undefined ? undefined : match.all[headlineClause];
  // A clause found in the headline is found: only the other clauses are checked as well.
  const positive = match.all
    .filter((_, i) => i !== headlineClause)
    .map(alt)
    .join(" AND ");
  const start = inHeadline
    ? [alt(inHeadline.map((terms) => terms.map(headlineTerm))), positive]
        .filter((p) => p !== "")
        .join(" AND ")
    : `(${positive})`;
  return match.none.reduce((q, alts) => `${q} NOT ${alt(alts)}`, start);
}

/** 4 parameters a row, well under SQLite's limit of 32,766 per statement. */
const ROWS_PER_INSERT = 200;

export const fts5Dialect: SearchDialect = {
  async write(db: Kysely<Database>, d) {
    await sql`INSERT OR REPLACE INTO search_fts (rowid, headline, body, headline_marks) VALUES (${d.articleId}, ${d.headline}, ${d.body}, ${d.headlineMarks})`.execute(
      db,
    );
  },
  async writeMany(db, docs) {
    for (let i = 0; i < docs.length; i += ROWS_PER_INSERT) {
      const rows = docs
        .slice(i, i + ROWS_PER_INSERT)
        .map((d) => sql`(${d.articleId}, ${d.headline}, ${d.body}, ${d.headlineMarks})`);
      await sql`INSERT INTO search_fts (rowid, headline, body, headline_marks) VALUES ${sql.join(rows)}`.execute(
        db,
      );
    }
  },
  async finishRebuild(db) {
    // Merges the segments the rebuild's transactions left into one b-tree per term.
    await sql`INSERT INTO search_fts (search_fts) VALUES ('optimize')`.execute(db);
  },
  async remove(db, articleId) {
    await sql`DELETE FROM search_fts WHERE rowid = ${articleId}`.execute(db);
  },
  async clear(db) {
    // Drops the whole index at once instead of deleting a million rows one by one.
    await sql`INSERT INTO search_fts (search_fts) VALUES ('delete-all')`.execute(db);
  },
  async has(db, articleId) {
    const r = await sql<{
      n: number;
    }>`SELECT count(*) AS n FROM search_fts WHERE rowid = ${articleId}`.execute(db);
    return Number(r.rows[0]?.n ?? 0) > 0;
  },
  async isEmpty(db) {
    const r = await sql`SELECT rowid FROM search_fts LIMIT 1`.execute(db);
    return r.rows.length === 0;
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
