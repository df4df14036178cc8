import { createHash } from "node:crypto";
import type { Metadata } from "sharp";
import type { BlobStore } from "../../storage/blob-store.ts";
import { storeImageCrops } from "./image-crops.ts";
import { loadSharp } from "./load-sharp.ts";
import type { ImageFormat, ImageVariant } from "./media.types.ts";

/** Widths offered to browsers through srcset; only those below the original are made, plus the original. */
export const VARIANT_WIDTHS = [320, 480, 640, 960, 1280, 1600, 1920];

export interface ProcessedImage {
  hash: string;
  mime: string;
  width: number;
  height: number;
  originalKey: string;
  variants: ImageVariant[];
  /** Keys written by this call (not there before): what to remove if the surrounding work fails. */
  createdKeys: string[];
}

const MIME_EXT: Record<string, string> = {
  jpeg: "jpg",
  png: "png",
  webp: "webp",
  gif: "gif",
  avif: "avif",
  tiff: "tif",
};

export class UnreadableImage extends Error {}

/**
 * Stores an original image and its responsive renditions (WebP plus a JPEG or, for images with
 * transparency, PNG fallback). Content-addressed: the same bytes are processed and stored once.
 */
export async function storeImageWithVariants(store: BlobStore, bytes: Buffer): Promise<ProcessedImage> {
  const sharp = await loadSharp();
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch (err) {
    throw new UnreadableImage(`not an image sharp can read (${(err as Error).message})`);
  }
  const format = meta.format ?? "";
  const ext = MIME_EXT[format];
  if (!ext || !meta.width || !meta.height) throw new UnreadableImage(`unsupported image format "${format}"`);
  // Respect EXIF rotation: a phone photo's stored width may be its height.
  const rotated = (meta.orientation ?? 1) >= 5;
  const width = rotated ? meta.height : meta.width;
  const height = rotated ? meta.width : meta.height;

  const hash = createHash("sha256").update(bytes).digest("hex");
  const dir = `media/${hash.slice(0, 2)}/${hash}`;
  const createdKeys: string[] = [];
  const putOnce = async (key: string, make: () => Promise<Buffer>) => {
    if (await store.exists(key)) return;
    await store.put(key, await make());
    createdKeys.push(key);
  };

  const originalKey = `${dir}/original.${ext}`;
  await putOnce(originalKey, async () => bytes);

  const fallback: ImageFormat = meta.hasAlpha ? "png" : "jpeg";
  const widths = [...VARIANT_WIDTHS.filter((w) => w < width), width];
  const variants: ImageVariant[] = [];
  for (const w of widths) {
    const h = Math.round((height * w) / width);
    for (const fmt of ["webp", fallback] as const) {
      const key = `${dir}/${w}.${fmt === "jpeg" ? "jpg" : fmt}`;
      await putOnce(key, () => render(bytes, w, fmt));
      variants.push({ width: w, height: h, format: fmt, key });
    }
  }
  variants.push(...(await storeImageCrops(store, bytes, dir, { width, height }, (k) => createdKeys.push(k))));
  return { hash, mime: `image/${format}`, width, height, originalKey, variants, createdKeys };
}

async function render(bytes: Buffer, width: number, format: ImageFormat): Promise<Buffer> {
  const sharp = await loadSharp();
  const pipeline = sharp(bytes).rotate().resize({ width, withoutEnlargement: true });
  if (format === "webp") return pipeline.webp({ quality: 78, effort: 4 }).toBuffer();
  if (format === "png") return pipeline.png({ compressionLevel: 9, palette: true }).toBuffer();
  return pipeline.jpeg({ quality: 80, mozjpeg: true, progressive: true }).toBuffer();
}
