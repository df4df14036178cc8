import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.ts";

export interface FeedExtras {
  bodyHtml: string;
  authors: { slug: string; name: string }[];
  tags: { slug: string; name: string }[];
}

/**
 * What a feed or API entry needs beyond a list summary: byline, topics and (for full-content
 * feeds and `?body=1`) the body, for a whole page of articles in three queries.
 */
export function createFeedRepository(db: Kysely<Database>) {
  return {
    async extrasFor(ids: number[], withBody: boolean): Promise<Map<number, FeedExtras>> {
      const out = new Map<number, FeedExtras>(ids.map((id) => [id, { bodyHtml: "", authors: [], tags: [] }]));
      if (ids.length === 0) return out;
      const [authors, tags, bodies] = await Promise.all([
        db
          .selectFrom("article_authors as aa")
          .innerJoin("authors as au", "au.id", "aa.author_id")
          .select(["aa.article_id", "au.slug", "au.name"])
          .where("aa.article_id", "in", ids)
          .orderBy("aa.article_id")
          .orderBy("aa.position")
          .execute(),
        db
          .selectFrom("article_tags as at")
          .innerJoin("tags as t", "t.id", "at.tag_id")
          .select(["at.article_id", "t.slug", "t.name"])
          .where("at.article_id", "in", ids)
          .orderBy("t.name")
          .execute(),
        withBody
          ? db.selectFrom("articles").select(["id", "body_html"]).where("id", "in", ids).execute()
          : Promise.resolve([]),
      ]);
      for (const a of authors) out.get(a.article_id)?.authors.push({ slug: a.slug, name: a.name });
      for (const t of tags) out.get(t.article_id)?.tags.push({ slug: t.slug, name: t.name });
      for (const b of bodies) {
        const e = out.get(b.id);
        if (e) e.bodyHtml = b.body_html;
      }
      return out;
    },
  };
}

export type FeedRepository = ReturnType<typeof createFeedRepository>;
