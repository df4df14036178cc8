import type { Clock } from "../../clock.ts";
import { NotFound } from "../../errors.ts";
import { toZonedIso, zonedDayRange, zonedParts } from "../dates/format-date.ts";
import type { SitemapRepository } from "./sitemap.repository.ts";
import {
  buildSitemapIndex,
  MAX_URLS_PER_NEWS_SITEMAP,
  MAX_URLS_PER_SITEMAP,
  NEWS_WINDOW_MS,
  type NewsPublication,
  newsEntry,
  type SitemapRef,
  streamUrlset,
  urlEntry,
} from "./sitemap-xml.ts";

/** Absolute URLs of what sitemaps list; the HTTP layer owns the URL scheme. */
export interface SitemapLinks {
  article(slug: string): string;
  section(slug: string): string;
  tag(slug: string): string;
  author(slug: string): string;
  /** A sitemap file by name, e.g. `sitemap-news-1.xml`. */
  sitemap(name: string): string;
}

export interface SitemapDeps {
  repo: SitemapRepository;
  clock: Clock;
  links: SitemapLinks;
  timeZone: string;
  publication: NewsPublication;
  /** URLs per file; the protocol's and Google News' limits unless a test asks for less. */
  limits?: { perFile: number; perNewsFile: number };
}

/** A month in the site's zone, `YYYY-MM`, and the instants it starts and ends. */
interface Month {
  key: string;
  start: number;
  end: number;
}

const two = (n: number) => String(n).padStart(2, "0");

export function monthOf(key: string, timeZone: string): Month | null {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return null;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12) return null;
  const next = mo === 12 ? `${y + 1}-01` : `${y}-${two(mo + 1)}`;
  const start = zonedDayRange(`${key}-01`, timeZone)?.start.getTime();
  const end = zonedDayRange(`${next}-01`, timeZone)?.start.getTime();
  if (start === undefined || end === undefined) return null;
  return { key, start, end };
}

/** Splits `2024-03` / `2024-03-2` into a month and a 1-based file number. */
function parseMonthFile(name: string): { month: string; page: number } | null {
  const m = /^(\d{4}-\d{2})(?:-(\d{1,4}))?$/.exec(name);
  if (!m?.[1]) return null;
  const page = m[2] ? Number(m[2]) : 1;
  return page >= 1 ? { month: m[1], page } : null;
}

/**
 * The sitemap index and every sitemap it points at. Article sitemaps are one per month in the
 * site's zone (split at 50,000 URLs), Google News' covers the last 48 hours (split at 1,000),
 * tags and authors are split into id ranges of 50,000. Every urlset is a stream of chunks.
 */
export function createSitemapService(deps: SitemapDeps) {
  const { repo, links, timeZone } = deps;
  const perFile = deps.limits?.perFile ?? MAX_URLS_PER_SITEMAP;
  const perNewsFile = deps.limits?.perNewsFile ?? MAX_URLS_PER_NEWS_SITEMAP;
  const now = () => deps.clock.now().getTime();
  const iso = (ms: number | null) => (ms === null ? null : toZonedIso(new Date(ms), timeZone));

  async function months(at: number): Promise<Month[]> {
    const span = await repo.publishedSpan(at);
    if (!span) return [];
    const out: Month[] = [];
    const first = zonedParts(new Date(span.first), timeZone);
    const last = zonedParts(new Date(span.last), timeZone);
    for (let y = first.year, m = first.month; y < last.year || (y === last.year && m <= last.month); ) {
      const month = monthOf(`${y}-${two(m)}`, timeZone);
      if (month) out.push(month);
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
    }
    return out;
  }

  const pagesOf = (count: number, size: number) => Math.max(1, Math.ceil(count / size));
  const fileName = (base: string, page: number) => (page === 1 ? `${base}.xml` : `${base}-${page}.xml`);

  return {
    async index(): Promise<string> {
      const at = now();
      const refs: SitemapRef[] = [];
      const news = await repo.statsBetween(at - NEWS_WINDOW_MS, at + 1, at);
      for (let p = 1; p <= pagesOf(news.count, perNewsFile); p++) {
        refs.push({ loc: links.sitemap(`sitemap-news-${p}.xml`), lastmod: iso(news.lastmod) });
      }
      refs.push({ loc: links.sitemap("sitemap-sections.xml"), lastmod: null });
      for (const kind of ["tags", "authors"] as const) {
        const pages = pagesOf(await repo.maxId(kind), perFile);
        for (let p = 1; p <= pages; p++)
          refs.push({ loc: links.sitemap(`sitemap-${kind}-${p}.xml`), lastmod: null });
      }
      for (const month of (await months(at)).reverse()) {
        const stats = await repo.statsBetween(month.start, month.end, at);
        if (stats.count === 0) continue;
        for (let p = 1; p <= pagesOf(stats.count, perFile); p++) {
          refs.push({
            loc: links.sitemap(fileName(`sitemap-articles-${month.key}`, p)),
            lastmod: iso(stats.lastmod),
          });
        }
      }
      return buildSitemapIndex(refs);
    },

    /** Articles published in a month (`2024-03`, or `2024-03-2` for its second file). */
    articles(name: string): AsyncGenerator<string> {
      const parsed = parseMonthFile(name);
      const month = parsed ? monthOf(parsed.month, timeZone) : null;
      if (!parsed || !month) throw new NotFound("sitemap_not_found", "Peta situs ini tidak ada.");
      const skip = (parsed.page - 1) * perFile;
      return streamUrlset(repo.articlesBetween(month.start, month.end, now(), skip, perFile), (a) =>
        urlEntry({ loc: links.article(a.slug), lastmod: iso(a.updatedAt) }),
      );
    },

    /** Google News: articles published in the last 48 hours, oldest first, 1,000 per file. */
    news(page: number): AsyncGenerator<string> {
      const at = now();
      const skip = (page - 1) * perNewsFile;
      return streamUrlset(
        repo.articlesBetween(at - NEWS_WINDOW_MS, at + 1, at, skip, perNewsFile),
        (a) =>
          newsEntry(deps.publication, {
            loc: links.article(a.slug),
            publicationDate: toZonedIso(new Date(a.publishedAt), timeZone),
            title: a.title,
          }),
        true,
      );
    },

    sections(): AsyncGenerator<string> {
      async function* batches() {
        yield await repo.sections(now());
      }
      return streamUrlset(batches(), (s) =>
        urlEntry({ loc: links.section(s.slug), lastmod: iso(s.lastmod) }),
      );
    },

    /** Tags or authors with ids in the page's range of 50,000 that list at least one public article. */
    people(kind: "tags" | "authors", page: number): AsyncGenerator<string> {
      const from = (page - 1) * perFile + 1;
      const link = kind === "tags" ? links.tag : links.author;
      return streamUrlset(repo.peopleOrTopics(kind, from, from + perFile - 1, now()), (t) =>
        urlEntry({ loc: link(t.slug), lastmod: iso(t.lastmod) }),
      );
    },
  };
}

export type SitemapService = ReturnType<typeof createSitemapService>;
