import { type Kysely, sql } from "kysely";
import type { DialectName } from "../database.ts";

/**
 * The search index gains the headline's terms a second time, each marked with "ḣ" (see
 * HEADLINE_MARK in src/domain/search/analyzer.ts), so that "this word in the headline" has a short
 * list of its own instead of a column check over every story that mentions the word.
 *
 * SQLite: FTS5 cannot add a column to a table, and a contentless table cannot give its text back,
 * so `search_fts` is created again, empty, with the column `headline_marks`: run `warta reindex`
 * after upgrading (searches find nothing until it has run).
 *
 * PostgreSQL: every stored tsvector gets the marked terms (weight D, at the headline's
 * positions, before the headline and body) computed from its weight-A lexemes, exactly what
 * indexing writes for new documents; no rebuild is needed.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === "postgres") {
    await sql`
      UPDATE search_documents d SET tsv = coalesce((
        SELECT setweight(string_agg(
          quote_literal(${"\u1e23"} || u.lexeme) || ':' ||
            (SELECT string_agg(x.p::text, ',') FROM unnest(u.positions, u.weights) AS x(p, w) WHERE x.w = 'A'),
          ' ')::tsvector, 'D')
        FROM unnest(d.tsv) AS u(lexeme, positions, weights)
        WHERE 'A' = ANY(u.weights)
      ), ''::tsvector) || d.tsv`.execute(db);
    return;
  }
  await sql`DROP TABLE search_fts`.execute(db);
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(headline, body, headline_marks, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(
    db,
  );
}
