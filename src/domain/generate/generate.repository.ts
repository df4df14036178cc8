import { type Kysely, sql } from "kysely";
import type { DialectName } from "../../storage/database.ts";
import type { Database } from "../../storage/schema.ts";
import type { HourlyViews } from "../views/views.repository.ts";

/** An article row as generated: ids are assigned by the generator, which only fills an empty archive. */
export interface GeneratedArticleRow {
  id: number;
  slug: string;
  title: string;
  kicker: string | null;
  excerpt: string;
  bodyHtml: string;
  sectionId: number;
  leadMediaId: number | null;
  leadCaption: string | null;
  leadCredit: string | null;
  status: "draft" | "published";
  publishedAt: number | null;
  createdAt: number;
  updatedAt: number;
  authorIds: number[];
  tagIds: number[];
}

// SQLite binds at most 32,766 parameters per statement, PostgreSQL 65,535; stay well below both.
const MAX_PARAMS = 15_000;

function chunks<T>(rows: T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMS / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * The bulk writes of `warta generate`: multi-row inserts in large transactions, bypassing the
 * one-article-at-a-time repositories that the newsroom and imports use.
 */
export function createGenerateRepository(db: Kysely<Database>, dialect: DialectName) {
  return {
    /**
     * SQLite: a bigger page cache and no fsync per commit while loading. A crash mid-load can
     * lose the archive being generated, nothing else; `finishBulkLoad` restores the defaults.
     */
    async startBulkLoad(): Promise<void> {
      if (dialect !== "sqlite") return;
      await sql`pragma synchronous = OFF`.execute(db);
      await sql`pragma cache_size = -262144`.execute(db);
      await sql`pragma temp_store = MEMORY`.execute(db);
    },

    /** Writes articles with their authors and tags in one transaction. */
    async writeArticles(rows: GeneratedArticleRow[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        for (const part of chunks(rows, 15)) {
          await trx
            .insertInto("articles")
            .values(
              part.map((a) => ({
                id: a.id,
                slug: a.slug,
                title: a.title,
                kicker: a.kicker,
                excerpt: a.excerpt,
                body_html: a.bodyHtml,
                section_id: a.sectionId,
                lead_media_id: a.leadMediaId,
                lead_caption: a.leadCaption,
                lead_credit: a.leadCredit,
                lead_alt: null,
                status: a.status,
                published_at: a.publishedAt,
                created_at: a.createdAt,
                updated_at: a.updatedAt,
              })),
            )
            .execute();
        }
        const people = rows.flatMap((a) =>
          a.authorIds.map((authorId, position) => ({ article_id: a.id, author_id: authorId, position })),
        );
        for (const part of chunks(people, 3)) await trx.insertInto("article_authors").values(part).execute();
        const tags = rows.flatMap((a) => a.tagIds.map((tagId) => ({ article_id: a.id, tag_id: tagId })));
        for (const part of chunks(tags, 2)) await trx.insertInto("article_tags").values(part).execute();
      });
    },

    /** Writes view buckets for articles that have none yet, in one transaction. */
    async writeViews(rows: HourlyViews[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        for (const part of chunks(rows, 3)) {
          await trx
            .insertInto("views_hourly")
            .values(part.map((v) => ({ article_id: v.articleId, hour: v.hour, count: v.count })))
            .execute();
        }
      });
    },

    /**
     * PostgreSQL: move the id sequence past the ids we chose, so the next article gets a fresh
     * one, and refresh planner statistics. SQLite: restore the defaults and fold the WAL back.
     */
    async finishBulkLoad(): Promise<void> {
      if (dialect === "postgres") {
        await sql`select setval(pg_get_serial_sequence('articles', 'id'), coalesce((select max(id) from articles), 1))`.execute(
          db,
        );
        await sql`analyze`.execute(db);
        return;
      }
      await sql`pragma synchronous = NORMAL`.execute(db);
      await sql`pragma cache_size = -2000`.execute(db);
      await sql`pragma temp_store = DEFAULT`.execute(db);
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    },
  };
}

export type GenerateRepository = ReturnType<typeof createGenerateRepository>;
