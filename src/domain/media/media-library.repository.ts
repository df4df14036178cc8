import { type Kysely, sql } from "kysely";
import type { Database } from "../../storage/schema.ts";
import type { ImageVariant } from "./media.types.ts";

export interface LibraryItem {
  id: number;
  fileName: string;
  mime: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  variants: ImageVariant[];
  originalKey: string;
  uploadedBy: number | null;
  createdAt: Date;
}

/** The newsroom's media library: search, edit the words, remember who uploaded. */
export function createMediaLibraryRepository(db: Kysely<Database>) {
  const base = () =>
    db
      .selectFrom("media")
      .select([
        "id",
        "file_name",
        "mime",
        "width",
        "height",
        "alt",
        "caption",
        "credit",
        "variants",
        "original_key",
        "uploaded_by",
        "created_at",
      ]);
  type Row = Awaited<ReturnType<ReturnType<typeof base>["executeTakeFirstOrThrow"]>>;
  const toItem = (r: Row): LibraryItem => ({
    id: r.id,
    fileName: r.file_name,
    mime: r.mime,
    width: r.width,
    height: r.height,
    alt: r.alt,
    caption: r.caption,
    credit: r.credit,
    variants: JSON.parse(r.variants) as ImageVariant[],
    originalKey: r.original_key,
    uploadedBy: r.uploaded_by,
    createdAt: new Date(Number(r.created_at)),
  });

  return {
    async find(id: number): Promise<LibraryItem | null> {
      const row = await base().where("id", "=", id).executeTakeFirst();
      return row ? toItem(row) : null;
    },

    /** Newest first, by id keyset; `query` matches the file name, caption or alt text. */
    async search(query: string | null, beforeId: number | null, limit: number): Promise<LibraryItem[]> {
      let q = base();
      if (query) {
        const like = `%${query.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
        q = q.where(
          sql<boolean>`(lower(file_name) like ${like} escape '\\' or lower(coalesce(caption, '')) like ${like} escape '\\' or lower(alt) like ${like} escape '\\')`,
        );
      }
      if (beforeId !== null) q = q.where("id", "<", beforeId);
      return (await q.orderBy("id", "desc").limit(limit).execute()).map(toItem);
    },

    async update(
      id: number,
      patch: { alt?: string; caption?: string | null; credit?: string | null },
    ): Promise<void> {
      if (Object.keys(patch).length === 0) return;
      await db.updateTable("media").set(patch).where("id", "=", id).execute();
    },

    async setUploader(id: number, userId: number): Promise<void> {
      await db
        .updateTable("media")
        .set({ uploaded_by: userId })
        .where("id", "=", id)
        .where("uploaded_by", "is", null)
        .execute();
    },
  };
}

export type MediaLibraryRepository = ReturnType<typeof createMediaLibraryRepository>;
