import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.ts";
import type { TagRef } from "../articles/article.types.ts";

export function createTagRepository(db: Kysely<Database>) {
  return {
    async findBySlug(slug: string): Promise<TagRef | null> {
      const row = await db
        .selectFrom("tags")
        .select(["id", "slug", "name"])
        .where("slug", "=", slug)
        .executeTakeFirst();
      return row ?? null;
    },

    /** Tags in slug order after `afterSlug`: the content API pages through them by keyset. */
    async listAfter(afterSlug: string | null, limit: number): Promise<TagRef[]> {
      let q = db.selectFrom("tags").select(["id", "slug", "name"]).orderBy("slug").limit(limit);
      if (afterSlug !== null) q = q.where("slug", ">", afterSlug);
      return q.execute();
    },

    /** Finds or creates a tag by slug, keeping the first spelling of its name. */
    async ensure(input: { slug: string; name: string }): Promise<number> {
      const existing = await db
        .selectFrom("tags")
        .select("id")
        .where("slug", "=", input.slug)
        .executeTakeFirst();
      if (existing) return existing.id;
      const row = await db.insertInto("tags").values(input).returning("id").executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

export type TagRepository = ReturnType<typeof createTagRepository>;
