import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.ts";
import { bylinesFor, tagsFor } from "../articles/article-links.query.ts";

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
        bylinesFor(db, ids),
        tagsFor(db, ids),
        withBody
          ? db.selectFrom("articles").select(["id", "body_html"]).where("id", "in", ids).execute()
          : Promise.resolve([]),
      ]);
      for (const [id, extras] of out) {
        extras.authors = (authors.get(id) ?? []).map((a) => ({ slug: a.slug, name: a.name }));
        extras.tags = (tags.get(id) ?? []).map((t) => ({ slug: t.slug, name: t.name }));
      }
      for (const b of bodies) {
        const e = out.get(b.id);
        if (e) e.bodyHtml = b.body_html;
      }
      return out;
    },
  };
}

export type FeedRepository = ReturnType<typeof createFeedRepository>;
