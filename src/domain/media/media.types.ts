export type ImageFormat = "webp" | "jpeg" | "png";

/** One stored rendition of an image. */
export interface ImageVariant {
  width: number;
  height: number;
  format: ImageFormat;
  key: string;
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
