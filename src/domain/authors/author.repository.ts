import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.ts";
import type { AuthorRef } from "../articles/article.types.ts";

export function createAuthorRepository(db: Kysely<Database>) {
  return {
    async findBySlug(slug: string): Promise<AuthorRef | null> {
      const row = await db
        .selectFrom("authors")
        .select(["id", "slug", "name"])
        .where("slug", "=", slug)
        .executeTakeFirst();
      return row ?? null;
    },

    async all(): Promise<AuthorRef[]> {
      return db.selectFrom("authors").select(["id", "slug", "name"]).orderBy("id").execute();
    },

    async idsBySlugs(slugs: string[]): Promise<Map<string, number>> {
      if (slugs.length === 0) return new Map();
      const rows = await db.selectFrom("authors").select(["id", "slug"]).where("slug", "in", slugs).execute();
      return new Map(rows.map((r) => [r.slug, r.id]));
    },

    async upsertBySlug(input: { slug: string; name: string }): Promise<number> {
      const existing = await db
        .selectFrom("authors")
        .select("id")
        .where("slug", "=", input.slug)
        .executeTakeFirst();
      if (existing) {
        await db.updateTable("authors").set({ name: input.name }).where("id", "=", existing.id).execute();
        return existing.id;
      }
      const row = await db.insertInto("authors").values(input).returning("id").executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

export type AuthorRepository = ReturnType<typeof createAuthorRepository>;
