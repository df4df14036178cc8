import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.ts";
import type { Section } from "./section.types.ts";

export function createSectionRepository(db: Kysely<Database>) {
  return {
    async all(): Promise<Section[]> {
      const rows = await db
        .selectFrom("sections")
        .select(["id", "slug", "name", "parent_id", "position"])
        .execute();
      return rows.map((r) => ({
        id: r.id,
        slug: r.slug,
        name: r.name,
        parentId: r.parent_id,
        position: r.position,
      }));
    },

    /** Inserts or updates by slug; returns the id. */
    async upsertBySlug(input: { slug: string; name: string; parentId: number | null; position: number }) {
      const existing = await db
        .selectFrom("sections")
        .select("id")
        .where("slug", "=", input.slug)
        .executeTakeFirst();
      const values = { name: input.name, parent_id: input.parentId, position: input.position };
      if (existing) {
        await db.updateTable("sections").set(values).where("id", "=", existing.id).execute();
        return existing.id;
      }
      const row = await db
        .insertInto("sections")
        .values({ ...values, slug: input.slug })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

export type SectionRepository = ReturnType<typeof createSectionRepository>;
