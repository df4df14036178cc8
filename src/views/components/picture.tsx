import type { PictureVM } from "../view-models.ts";

interface Props {
  picture: PictureVM;
  sizes: string;
  /** The lead image is the page's largest paint: load it first, never lazily. */
  priority?: boolean;
  className?: string;
}

export function Picture({ picture, sizes, priority = false, className }: Props) {
  return (
    <picture class={className}>
      {picture.webpSrcset ? <source type="image/webp" srcset={picture.webpSrcset} sizes={sizes} /> : null}
      <img
        src={picture.src}
        srcset={picture.srcset}
        sizes={sizes}
        width={picture.width}
        height={picture.height}
        alt={picture.alt}
        loading={priority ? "eager" : "lazy"}
        decoding={priority ? "auto" : "async"}
        fetchpriority={priority ? "high" : "auto"}
      />
    </picture>
  );
}
