import type { SiteConfig } from "../../../config.ts";
import type { ArticleSummary } from "../../../domain/articles/article.types.ts";
import { toZonedIso } from "../../../domain/dates/format-date.ts";
import type { FeedExtras } from "../../../domain/feeds/feed.repository.ts";
import type { ImageRef } from "../../../domain/media/media.types.ts";
import { urls } from "../../public/urls.ts";

/**
 * What the content API sends: a whitelist of fields, absolute URLs, times with the site's
 * offset. Rows and domain objects never leave the server as they are.
 */
export function createContentPresenter(site: SiteConfig, blobUrl: (key: string) => string) {
  const abs = (path: string) => `${site.publicUrl}${path}`;
  const iso = (d: Date) => toZonedIso(d, site.timeZone);
  const ref = (kind: "section" | "tag" | "author", r: { slug: string; name: string }) => ({
    slug: r.slug,
    name: r.name,
    url: abs(urls[kind](r.slug)),
  });

  function image(img: ImageRef | null) {
    if (!img) return null;
    const plain = img.variants
      .filter((v) => !v.crop && v.format !== "webp")
      .sort((a, b) => b.width - a.width);
    const largest = plain[0];
    return {
      url: largest ? abs(blobUrl(largest.key)) : null,
      width: largest?.width ?? img.width,
      height: largest?.height ?? img.height,
      alt: img.alt,
      caption: img.caption,
      credit: img.credit,
      crops: img.variants
        .filter((v) => v.crop)
        .map((v) => ({ ratio: v.crop, url: abs(blobUrl(v.key)), width: v.width, height: v.height })),
    };
  }

  function article(a: ArticleSummary, extra: FeedExtras | undefined, withBody: boolean) {
    return {
      id: a.id,
      slug: a.slug,
      url: abs(urls.article(a.slug)),
      title: a.title,
      kicker: a.kicker,
      excerpt: a.excerpt,
      publishedAt: iso(a.publishedAt),
      updatedAt: iso(new Date(Math.max(a.updatedAt.getTime(), a.publishedAt.getTime()))),
      section: ref("section", a.section),
      authors: (extra?.authors ?? []).map((p) => ref("author", p)),
      tags: (extra?.tags ?? []).map((t) => ref("tag", t)),
      image: image(a.leadImage),
      ...(withBody ? { body: extra?.bodyHtml ?? "" } : {}),
    };
  }

  return { article, ref, iso };
}

export type ContentPresenter = ReturnType<typeof createContentPresenter>;
