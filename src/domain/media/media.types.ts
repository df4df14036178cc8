export type ImageFormat = "webp" | "jpeg" | "png";

/** Share crops for structured data and social cards (see image-crops.ts). */
export type CropRatio = "16:9" | "4:3" | "1:1";

/** One stored rendition of an image. */
export interface ImageVariant {
  width: number;
  height: number;
  format: ImageFormat;
  key: string;
  /** Set on share crops: not part of the page's srcset, which keeps the original's shape. */
  crop?: CropRatio;
}

/** An image as pages show it: its renditions plus the words that go with it. */
export interface ImageRef {
  mediaId: number;
  width: number;
  height: number;
  variants: ImageVariant[];
  caption: string | null;
  credit: string | null;
  alt: string;
}
