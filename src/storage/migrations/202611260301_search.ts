import { type Kysely, sql } from "kysely";
import type { DialectName } from "../database.ts";

/**
 * The search index over analysed terms (see src/domain/search/analyzer.ts) and the vocabulary
 * behind "Mungkin maksud Anda" and prefix matching. The index itself is the one dialect-specific
 * structure: an FTS5 table on SQLite, a tsvector column with a GIN index on PostgreSQL.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable("search_terms")
    .addColumn("term", "varchar(64)", (c) => c.primaryKey())
    .addColumn("docs", "integer", (c) => c.notNull())
    .execute();
  if (dialect === "postgres") await createTsvectorIndex(db);
  else await createFts5Index(db);
}

/**
 * Contentless FTS5: the table stores only the inverted index (no copy of the text), which keeps a
 * large archive's index compact; contentless_delete lets edits replace a row. The terms arrive
 * already folded and stemmed, so the tokenizer only splits on spaces.
 */
async function createFts5Index(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(headline, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(
    db,
  );
}

/** One tsvector per article: headline terms weighted A, body terms B; 'simple' keeps terms as given. */
async function createTsvectorIndex(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("search_documents")
    .addColumn("article_id", "integer", (c) => c.primaryKey().references("articles.id").onDelete("cascade"))
    .addColumn("tsv", sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX search_documents_tsv ON search_documents USING GIN (tsv)`.execute(db);
}
