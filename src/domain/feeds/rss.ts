import { formatRfc822 } from "./rfc822.ts";
import { attributes, cdata, element } from "./xml.ts";

export interface RssChannel {
  title: string;
  /** Absolute URL of the page this feed mirrors. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel=self). */
  selfUrl: string;
  description: string;
  /** BCP 47, e.g. `id`. */
  language: string;
  timeZone: string;
  image: { url: string; title: string; link: string } | null;
  /** WebSub hubs subscribers may use instead of polling. */
  hubs: string[];
}

export interface RssItem {
  title: string;
  link: string;
  /** Never changes when the article is edited (built from its id). */
  guid: string;
  publishedAt: Date;
  updatedAt: Date;
  description: string;
  creators: string[];
  categories: string[];
  image: {
    url: string;
    width: number;
    height: number;
    type: string;
    caption: string | null;
    credit: string | null;
  } | null;
  /** Full sanitised body, only when the site publishes full-content feeds. */
  contentHtml: string | null;
}

const NAMESPACES = {
  version: "2.0",
  "xmlns:atom": "http://www.w3.org/2005/Atom",
  "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
  "xmlns:dc": "http://purl.org/dc/elements/1.1/",
  "xmlns:media": "http://search.yahoo.com/mrss/",
};

/** The newest update among the items: the feed's Last-Modified and lastBuildDate (not the clock, so it is stable). */
export function feedLastModified(items: RssItem[]): Date | null {
  let max = 0;
  for (const i of items) max = Math.max(max, i.updatedAt.getTime(), i.publishedAt.getTime());
  return max ? new Date(max) : null;
}

/** An RSS 2.0 document. Pure: same channel and items, same bytes. */
export function buildRss(channel: RssChannel, items: RssItem[]): string {
  const lastModified = feedLastModified(items);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss${attributes(NAMESPACES)}>`,
    "<channel>",
    element("title", channel.title),
    element("link", channel.link),
    element("description", channel.description),
    element("language", channel.language),
    lastModified ? element("lastBuildDate", formatRfc822(lastModified, channel.timeZone)) : "",
    element("generator", "Warta"),
    `<atom:link${attributes({ href: channel.selfUrl, rel: "self", type: "application/rss+xml" })}/>`,
    ...channel.hubs.map((hub) => `<atom:link${attributes({ href: hub, rel: "hub" })}/>`),
    channel.image
      ? `<image>${element("url", channel.image.url)}${element("title", channel.image.title)}${element("link", channel.image.link)}</image>`
      : "",
    ...items.map((item) => buildItem(item, channel.timeZone)),
    "</channel>",
    "</rss>",
  ];
  return `${out.filter(Boolean).join("\n")}\n`;
}

function buildItem(item: RssItem, timeZone: string): string {
  const parts = [
    element("title", item.title),
    element("link", item.link),
    element("guid", item.guid, { isPermaLink: "false" }),
    element("pubDate", formatRfc822(item.publishedAt, timeZone)),
    element("description", item.description),
    ...item.creators.map((c) => element("dc:creator", c)),
    ...item.categories.map((c) => element("category", c)),
  ];
  if (item.image) {
    const img = item.image;
    parts.push(
      `<media:content${attributes({ url: img.url, medium: "image", type: img.type, width: String(img.width), height: String(img.height) })}>${element("media:description", img.caption)}${element("media:credit", img.credit)}</media:content>`,
    );
  }
  if (item.contentHtml !== null) parts.push(`<content:encoded>${cdata(item.contentHtml)}</content:encoded>`);
  return `<item>${parts.filter(Boolean).join("")}</item>`;
}
