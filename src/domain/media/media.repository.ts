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
