import type { SiteConfig } from "../../config.ts";
import type { ArticleSummary } from "../../domain/articles/article.types.ts";
import type { PopularEntry } from "../../domain/articles/reading.service.ts";
import { formatListDate, formatTime, toZonedIso } from "../../domain/dates/format-date.ts";
import type { CropRatio, ImageRef } from "../../domain/media/media.types.ts";
import type { MetaSite, ShareImage } from "../../domain/metadata/metadata.types.ts";
import type { SectionTree } from "../../domain/sections/section.types.ts";
import type { LinkVM, ListItemVM, PageChromeVM, PictureVM, SidebarVM } from "../../views/view-models.ts";
import { urls } from "./urls.ts";

/** The publisher logo served at urls.logo(): Google asks for at most 600×60. */
export const LOGO_SIZE = { width: 600, height: 60 };

/** Turns domain objects into the view-models templates print. Pure: config and a URL function in. */
export function createPresenter(site: SiteConfig, blobUrl: (key: string) => string) {
  function picture(image: ImageRef): PictureVM {
    const fallback = image.variants.filter((v) => v.format !== "webp" && !v.crop);
    const webp = image.variants.filter((v) => v.format === "webp" && !v.crop);
    const srcset = (vs: typeof fallback) => vs.map((v) => `${blobUrl(v.key)} ${v.width}w`).join(", ");
    // The src is a mid-size rendition: what a browser without srcset support gets.
    const src = fallback.find((v) => v.width >= 640) ?? fallback[fallback.length - 1];
    return {
      src: src ? blobUrl(src.key) : "",
      srcset: srcset(fallback),
      webpSrcset: webp.length > 0 ? srcset(webp) : null,
      width: image.width,
      height: image.height,
      alt: image.alt,
    };
  }

  /** Share crops, 16:9 first (OpenGraph's pick); the largest rendition when crops are missing. */
  function shareImages(image: ImageRef | null): ShareImage[] {
    if (!image) return [];
    const abs = (key: string) => `${site.publicUrl}${blobUrl(key)}`;
    const order: CropRatio[] = ["16:9", "4:3", "1:1"];
    const crops = image.variants
      .filter((v) => v.crop)
      .sort((a, b) => order.indexOf(a.crop as CropRatio) - order.indexOf(b.crop as CropRatio));
    const chosen =
      crops.length > 0
        ? crops
        : image.variants
            .filter((v) => v.format !== "webp")
            .sort((a, b) => b.width - a.width)
            .slice(0, 1);
    return chosen.map((v) => ({ url: abs(v.key), width: v.width, height: v.height, alt: image.alt }));
  }

  const metaSite: MetaSite = {
    name: site.name,
    publicUrl: site.publicUrl,
    logo: { url: `${site.publicUrl}${urls.logo()}`, width: LOGO_SIZE.width, height: LOGO_SIZE.height },
    locale: "id_ID",
    language: "id",
  };

  function listItem(a: ArticleSummary): ListItemVM {
    return {
      href: urls.article(a.slug),
      title: a.title,
      kicker: a.kicker,
      excerpt: a.excerpt,
      dateText: formatListDate(a.publishedAt, site.timeZone),
      dateIso: toZonedIso(a.publishedAt, site.timeZone),
      section: { href: urls.section(a.section.slug), label: a.section.name },
      picture: a.leadImage ? picture(a.leadImage) : null,
    };
  }

  /** Roots, then the sections directly under a root: the portal's main channels. */
  function nav(tree: SectionTree): LinkVM[] {
    const links: LinkVM[] = [{ href: urls.home(), label: "Beranda" }];
    for (const root of tree.children(null)) {
      links.push({ href: urls.section(root.slug), label: root.name });
      for (const child of tree.children(root.id))
        links.push({ href: urls.section(child.slug), label: child.name });
    }
    links.push({ href: urls.index(), label: "Indeks" });
    return links;
  }

  return {
    picture,
    shareImages,
    metaSite,
    listItem,
    time: (date: Date) => formatTime(date, site.timeZone),
    chrome(
      tree: SectionTree,
      page: { title: string | null; description: string; path: string },
    ): PageChromeVM {
      return {
        siteName: site.name,
        tagline: site.tagline,
        nav: nav(tree),
        title: page.title ? `${page.title} | ${site.name}` : `${site.name}: ${site.tagline}`,
        description: page.description,
        canonical: `${site.publicUrl}${page.path}`,
        path: page.path.split("?")[0] ?? page.path,
      };
    },
    sidebar(popular: PopularEntry[], latest: ArticleSummary[]): SidebarVM {
      return {
        popular: popular.map((p) => listItem(p.article)),
        latest: latest.map(listItem),
        moreHref: urls.index(),
      };
    },
  };
}

export type Presenter = ReturnType<typeof createPresenter>;
