import { attributes, element } from "../feeds/xml.ts";

/** The sitemap protocol's limit per file. */
export const MAX_URLS_PER_SITEMAP = 50_000;
/** Google News' limit per news sitemap. */
export const MAX_URLS_PER_NEWS_SITEMAP = 1_000;
/** Google News only wants articles from the last two days. */
export const NEWS_WINDOW_MS = 48 * 3_600_000;

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

export interface SitemapUrl {
  loc: string;
  /** W3C datetime with offset. */
  lastmod: string | null;
}

export interface NewsUrl {
  loc: string;
  /** The original publish time, ISO 8601 with offset. */
  publicationDate: string;
  title: string;
}

export interface NewsPublication {
  name: string;
  /** ISO 639 language code: `id` for Indonesian. */
  language: string;
}

export interface SitemapRef {
  loc: string;
  lastmod: string | null;
}

/**
 * Sitemaps are written as a head, entries and a tail, so routes can stream any number of
 * entries without holding them: the functions below are the pieces, pure and tested alone.
 */
export const urlsetHead = (news = false) =>
  `${XML_DECL}<urlset${attributes(news ? { xmlns: SITEMAP_NS, "xmlns:news": NEWS_NS } : { xmlns: SITEMAP_NS })}>\n`;
export const urlsetTail = () => "</urlset>\n";

export function urlEntry(u: SitemapUrl): string {
  return `<url>${element("loc", u.loc)}${u.lastmod ? element("lastmod", u.lastmod) : ""}</url>\n`;
}

export function newsEntry(publication: NewsPublication, u: NewsUrl): string {
  return (
    `<url>${element("loc", u.loc)}<news:news><news:publication>${element("news:name", publication.name)}` +
    `${element("news:language", publication.language)}</news:publication>` +
    `${element("news:publication_date", u.publicationDate)}${element("news:title", u.title)}</news:news></url>\n`
  );
}

/** The sitemap index: one entry per sitemap file (a few hundred at most, so built whole). */
export function buildSitemapIndex(sitemaps: SitemapRef[]): string {
  const entries = sitemaps
    .map(
      (s) => `<sitemap>${element("loc", s.loc)}${s.lastmod ? element("lastmod", s.lastmod) : ""}</sitemap>\n`,
    )
    .join("");
  return `${XML_DECL}<sitemapindex${attributes({ xmlns: SITEMAP_NS })}>\n${entries}</sitemapindex>\n`;
}

/** A whole urlset from a list (tests, small sitemaps). */
export function buildUrlset(urls: SitemapUrl[]): string {
  return urlsetHead() + urls.map(urlEntry).join("") + urlsetTail();
}

/** A whole Google News sitemap from a list. */
export function buildNewsSitemap(publication: NewsPublication, urls: NewsUrl[]): string {
  return urlsetHead(true) + urls.map((u) => newsEntry(publication, u)).join("") + urlsetTail();
}

/**
 * Streams a urlset: batches of entries come from `batches` (keyset pages from the database),
 * each turned into one string chunk, so memory holds one batch whatever the total.
 */
export async function* streamUrlset<T>(
  batches: AsyncIterable<T[]>,
  entry: (item: T) => string,
  news = false,
): AsyncGenerator<string> {
  yield urlsetHead(news);
  for await (const batch of batches) {
    if (batch.length > 0) yield batch.map(entry).join("");
  }
  yield urlsetTail();
}
