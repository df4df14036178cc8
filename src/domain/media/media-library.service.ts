import type { Clock } from "../../clock.ts";
import { DomainError, Forbidden, Invalid, NotFound } from "../../errors.ts";
import type { BlobStore } from "../../storage/blob-store.ts";
import type { NewsroomUnitOfWork } from "../../storage/newsroom-repositories.ts";
import { type Actor, can } from "../users/user.types.ts";
import { storeImageWithVariants, UnreadableImage } from "./image-variants.ts";
import type { LibraryItem, MediaLibraryRepository } from "./media-library.repository.ts";

/** An upload that is not an image we can read. */
export class NotAnImage extends DomainError {
  readonly status = 415;
}

export interface Upload {
  bytes: Buffer;
  fileName: string;
  alt: string;
  caption?: string | null;
  credit?: string | null;
}

const clean = (v: string | null | undefined, max: number) => v?.trim().slice(0, max) || null;

/** Uploading and describing images. Alt text is required: every image on the site has one. */
export function createMediaLibrary(deps: {
  library: MediaLibraryRepository;
  transaction: NewsroomUnitOfWork;
  blobs: BlobStore;
  clock: Clock;
  /** After a caption, credit or alt change: published pages showing the image are told. */
  onChanged?: (mediaId: number) => Promise<void>;
}) {
  const { library, transaction, blobs, clock } = deps;

  async function get(id: number): Promise<LibraryItem> {
    const item = await library.find(id);
    if (!item) throw new NotFound("media_not_found", "Gambar tidak ditemukan.");
    return item;
  }

  return {
    get,

    search(query: string | null, beforeId: number | null, limit: number) {
      return library.search(query?.trim() || null, beforeId, limit);
    },

    async upload(actor: Actor, upload: Upload): Promise<LibraryItem> {
      if (!can(actor, "media.upload"))
        throw new Forbidden("forbidden", "Anda tidak boleh mengunggah gambar.");
      const alt = upload.alt.trim();
      if (!alt) throw new Invalid("alt_required", "Teks alternatif (alt) wajib diisi.", { field: "alt" });
      if (upload.bytes.length === 0)
        throw new Invalid("file_required", "Pilih berkas gambar.", { field: "file" });
      let image: Awaited<ReturnType<typeof storeImageWithVariants>>;
      try {
        image = await storeImageWithVariants(blobs, upload.bytes);
      } catch (err) {
        if (err instanceof UnreadableImage) {
          throw new NotAnImage("not_an_image", "Berkas ini bukan gambar (JPEG, PNG, WebP, GIF atau AVIF).", {
            field: "file",
          });
        }
        throw err;
      }
      try {
        const id = await transaction(async (r) => {
          const mediaId = await r.media.ensure(
            {
              hash: image.hash,
              originalKey: image.originalKey,
              mime: image.mime,
              width: image.width,
              height: image.height,
              variants: image.variants,
              alt: alt.slice(0, 500),
              caption: clean(upload.caption, 1000),
              credit: clean(upload.credit, 300),
              fileName: upload.fileName.slice(0, 300) || "gambar",
            },
            clock.now().getTime(),
          );
          return mediaId;
        });
        await library.setUploader(id, actor.id);
        // The same bytes may already be in the library (stored once by hash): the words the
        // uploader just typed still win, and pages showing the image hear about it.
        await library.update(id, {
          alt: alt.slice(0, 500),
          caption: clean(upload.caption, 1000),
          credit: clean(upload.credit, 300),
        });
        await deps.onChanged?.(id);
        return get(id);
      } catch (err) {
        for (const key of image.createdKeys) await blobs.delete(key);
        throw err;
      }
    },

    async update(
      actor: Actor,
      id: number,
      patch: { alt?: string; caption?: string | null; credit?: string | null },
    ) {
      const item = await get(id);
      if (!can(actor, "media.manage") && item.uploadedBy !== actor.id) {
        throw new Forbidden("forbidden", "Anda hanya boleh mengubah gambar unggahan sendiri.");
      }
      if (patch.alt !== undefined && !patch.alt.trim()) {
        throw new Invalid("alt_required", "Teks alternatif (alt) wajib diisi.", { field: "alt" });
      }
      await library.update(id, {
        ...(patch.alt !== undefined ? { alt: patch.alt.trim().slice(0, 500) } : {}),
        ...(patch.caption !== undefined ? { caption: clean(patch.caption, 1000) } : {}),
        ...(patch.credit !== undefined ? { credit: clean(patch.credit, 300) } : {}),
      });
      await deps.onChanged?.(id);
      return get(id);
    },
  };
}

export type MediaLibrary = ReturnType<typeof createMediaLibrary>;
