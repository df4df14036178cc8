import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.ts";

export interface AuthorRecord {
  id: number;
  slug: string;
  name: string;
  bio: string | null;
}

/** The newsroom's writes to sections, tags and authors (the reading repositories only read them). */
export function createCatalogRepository(db: Kysely<Database>) {
  const count = async (q: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> }) =>
    Number((await q.executeTakeFirstOrThrow()).n);
  return {
    async slugTaken(
      table: "sections" | "tags" | "authors",
      slug: string,
      exceptId?: number,
    ): Promise<boolean> {
      let q = db.selectFrom(table).select("id").where("slug", "=", slug);
      if (exceptId !== undefined) q = q.where("id", "!=", exceptId);
      return (await q.executeTakeFirst()) !== undefined;
    },

    async insertSection(v: { slug: string; name: string; parentId: number | null; position: number }) {
      const row = await db
        .insertInto("sections")
        .values({ slug: v.slug, name: v.name, parent_id: v.parentId, position: v.position })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async updateSection(
      id: number,
      v: { slug?: string; name?: string; parentId?: number | null; position?: number },
    ) {
      await db
        .updateTable("sections")
        .set({
          ...(v.slug !== undefined ? { slug: v.slug } : {}),
          ...(v.name !== undefined ? { name: v.name } : {}),
          ...(v.parentId !== undefined ? { parent_id: v.parentId } : {}),
          ...(v.position !== undefined ? { position: v.position } : {}),
        })
        .where("id", "=", id)
        .execute();
    },
    async sectionUsage(id: number): Promise<number> {
      const articles = await count(
        db
          .selectFrom("articles")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("section_id", "=", id),
      );
      const children = await count(
        db
          .selectFrom("sections")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("parent_id", "=", id),
      );
      return articles + children;
    },
    async deleteSection(id: number) {
      await db.deleteFrom("sections").where("id", "=", id).execute();
    },

    async tags(query: string | null, limit: number) {
      let q = db.selectFrom("tags").select(["id", "slug", "name"]).orderBy("name").limit(limit);
      if (query) q = q.where("slug", "like", `%${query.replace(/[%_]/g, "")}%`);
      return q.execute();
    },
    async findTag(id: number) {
      return (
        (await db
          .selectFrom("tags")
          .select(["id", "slug", "name"])
          .where("id", "=", id)
          .executeTakeFirst()) ?? null
      );
    },
    async insertTag(v: { slug: string; name: string }) {
      return (await db.insertInto("tags").values(v).returning("id").executeTakeFirstOrThrow()).id;
    },
    async updateTag(id: number, v: { slug?: string; name?: string }) {
      await db.updateTable("tags").set(v).where("id", "=", id).execute();
    },
    async deleteTag(id: number) {
      await db.deleteFrom("tags").where("id", "=", id).execute();
    },

    async authors(): Promise<AuthorRecord[]> {
      return db.selectFrom("authors").select(["id", "slug", "name", "bio"]).orderBy("name").execute();
    },
    async findAuthor(id: number): Promise<AuthorRecord | null> {
      return (
        (await db
          .selectFrom("authors")
          .select(["id", "slug", "name", "bio"])
          .where("id", "=", id)
          .executeTakeFirst()) ?? null
      );
    },
    async insertAuthor(v: { slug: string; name: string; bio: string | null }) {
      return (await db.insertInto("authors").values(v).returning("id").executeTakeFirstOrThrow()).id;
    },
    async updateAuthor(id: number, v: { slug?: string; name?: string; bio?: string | null }) {
      await db.updateTable("authors").set(v).where("id", "=", id).execute();
    },
    async authorUsage(id: number): Promise<number> {
      return count(
        db
          .selectFrom("article_authors")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("author_id", "=", id),
      );
    },
    async deleteAuthor(id: number) {
      await db.deleteFrom("authors").where("id", "=", id).execute();
    },

    async setting(key: string): Promise<string | null> {
      return (
        (await db.selectFrom("settings").select("value").where("key", "=", key).executeTakeFirst())?.value ??
        null
      );
    },
    /** Stores the value unless one is there already; returns the one that won. */
    async settingOnce(key: string, value: string): Promise<string> {
      await db
        .insertInto("settings")
        .values({ key, value })
        .onConflict((oc) => oc.column("key").doNothing())
        .execute();
      return (await this.setting(key)) ?? value;
    },
  };
}

export type CatalogRepository = ReturnType<typeof createCatalogRepository>;
