import type { FeedLink, HeadMetaVM, MetaSite, ShareImage } from "./metadata.types.ts";

/** Robots directive for indexable pages: let Google show large previews of our images. */
export const INDEXABLE_ROBOTS = "max-image-preview:large";

interface Link {
  href: string;
  label: string;
}

/**
 * The article page's view-model fields metadata is built from. The page prints the same
 * values, so the markup and what the reader sees never disagree.
 */
export interface ArticleMetaSource {
  title: string;
  chrome: { description: string; canonical: string };
  section: Link;
  tags: Link[];
  authors: Link[];
  breadcrumbs: Link[];
  datelineIso: string;
  modifiedIso: string;
  /** Share crops (16:9, 4:3, 1:1), widest first; the first is the OpenGraph image. */
  shareImages: ShareImage[];
}

/** NewsArticle + BreadcrumbList JSON-LD, OpenGraph article tags and a Twitter card. */
export function buildArticleMetadata(site: MetaSite, vm: ArticleMetaSource, feeds: FeedLink[]): HeadMetaVM {
  const abs = (href: string) => absoluteUrl(site.publicUrl, href);
  const url = vm.chrome.canonical;
  const description = vm.chrome.description;
  const og = vm.shareImages[0] ?? null;
  const newsArticle: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: vm.title.length > 110 ? `${vm.title.slice(0, 109)}…` : vm.title,
    description,
    ...(vm.shareImages.length > 0 ? { image: vm.shareImages.map((i) => i.url) } : {}),
    datePublished: vm.datelineIso,
    dateModified: vm.modifiedIso,
    author: vm.authors.map((a) => ({ "@type": "Person", name: a.label, url: abs(a.href) })),
    publisher: publisher(site),
    articleSection: vm.section.label,
    ...(vm.tags.length > 0 ? { keywords: vm.tags.map((t) => t.label) } : {}),
    inLanguage: site.language,
  };
  const breadcrumbs = {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [...vm.breadcrumbs, { href: url, label: vm.title }].map((c, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: c.label,
      item: abs(c.href),
    })),
  };
  return {
    robots: INDEXABLE_ROBOTS,
    properties: [
      ...common(site, "article", vm.title, description, url),
      ...(og ? imageProperties(og) : []),
      { property: "article:published_time", content: vm.datelineIso },
      { property: "article:modified_time", content: vm.modifiedIso },
      { property: "article:section", content: vm.section.label },
      ...vm.tags.map((t) => ({ property: "article:tag", content: t.label })),
    ],
    names: twitter(vm.title, description, og),
    alternates: feedAlternates(site, feeds),
    jsonLd: [newsArticle, breadcrumbs],
  };
}

export interface ListingMetaSource {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  canonical: string;
  feeds: FeedLink[];
}

/** Home, section, tag, author and index pages: canonical OpenGraph (website) plus their feeds. */
export function buildListingMetadata(site: MetaSite, page: ListingMetaSource): HeadMetaVM {
  const logo: ShareImage = { ...site.logo, alt: site.name };
  return {
    robots: INDEXABLE_ROBOTS,
    properties: [
      ...common(site, "website", page.title, page.description, page.canonical),
      ...imageProperties(logo),
    ],
    names: twitter(page.title, page.description, null),
    alternates: feedAlternates(site, page.feeds),
    jsonLd: [],
  };
}

function common(site: MetaSite, type: string, title: string, description: string, url: string) {
  return [
    { property: "og:type", content: type },
    { property: "og:site_name", content: site.name },
    { property: "og:locale", content: site.locale },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:url", content: url },
  ];
}

function imageProperties(image: ShareImage) {
  return [
    { property: "og:image", content: image.url },
    { property: "og:image:width", content: String(image.width) },
    { property: "og:image:height", content: String(image.height) },
    ...(image.alt ? [{ property: "og:image:alt", content: image.alt }] : []),
  ];
}

function twitter(title: string, description: string, image: ShareImage | null) {
  return [
    { name: "twitter:card", content: image ? "summary_large_image" : "summary" },
    { name: "twitter:title", content: title },
    { name: "twitter:description", content: description },
    ...(image ? [{ name: "twitter:image", content: image.url }] : []),
    ...(image?.alt ? [{ name: "twitter:image:alt", content: image.alt }] : []),
  ];
}

function publisher(site: MetaSite) {
  return {
    "@type": "NewsMediaOrganization",
    name: site.name,
    url: `${site.publicUrl}/`,
    logo: { "@type": "ImageObject", url: site.logo.url, width: site.logo.width, height: site.logo.height },
  };
}

function feedAlternates(site: MetaSite, feeds: FeedLink[]) {
  return feeds.map((f) => ({
    href: absoluteUrl(site.publicUrl, f.href),
    title: f.title,
    type: "application/rss+xml",
  }));
}

/** `/x` → `https://site/x`; absolute URLs pass through. */
export function absoluteUrl(publicUrl: string, href: string): string {
  return /^https?:\/\//.test(href) ? href : `${publicUrl}${href.startsWith("/") ? "" : "/"}${href}`;
}
