import { type Kysely, sql } from "kysely";
import { Invalid } from "../../errors.ts";
import { precompiled } from "../../storage/precompiled.ts";
import type { Database } from "../../storage/schema.ts";
import { isUniqueViolation } from "../../storage/unique-violation.ts";
import type { ImageVariant } from "../media/media.types.ts";
import type { AuthorRef } from "./article.types.ts";
import type {
  ArticleContent,
  ArticleHistoryEvent,
  Correction,
  EditorialArticle,
  EditorialCursor,
  EditorialFilter,
  EditorialListItem,
  EditorialStatus,
  Revision,
} from "./editorial.types.ts";

/** Columns written by an editorial save. */
export interface ContentWrite {
  content: ArticleContent;
  tagIds: number[];
  updatedAt: number;
}

/** All SQL of the newsroom's view of articles: any status, versions, revisions, events, corrections. */
export function createEditorialRepository(db: Kysely<Database>) {
  const correctionsQuery = precompiled(db, ["articleId"], (p: { articleId: number }) =>
    db
      .selectFrom("article_corrections")
      .select(["id", "note", "created_at"])
      .where("article_id", "=", p.articleId)
      .orderBy("created_at")
      .orderBy("id"),
  );
  const listQuery = () =>
    db
      .selectFrom("articles as a")
      .innerJoin("sections as s", "s.id", "a.section_id")
      .leftJoin("users as u", "u.id", "a.created_by")
      .select([
        "a.id",
        "a.slug",
        "a.title",
        "a.status",
        "a.version",
        "a.published_at",
        "a.updated_at",
        "a.section_id",
        "s.slug as section_slug",
        "s.name as section_name",
        "a.created_by",
        "u.name as created_by_name",
      ]);
  type ListRow = Awaited<ReturnType<ReturnType<typeof listQuery>["executeTakeFirstOrThrow"]>>;

  async function authorsOf(ids: number[]): Promise<Map<number, AuthorRef[]>> {
    const out = new Map<number, AuthorRef[]>();
    if (ids.length === 0) return out;
    const rows = await db
      .selectFrom("article_authors as aa")
      .innerJoin("authors as au", "au.id", "aa.author_id")
      .select(["aa.article_id", "au.id", "au.slug", "au.name"])
      .where("aa.article_id", "in", ids)
      .orderBy("aa.position")
      .execute();
    for (const r of rows) {
      const list = out.get(r.article_id) ?? [];
      list.push({ id: r.id, slug: r.slug, name: r.name });
      out.set(r.article_id, list);
    }
    return out;
  }

  async function toItems(rows: ListRow[]): Promise<EditorialListItem[]> {
    const authors = await authorsOf(rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      status: r.status,
      version: r.version,
      section: { id: r.section_id, slug: r.section_slug, name: r.section_name },
      authors: authors.get(r.id) ?? [],
      publishedAt: r.published_at === null ? null : new Date(Number(r.published_at)),
      updatedAt: new Date(Number(r.updated_at)),
      createdBy:
        r.created_by !== null && r.created_by_name !== null
          ? { id: r.created_by, name: r.created_by_name }
          : null,
    }));
  }

  return {
    async find(id: number): Promise<EditorialArticle | null> {
      const row = await db
        .selectFrom("articles as a")
        .innerJoin("sections as s", "s.id", "a.section_id")
        .leftJoin("users as u", "u.id", "a.created_by")
        .leftJoin("media as m", "m.id", "a.lead_media_id")
        .selectAll("a")
        .select([
          "s.slug as section_slug",
          "s.name as section_name",
          "u.name as created_by_name",
          "m.width as media_width",
          "m.height as media_height",
          "m.variants as media_variants",
          "m.alt as media_alt",
        ])
        .where("a.id", "=", id)
        .executeTakeFirst();
      if (!row) return null;
      const authors = (await authorsOf([id])).get(id) ?? [];
      const tags = await db
        .selectFrom("article_tags as at")
        .innerJoin("tags as t", "t.id", "at.tag_id")
        .select(["t.id", "t.slug", "t.name"])
        .where("at.article_id", "=", id)
        .orderBy("t.name")
        .execute();
      const corrections = await this.correctionsOf(id);
      const lead =
        row.lead_media_id !== null && row.media_width !== null && row.media_height !== null
          ? { mediaId: row.lead_media_id, caption: row.lead_caption, credit: row.lead_credit }
          : null;
      return {
        id: row.id,
        slug: row.slug,
        status: row.status,
        version: row.version,
        content: {
          title: row.title,
          kicker: row.kicker,
          slug: row.slug,
          excerpt: row.excerpt,
          sectionId: row.section_id,
          tags: tags.map((t) => t.name),
          authorIds: authors.map((a) => a.id),
          lead,
          seoTitle: row.seo_title,
          seoDescription: row.seo_description,
          bodyHtml: row.body_html,
        },
        section: { id: row.section_id, slug: row.section_slug, name: row.section_name },
        tags,
        authors,
        lead:
          lead && row.media_width !== null && row.media_height !== null
            ? {
                ...lead,
                alt: row.lead_alt ?? row.media_alt ?? "",
                width: row.media_width,
                height: row.media_height,
                variants: JSON.parse(row.media_variants ?? "[]") as ImageVariant[],
              }
            : null,
        publishedAt: row.published_at === null ? null : new Date(Number(row.published_at)),
        createdAt: new Date(Number(row.created_at)),
        updatedAt: new Date(Number(row.updated_at)),
        createdBy:
          row.created_by !== null && row.created_by_name !== null
            ? { id: row.created_by, name: row.created_by_name }
            : null,
        corrections,
      };
    },

    async slugTaken(slug: string, exceptId?: number): Promise<boolean> {
      let q = db.selectFrom("articles").select("id").where("slug", "=", slug);
      if (exceptId !== undefined) q = q.where("id", "!=", exceptId);
      return (await q.executeTakeFirst()) !== undefined;
    },

    async insert(write: ContentWrite, createdBy: number): Promise<number> {
      const c = write.content;
      const row = await db
        .insertInto("articles")
        .values({
          ...contentColumns(c),
          slug: c.slug,
          status: "draft",
          published_at: null,
          version: 1,
          created_by: createdBy,
          created_at: write.updatedAt,
          updated_at: write.updatedAt,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
        .catch(slugRace);
      await writeLinks(db, row.id, c.authorIds, write.tagIds);
      return row.id;
    },

    /**
     * Writes new content only if the article is still at `baseVersion` (compare-and-set, so two
     * simultaneous saves cannot both win). Returns the new version, or null when it was stale.
     */
    async updateContent(id: number, baseVersion: number, write: ContentWrite): Promise<number | null> {
      const c = write.content;
      const res = await db
        .updateTable("articles")
        .set({
          ...contentColumns(c),
          slug: c.slug,
          updated_at: write.updatedAt,
          version: sql<number>`version + 1`,
        })
        .where("id", "=", id)
        .where("version", "=", baseVersion)
        .executeTakeFirst()
        .catch(slugRace);
      if (Number(res.numUpdatedRows) !== 1) return null;
      await db.deleteFrom("article_authors").where("article_id", "=", id).execute();
      await db.deleteFrom("article_tags").where("article_id", "=", id).execute();
      await writeLinks(db, id, c.authorIds, write.tagIds);
      return baseVersion + 1;
    },

    /**
     * Moves an article to `to` only from one of `from` (compare-and-set on the status): of two
     * workers racing to publish the same scheduled article, exactly one gets true.
     */
    async setStatus(
      id: number,
      from: EditorialStatus[],
      to: EditorialStatus,
      publishedAt: number | null,
      updatedAt: number,
    ): Promise<boolean> {
      const res = await db
        .updateTable("articles")
        .set({ status: to, published_at: publishedAt, updated_at: updatedAt })
        .where("id", "=", id)
        .where("status", "in", from)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    /** The scheduled publish: only an article still scheduled for a time that has come moves. */
    async setStatusKeepingTime(
      id: number,
      from: EditorialStatus,
      to: EditorialStatus,
      at: number,
    ): Promise<boolean> {
      const res = await db
        .updateTable("articles")
        .set({ status: to, updated_at: at })
        .where("id", "=", id)
        .where("status", "=", from)
        .where("published_at", "<=", at)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    async touch(id: number, updatedAt: number): Promise<void> {
      await db.updateTable("articles").set({ updated_at: updatedAt }).where("id", "=", id).execute();
    },

    async delete(id: number): Promise<void> {
      await db.deleteFrom("articles").where("id", "=", id).execute();
    },

    async list(
      filter: EditorialFilter,
      after: EditorialCursor | null,
      limit: number,
    ): Promise<EditorialListItem[]> {
      let q = listQuery();
      if (filter.status) q = q.where("a.status", "=", filter.status);
      if (filter.sectionIds)
        q = q.where("a.section_id", "in", filter.sectionIds.length ? filter.sectionIds : [-1]);
      if (filter.createdBy !== undefined) q = q.where("a.created_by", "=", filter.createdBy);
      if (filter.updatedFrom !== undefined) q = q.where("a.updated_at", ">=", filter.updatedFrom);
      if (filter.updatedBefore !== undefined) q = q.where("a.updated_at", "<", filter.updatedBefore);
      if (filter.titleContains) {
        const like = `%${filter.titleContains.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
        q = q.where(sql<boolean>`lower(a.title) like ${like} escape '\\'`);
      }
      if (filter.authorId !== undefined) {
        const authorId = filter.authorId;
        q = q.where(({ exists, selectFrom }) =>
          exists(
            selectFrom("article_authors as aa")
              .select("aa.article_id")
              .whereRef("aa.article_id", "=", "a.id")
              .where("aa.author_id", "=", authorId),
          ),
        );
      }
      // The plain bound lets the index range start at the cursor (see listVisible).
      if (after)
        q = q
          .where("a.updated_at", "<=", after.updatedAt)
          .where(sql<boolean>`(a.updated_at, a.id) < (${after.updatedAt}, ${after.id})`);
      const rows = await q.orderBy("a.updated_at", "desc").orderBy("a.id", "desc").limit(limit).execute();
      return toItems(rows);
    },

    /** Scheduled articles, soonest first; published ones newest first. */
    async byStatus(
      status: EditorialStatus,
      limit: number,
      publishedBy?: number,
    ): Promise<EditorialListItem[]> {
      const order = status === "scheduled" ? "asc" : "desc";
      const column = status === "scheduled" || status === "published" ? "a.published_at" : "a.updated_at";
      let q = listQuery();
      if (publishedBy !== undefined) q = q.where("a.published_at", "<=", publishedBy);
      const rows = await q
        .where("a.status", "=", status)
        .orderBy(column, order)
        .orderBy("a.id", order)
        .limit(limit)
        .execute();
      return toItems(rows);
    },

    /** Published articles showing this image, tag or author: their pages change with it. */
    async publishedIdsUsing(
      what: { mediaId: number } | { tagId: number } | { authorId: number },
    ): Promise<number[]> {
      let q = db.selectFrom("articles as a").select("a.id").where("a.status", "=", "published");
      if ("mediaId" in what) q = q.where("a.lead_media_id", "=", what.mediaId);
      else if ("tagId" in what) {
        const tagId = what.tagId;
        q = q.where(({ exists, selectFrom }) =>
          exists(
            selectFrom("article_tags as t")
              .select("t.article_id")
              .whereRef("t.article_id", "=", "a.id")
              .where("t.tag_id", "=", tagId),
          ),
        );
      } else {
        const authorId = what.authorId;
        q = q.where(({ exists, selectFrom }) =>
          exists(
            selectFrom("article_authors as aa")
              .select("aa.article_id")
              .whereRef("aa.article_id", "=", "a.id")
              .where("aa.author_id", "=", authorId),
          ),
        );
      }
      return (await q.execute()).map((r) => r.id);
    },

    async itemsByIds(ids: number[]): Promise<EditorialListItem[]> {
      if (ids.length === 0) return [];
      const rows = await listQuery().where("a.id", "in", ids).execute();
      const items = new Map((await toItems(rows)).map((i) => [i.id, i]));
      return ids.flatMap((id) => items.get(id) ?? []);
    },

    async insertRevision(
      articleId: number,
      version: number,
      userId: number | null,
      content: ArticleContent,
      at: number,
    ) {
      await db
        .insertInto("article_revisions")
        .values({
          article_id: articleId,
          version,
          user_id: userId,
          created_at: at,
          content: JSON.stringify(content),
        })
        .execute();
    },

    async revisions(articleId: number): Promise<Revision[]> {
      const rows = await db
        .selectFrom("article_revisions as r")
        .leftJoin("users as u", "u.id", "r.user_id")
        .select(["r.id", "r.version", "r.created_at", "r.user_id", "u.name as user_name"])
        .where("r.article_id", "=", articleId)
        .orderBy("r.version", "desc")
        .execute();
      return rows.map((r) => ({
        id: r.id,
        version: r.version,
        createdAt: new Date(Number(r.created_at)),
        user: r.user_id !== null && r.user_name !== null ? { id: r.user_id, name: r.user_name } : null,
      }));
    },

    async revision(
      articleId: number,
      by: { id: number } | { version: number },
    ): Promise<(Revision & { content: ArticleContent }) | null> {
      let q = db
        .selectFrom("article_revisions as r")
        .leftJoin("users as u", "u.id", "r.user_id")
        .select(["r.id", "r.version", "r.created_at", "r.user_id", "u.name as user_name", "r.content"])
        .where("r.article_id", "=", articleId);
      q = "id" in by ? q.where("r.id", "=", by.id) : q.where("r.version", "=", by.version);
      const r = await q.executeTakeFirst();
      if (!r) return null;
      return {
        id: r.id,
        version: r.version,
        createdAt: new Date(Number(r.created_at)),
        user: r.user_id !== null && r.user_name !== null ? { id: r.user_id, name: r.user_name } : null,
        content: JSON.parse(r.content) as ArticleContent,
      };
    },

    async insertEvent(
      articleId: number,
      type: string,
      userId: number | null,
      at: number,
      detail?: Record<string, unknown>,
    ) {
      await db
        .insertInto("article_events")
        .values({
          article_id: articleId,
          type,
          user_id: userId,
          at,
          detail: detail ? JSON.stringify(detail) : null,
        })
        .execute();
    },

    async events(articleId: number): Promise<ArticleHistoryEvent[]> {
      const rows = await db
        .selectFrom("article_events as e")
        .leftJoin("users as u", "u.id", "e.user_id")
        .select(["e.type", "e.at", "e.detail", "e.user_id", "u.name as user_name", "e.id"])
        .where("e.article_id", "=", articleId)
        .orderBy("e.at", "desc")
        .orderBy("e.id", "desc")
        .execute();
      return rows.map((r) => ({
        type: r.type,
        at: new Date(Number(r.at)),
        user: r.user_id !== null && r.user_name !== null ? { id: r.user_id, name: r.user_name } : null,
        detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
      }));
    },

    async insertCorrection(
      articleId: number,
      note: string,
      userId: number | null,
      at: number,
    ): Promise<void> {
      await db
        .insertInto("article_corrections")
        .values({ article_id: articleId, note, user_id: userId, created_at: at })
        .execute();
    },

    /**
     * Oldest first: the public page lists them in the order they were made. Read for every article
     * page (public and preview), so the query is built once and run with the id.
     */
    async correctionsOf(articleId: number): Promise<Correction[]> {
      const rows = await correctionsQuery({ articleId });
      return rows.map((r) => ({ id: r.id, note: r.note, at: new Date(Number(r.created_at)) }));
    },
  };
}

/** Two saves claiming one slug at the same moment: the loser hears what the slug check says. */
function slugRace(err: unknown): never {
  if (isUniqueViolation(err)) {
    throw new Invalid("slug_taken", "Slug ini sudah dipakai artikel lain.", { field: "slug" });
  }
  throw err;
}

function contentColumns(c: ArticleContent) {
  return {
    title: c.title,
    kicker: c.kicker,
    excerpt: c.excerpt,
    body_html: c.bodyHtml,
    section_id: c.sectionId,
    lead_media_id: c.lead?.mediaId ?? null,
    lead_caption: c.lead?.caption ?? null,
    lead_credit: c.lead?.credit ?? null,
    lead_alt: null,
    seo_title: c.seoTitle,
    seo_description: c.seoDescription,
  };
}

async function writeLinks(
  db: Kysely<Database>,
  id: number,
  authorIds: number[],
  tagIds: number[],
): Promise<void> {
  if (authorIds.length > 0) {
    await db
      .insertInto("article_authors")
      .values(authorIds.map((authorId, position) => ({ article_id: id, author_id: authorId, position })))
      .execute();
  }
  if (tagIds.length > 0) {
    await db
      .insertInto("article_tags")
      .values(tagIds.map((tagId) => ({ article_id: id, tag_id: tagId })))
      .execute();
  }
}

export type EditorialRepository = ReturnType<typeof createEditorialRepository>;
