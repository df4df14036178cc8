import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.ts";
import type { AuthorRef, TagRef } from "./article.types.ts";

/**
 * Bylines and topics for a page of articles, one query each: every list, feed, search result and
 * export reads them the same way, so they are written once. Ids without any get an empty list.
 */
export async function bylinesFor(db: Kysely<Database>, ids: number[]): Promise<Map<number, AuthorRef[]>> {
  const out = new Map<number, AuthorRef[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom("article_authors as aa")
    .innerJoin("authors as au", "au.id", "aa.author_id")
    .select(["aa.article_id", "au.id", "au.slug", "au.name"])
    .where("aa.article_id", "in", ids)
    .orderBy("aa.article_id")
    .orderBy("aa.position")
    .execute();
  for (const r of rows) out.get(r.article_id)?.push({ id: r.id, slug: r.slug, name: r.name });
  return out;
}

export async function tagsFor(db: Kysely<Database>, ids: number[]): Promise<Map<number, TagRef[]>> {
  const out = new Map<number, TagRef[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom("article_tags as at")
    .innerJoin("tags as t", "t.id", "at.tag_id")
    .select(["at.article_id", "t.id", "t.slug", "t.name"])
    .where("at.article_id", "in", ids)
    .orderBy("t.name")
    .execute();
  for (const r of rows) out.get(r.article_id)?.push({ id: r.id, slug: r.slug, name: r.name });
  return out;
}
