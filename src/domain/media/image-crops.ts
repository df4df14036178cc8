import type { BlobStore } from "../../storage/blob-store.ts";
import { loadSharp } from "./load-sharp.ts";
import type { CropRatio, ImageVariant } from "./media.types.ts";

/** The aspect ratios Google asks for in NewsArticle markup (and social cards use). */
export const CROP_RATIOS: Record<CropRatio, number> = { "16:9": 16 / 9, "4:3": 4 / 3, "1:1": 1 };

/** Google wants share images at least this wide; crops are made at this width where the original allows. */
export const CROP_WIDTH = 1200;

/** The largest centred crop of `ratio` inside the original, then scaled down to at most CROP_WIDTH. */
export function cropSize(width: number, height: number, ratio: number): { width: number; height: number } {
  const cropWidth = Math.min(width, Math.floor(height * ratio));
  const out = Math.min(cropWidth, CROP_WIDTH);
  return { width: out, height: Math.round(out / ratio) };
}

/**
 * Renders the 16:9, 4:3 and 1:1 share crops of an image (JPEG: every crawler and social app
 * reads it) next to its other renditions. Keys already present are not rendered again, so this
 * doubles as the catch-up for media stored before crops existed.
 */
export async function storeImageCrops(
  store: BlobStore,
  bytes: Buffer,
  dir: string,
  size: { width: number; height: number },
  onCreated: (key: string) => void = () => {},
): Promise<ImageVariant[]> {
  const sharp = await loadSharp();
  const out: ImageVariant[] = [];
  for (const [crop, ratio] of Object.entries(CROP_RATIOS) as [CropRatio, number][]) {
    const target = cropSize(size.width, size.height, ratio);
    const key = `${dir}/crop-${crop.replace(":", "x")}-${target.width}.jpg`;
    if (!(await store.exists(key))) {
      const jpeg = await sharp(bytes)
        .rotate()
        .flatten({ background: "#ffffff" })
        .resize({ width: target.width, height: target.height, fit: "cover", position: "attention" })
        .jpeg({ quality: 82, mozjpeg: true, progressive: true })
        .toBuffer();
      await store.put(key, jpeg);
      onCreated(key);
    }
    out.push({ ...target, format: "jpeg", key, crop });
  }
  return out;
}

/** True when an image's stored renditions already include every share crop. */
export function hasAllCrops(variants: ImageVariant[]): boolean {
  const have = new Set(variants.map((v) => v.crop).filter(Boolean));
  return Object.keys(CROP_RATIOS).every((c) => have.has(c as CropRatio));
}

export interface CropBackfillDeps {
  store: BlobStore;
  media: {
    batchAfter(
      afterId: number,
      limit: number,
    ): Promise<
      { id: number; originalKey: string; width: number; height: number; variants: ImageVariant[] }[]
    >;
    setVariants(id: number, variants: ImageVariant[]): Promise<void>;
  };
}

/**
 * Maintenance (`warta crops`): gives media stored before share crops existed their crops.
 * Walks the library in id order, a batch at a time; returns how many images were updated.
 */
export async function backfillCrops(deps: CropBackfillDeps): Promise<number> {
  let updated = 0;
  let afterId = 0;
  for (;;) {
    const batch = await deps.media.batchAfter(afterId, 100);
    if (batch.length === 0) return updated;
    for (const m of batch) {
      afterId = m.id;
      if (hasAllCrops(m.variants)) continue;
      const bytes = await deps.store.get(m.originalKey);
      const dir = m.originalKey.slice(0, m.originalKey.lastIndexOf("/"));
      const crops = await storeImageCrops(deps.store, bytes, dir, m);
      await deps.media.setVariants(m.id, [...m.variants.filter((v) => !v.crop), ...crops]);
      updated++;
    }
  }
}
