import type { Kysely } from "kysely";
import { precompiled } from "../../storage/precompiled.ts";
import type { Database } from "../../storage/schema.ts";
import type { AuthorRef, TagRef } from "./article.types.ts";

function bylinesQuery(db: Kysely<Database>, ids: readonly number[]) {
  return db
    .selectFrom("article_authors as aa")
    .innerJoin("authors as au", "au.id", "aa.author_id")
    .select(["aa.article_id", "au.id", "au.slug", "au.name"])
    .where("aa.article_id", "in", ids)
    .orderBy("aa.article_id")
    .orderBy("aa.position");
}

function tagsQuery(db: Kysely<Database>, ids: readonly number[]) {
  return db
    .selectFrom("article_tags as at")
    .innerJoin("tags as t", "t.id", "at.tag_id")
    .select(["at.article_id", "t.id", "t.slug", "t.name"])
    .where("at.article_id", "in", ids)
    .orderBy("t.name");
}

type LinkRow = { article_id: number; id: number; slug: string; name: string };

/** Authors and tags share one shape: id, slug, name. */
const ref = (r: LinkRow): AuthorRef & TagRef => ({ id: r.id, slug: r.slug, name: r.name });

function grouped(ids: readonly number[], rows: LinkRow[]): Map<number, (AuthorRef & TagRef)[]> {
  const out = new Map<number, (AuthorRef & TagRef)[]>(ids.map((id) => [id, []]));
  for (const r of rows) out.get(r.article_id)?.push(ref(r));
  return out;
}

/**
 * Bylines and topics for a page of articles, one query each: every list, feed, search result and
 * export reads them the same way, so they are written once. Ids without any get an empty list.
 */
export async function bylinesFor(db: Kysely<Database>, ids: number[]): Promise<Map<number, AuthorRef[]>> {
  if (ids.length === 0) return new Map();
  return grouped(ids, await bylinesQuery(db, ids).execute());
}

export async function tagsFor(db: Kysely<Database>, ids: number[]): Promise<Map<number, TagRef[]>> {
  if (ids.length === 0) return new Map();
  return grouped(ids, await tagsQuery(db, ids).execute());
}

/** The same for one article (its page), with queries built once: see precompiled.ts. */
export function linksOfOneArticle(db: Kysely<Database>) {
  const bylines = precompiled(db, ["id"], (p: { id: number }) => bylinesQuery(db, [p.id]));
  const tags = precompiled(db, ["id"], (p: { id: number }) => tagsQuery(db, [p.id]));
  return {
    bylines: async (id: number): Promise<AuthorRef[]> => (await bylines({ id })).map(ref),
    tags: async (id: number): Promise<TagRef[]> => (await tags({ id })).map(ref),
  };
}
