import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.ts";
import type { ImageVariant } from "./media.types.ts";

export interface MediaRecord {
  id: number;
  hash: string;
  originalKey: string;
  mime: string;
  width: number;
  height: number;
  variants: ImageVariant[];
  alt: string;
  caption: string | null;
  credit: string | null;
  fileName: string;
}

export function createMediaRepository(db: Kysely<Database>) {
  return {
    async findById(id: number): Promise<MediaRecord | null> {
      const row = await db.selectFrom("media").selectAll().where("id", "=", id).executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        hash: row.hash,
        originalKey: row.original_key,
        mime: row.mime,
        width: row.width,
        height: row.height,
        variants: JSON.parse(row.variants) as ImageVariant[],
        alt: row.alt,
        caption: row.caption,
        credit: row.credit,
        fileName: row.file_name,
      };
    },

    /** Media in id order after `afterId`, a batch at a time: maintenance walks the library with it. */
    async batchAfter(
      afterId: number,
      limit: number,
    ): Promise<
      { id: number; originalKey: string; width: number; height: number; variants: ImageVariant[] }[]
    > {
      const rows = await db
        .selectFrom("media")
        .select(["id", "original_key", "width", "height", "variants"])
        .where("id", ">", afterId)
        .orderBy("id")
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        originalKey: r.original_key,
        width: r.width,
        height: r.height,
        variants: JSON.parse(r.variants) as ImageVariant[],
      }));
    },

    async setVariants(id: number, variants: ImageVariant[]): Promise<void> {
      await db
        .updateTable("media")
        .set({ variants: JSON.stringify(variants) })
        .where("id", "=", id)
        .execute();
    },

    /** Returns the id of the media row for these bytes, creating it on first sight. */
    async ensure(input: Omit<MediaRecord, "id">, createdAt: number): Promise<number> {
      const existing = await db
        .selectFrom("media")
        .select("id")
        .where("hash", "=", input.hash)
        .executeTakeFirst();
      if (existing) return existing.id;
      const row = await db
        .insertInto("media")
        .values({
          hash: input.hash,
          original_key: input.originalKey,
          mime: input.mime,
          width: input.width,
          height: input.height,
          variants: JSON.stringify(input.variants),
          alt: input.alt,
          caption: input.caption,
          credit: input.credit,
          file_name: input.fileName,
          created_at: createdAt,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

export type MediaRepository = ReturnType<typeof createMediaRepository>;
