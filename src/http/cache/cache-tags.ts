import type { ArticleEvent } from "../../domain/events/event-bus.ts";

/**
 * The names cached responses carry (in the page cache and, as `Surrogate-Key`/`Cache-Tag`, at a
 * CDN) for what they show. A route names what it shows; an article change purges the names in
 * `tagsTouchedBy`. Nothing else has to be wired for a new cached route:
 *
 * - `article:ID` — anything that prints that article: its page, and every listing, feed or
 *   sitemap entry of it (a listing adds one per item it shows, so an edit reaches it).
 * - `section:SLUG`, `tag:SLUG`, `author:SLUG` — listings of that section (with its
 *   subsections), topic or reporter, every page of them; `feed:section:SLUG` etc. for their feeds.
 * - `home`, `index`, `feed:site`, `sitemap:…` — listings of everything, newest first.
 * - `list:update`, `list:populer` — pages that print the UPDATE or Populer list; purged when
 *   the list's content changes (see invalidation.ts), not on every article event.
 * - `site` — every cached response (added by the page cache itself): a section change, which
 *   alters every page's navigation, purges it at the CDN.
 */
export const cacheTag = {
  article: (id: number) => `article:${id}`,
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  home: "home",
  index: "index",
  latestList: "list:update",
  popularList: "list:populer",
  site: "site",
} as const;

/** Listings of everything that any article change can alter. `sitemap:*` matches every sitemap. */
const SITE_WIDE = [cacheTag.home, cacheTag.index, "feed:site", "sitemap:*"];

/**
 * What a change to one article can alter: its own page, the listings it is (or was) in and the
 * site-wide ones. The event carries the article's section path, tags and authors after the
 * change; listings it left still carry its `article:ID`, so they go too. The lists (UPDATE,
 * Populer) are handled apart, by whether their content changed.
 */
export function tagsTouchedBy(event: ArticleEvent): string[] {
  const scopes = [
    ...event.sectionSlugs.map(cacheTag.section),
    ...event.tagSlugs.map(cacheTag.tag),
    ...event.authorSlugs.map(cacheTag.author),
  ];
  return [cacheTag.article(event.articleId), ...SITE_WIDE, ...scopes, ...scopes.map((s) => `feed:${s}`)];
}

/** Tags a CDN can purge: exact names only (no `*` patterns, which CDNs do not know). */
export function exactTags(tags: readonly string[]): string[] {
  return tags.filter((t) => !t.endsWith("*"));
}
