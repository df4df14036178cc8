import type { FastifyInstance, FastifyReply } from "fastify";
import type { Clock } from "../../clock.ts";
import type { SiteConfig } from "../../config.ts";
import type {
  Article,
  ArticleFilter,
  ArticleSummary,
  ListPage,
} from "../../domain/articles/article.types.ts";
import type { Correction } from "../../domain/articles/editorial.types.ts";
import { encodeCursor } from "../../domain/articles/list-cursor.ts";
import type { LiveLists, SidebarLists } from "../../domain/articles/live-lists.ts";
import type { PageQuery, ReadingService } from "../../domain/articles/reading.service.ts";
import { formatLongDate, toZonedIso, zonedDayRange, zonedIsoDay } from "../../domain/dates/format-date.ts";
import { buildArticleMetadata, buildListingMetadata } from "../../domain/metadata/article-metadata.ts";
import type { FeedLink } from "../../domain/metadata/metadata.types.ts";
import type { SectionTree } from "../../domain/sections/section.types.ts";
import { SLUG_PATTERN } from "../../domain/slug.ts";
import { Invalid } from "../../errors.ts";
import { ArticlePage, type ArticleVM } from "../../views/pages/article.tsx";
import { HomePage } from "../../views/pages/home.tsx";
import { DateFilter, ListingPage, type ListingVM } from "../../views/pages/listing.tsx";
import type { PagerVM, SidebarVM } from "../../views/view-models.ts";
import { cacheTag } from "../cache/cache-tags.ts";
import type { Presenter } from "./presenter.ts";
import { plainSummary, renderDocument } from "./render.ts";
import { urls } from "./urls.ts";

export interface PublicPagesDeps {
  reading: ReadingService;
  lists: LiveLists;
  presenter: Presenter;
  site: SiteConfig;
  clock: Clock;
  /** Correction notes of an article (the newsroom's), shown under the dateline. */
  corrections?: (articleId: number) => Promise<Correction[]>;
}

const slugParams = {
  type: "object",
  required: ["slug"],
  properties: { slug: { type: "string", pattern: SLUG_PATTERN, maxLength: 200 } },
} as const;

const cursorProps = {
  sebelum: { type: "string", maxLength: 40 },
  sesudah: { type: "string", maxLength: 40 },
} as const;

const listQuery = { type: "object", properties: cursorProps } as const;

type CursorQuery = { sebelum?: string; sesudah?: string };

const HOME_LEAD_COUNT = 5;
const SECTION_BLOCK_SIZE = 4;

/** The reader-facing pages. Each handler: parse (schema), ask the reading service, present, render. */
export async function publicPages(app: FastifyInstance, deps: PublicPagesDeps): Promise<void> {
  const { reading, presenter, site } = deps;
  const siteFeed: FeedLink = { href: urls.siteFeed(), title: `${site.name}: berita terbaru` };

  const sendHtml = (reply: FastifyReply, html: string) => reply.type("text/html; charset=utf-8").send(html);
  const pageQuery = (q: CursorQuery): PageQuery => ({
    ...(q.sebelum ? { olderThan: q.sebelum } : {}),
    ...(q.sesudah ? { newerThan: q.sesudah } : {}),
  });
  const pager = (base: string, page: ListPage<ArticleSummary>): PagerVM => ({
    newerHref: page.newer ? urls.withPage(base, "sesudah", encodeCursor(page.newer)) : null,
    olderHref: page.older ? urls.withPage(base, "sebelum", encodeCursor(page.older)) : null,
  });
  /** Cached pages name every article they print, so an edit of one reaches them. */
  const showing = (reply: FastifyReply, items: { id: number }[]) =>
    reply.cacheTags(...items.map((a) => cacheTag.article(a.id)));
  /** The lists' view-model, made once per version of the lists (they change every 30 s at most). */
  const sidebars = new WeakMap<SidebarLists, SidebarVM>();
  const sidebar = async (reply: FastifyReply) => {
    reply.cacheTags(cacheTag.latestList, cacheTag.popularList);
    const lists = await deps.lists.current();
    let vm = sidebars.get(lists);
    if (!vm) {
      vm = presenter.sidebar(lists.popular, lists.latest);
      sidebars.set(lists, vm);
    }
    return vm;
  };

  async function listing(
    reply: FastifyReply,
    opts: {
      base: string;
      title: string;
      heading: string;
      description: string;
      filter: ArticleFilter;
      query: CursorQuery;
      emptyText: string;
      extra?: Partial<ListingVM>;
      filterForm?: ReturnType<typeof DateFilter>;
      /** This page's own feed, advertised beside the site's. */
      feed?: FeedLink;
      /** What the listing is of (cache-tags.ts): a publish in it purges every page of it. */
      cacheTags: string[];
    },
  ) {
    const [tree, page, side] = await Promise.all([
      reading.sections(),
      reading.list(opts.filter, pageQuery(opts.query)),
      sidebar(reply),
    ]);
    showing(reply.cacheTags(...opts.cacheTags), page.items);
    const isFirst = !opts.query.sebelum && !opts.query.sesudah;
    const vm: ListingVM = {
      chrome: presenter.chrome(tree, {
        title: opts.title,
        description: opts.description,
        path: isFirst
          ? opts.base
          : urls.withPage(
              opts.base,
              opts.query.sebelum ? "sebelum" : "sesudah",
              (opts.query.sebelum ?? opts.query.sesudah) as string,
            ),
      }),
      heading: opts.heading,
      items: page.items.map(presenter.listItem),
      emptyText: opts.emptyText,
      pager: pager(opts.base, page),
      sidebar: side,
      ...opts.extra,
    };
    vm.chrome.meta = buildListingMetadata(presenter.metaSite, {
      title: opts.title,
      description: opts.description,
      canonical: vm.chrome.canonical,
      feeds: [...(opts.feed ? [opts.feed] : []), siteFeed],
    });
    return sendHtml(reply, renderDocument(<ListingPage vm={vm} filter={opts.filterForm} />));
  }

  app.get("/", async (_req, reply) => {
    const [tree, leadPage, side] = await Promise.all([
      reading.sections(),
      reading.list({}, {}, HOME_LEAD_COUNT),
      sidebar(reply),
    ]);
    showing(reply.cacheTags(cacheTag.home), leadPage.items);
    const channels = tree.children(null).flatMap((root) => {
      const kids = tree.children(root.id);
      return kids.length > 0 ? kids : [root];
    });
    const blocks = await Promise.all(
      channels.map(async (s) => {
        const { items } = await reading.list(
          { sectionIds: tree.descendantIds(s.id) },
          {},
          SECTION_BLOCK_SIZE,
        );
        showing(reply, items);
        return {
          section: { href: urls.section(s.slug), label: s.name },
          items: items.map(presenter.listItem),
        };
      }),
    );
    const [lead, ...rest] = leadPage.items.map(presenter.listItem);
    const chrome = presenter.chrome(tree, { title: null, description: site.tagline, path: "/" });
    chrome.meta = buildListingMetadata(presenter.metaSite, {
      title: site.name,
      description: site.tagline,
      canonical: chrome.canonical,
      feeds: [siteFeed],
    });
    const html = renderDocument(
      <HomePage
        vm={{
          chrome,
          lead: lead ?? null,
          leadRest: rest,
          sectionBlocks: blocks.filter((b) => b.items.length > 0),
          sidebar: side,
        }}
      />,
    );
    return sendHtml(reply, html);
  });

  app.get<{ Params: { slug: string } }>(
    "/baca/:slug",
    { schema: { params: slugParams } },
    async (req, reply) => {
      const [article, tree, side] = await Promise.all([
        reading.article(req.params.slug),
        reading.sections(),
        sidebar(reply),
      ]);
      reply.cacheTags(cacheTag.article(article.id));
      const corrections = deps.corrections ? await deps.corrections(article.id) : [];
      const vm = articleViewModel(presenter, site, { article, tree, sidebar: side, corrections });
      return sendHtml(reply, renderDocument(<ArticlePage vm={vm} />));
    },
  );

  app.get<{ Params: { slug: string }; Querystring: CursorQuery }>(
    "/kanal/:slug",
    { schema: { params: slugParams, querystring: listQuery } },
    async (req, reply) => {
      const { section, tree, filter } = await reading.section(req.params.slug);
      return listing(reply, {
        base: urls.section(section.slug),
        title: `Berita ${section.name}`,
        heading: section.name,
        description: `Berita terbaru kanal ${section.name} di ${site.name}.`,
        filter,
        query: req.query,
        emptyText: "Belum ada berita di kanal ini.",
        cacheTags: [cacheTag.section(section.slug)],
        feed: { href: urls.sectionFeed(section.slug), title: `${site.name}: berita ${section.name}` },
        extra: {
          subsections: tree.children(section.id).map((s) => ({ href: urls.section(s.slug), label: s.name })),
        },
      });
    },
  );

  app.get<{ Params: { slug: string }; Querystring: CursorQuery }>(
    "/tag/:slug",
    { schema: { params: slugParams, querystring: listQuery } },
    async (req, reply) => {
      const tag = await reading.tag(req.params.slug);
      return listing(reply, {
        base: urls.tag(tag.slug),
        title: `Topik: ${tag.name}`,
        heading: `Topik: ${tag.name}`,
        description: `Kumpulan berita tentang ${tag.name} di ${site.name}.`,
        filter: { tagId: tag.id },
        query: req.query,
        emptyText: "Belum ada berita dengan topik ini.",
        cacheTags: [cacheTag.tag(tag.slug)],
        feed: { href: urls.tagFeed(tag.slug), title: `${site.name}: topik ${tag.name}` },
      });
    },
  );

  app.get<{ Params: { slug: string }; Querystring: CursorQuery }>(
    "/penulis/:slug",
    { schema: { params: slugParams, querystring: listQuery } },
    async (req, reply) => {
      const author = await reading.author(req.params.slug);
      return listing(reply, {
        base: urls.author(author.slug),
        title: `Berita oleh ${author.name}`,
        heading: author.name,
        description: `Berita yang ditulis ${author.name} untuk ${site.name}.`,
        filter: { authorId: author.id },
        query: req.query,
        emptyText: "Belum ada berita dari penulis ini.",
        cacheTags: [cacheTag.author(author.slug)],
        feed: { href: urls.authorFeed(author.slug), title: `${site.name}: berita oleh ${author.name}` },
        extra: { intro: `Laporan terbaru dari ${author.name}.` },
      });
    },
  );

  app.get<{ Querystring: CursorQuery & { tanggal?: string } }>(
    "/indeks",
    {
      schema: {
        querystring: {
          type: "object",
          properties: { ...cursorProps, tanggal: { type: "string", maxLength: 20 } },
        },
      },
    },
    async (req, reply) => {
      const day = req.query.tanggal?.trim() || "";
      let filter: ArticleFilter = {};
      let heading = "Indeks Berita";
      if (day) {
        const range = zonedDayRange(day, site.timeZone);
        if (!range)
          throw new Invalid(
            "bad_date",
            "Tanggal tidak valid. Gunakan format TTTT-BB-HH, misalnya 2026-02-08.",
          );
        filter = { publishedFrom: range.start.getTime(), publishedBefore: range.end.getTime() };
        heading = `Indeks Berita: ${formatLongDate(range.start, site.timeZone)}`;
      }
      return listing(reply, {
        base: urls.index(day || undefined),
        title: heading,
        heading,
        description: `Semua berita ${site.name}, terbaru lebih dulu.`,
        filter,
        query: req.query,
        emptyText: day ? "Tidak ada berita pada tanggal ini." : "Belum ada berita.",
        cacheTags: [cacheTag.index],
        filterForm: <DateFilter value={day} max={zonedIsoDay(deps.clock.now(), site.timeZone)} />,
      });
    },
  );
}

/**
 * The article page's view-model, shared by the public page and the staff preview so that a
 * preview looks exactly like the page will. Corrections print as "Diperbarui" notes.
 */
export function articleViewModel(
  presenter: Presenter,
  site: SiteConfig,
  input: { article: Article; tree: SectionTree; sidebar: SidebarVM; corrections: Correction[] },
): ArticleVM {
  const { article, tree } = input;
  const side = input.sidebar;
  const siteFeed: FeedLink = { href: urls.siteFeed(), title: `${site.name}: berita terbaru` };
  const path = tree.path(article.section.id);
  const vm: ArticleVM = {
    chrome: presenter.chrome(tree, {
      title: article.seoTitle || article.title,
      description: article.seoDescription || article.excerpt || plainSummary(article.bodyHtml),
      path: urls.article(article.slug),
    }),
    id: article.id,
    breadcrumbs: [
      { href: urls.home(), label: "Beranda" },
      ...path.map((s) => ({ href: urls.section(s.slug), label: s.name })),
    ],
    section: { href: urls.section(article.section.slug), label: article.section.name },
    kicker: article.kicker,
    title: article.title,
    picture: article.leadImage ? presenter.picture(article.leadImage) : null,
    caption: article.leadImage?.caption ?? null,
    credit: article.leadImage?.credit ?? null,
    datelineDate: `${formatLongDate(article.publishedAt, site.timeZone)} | ${presenter.time(article.publishedAt)} ${site.timeZoneLabel}`,
    datelineIso: toZonedIso(article.publishedAt, site.timeZone),
    modifiedIso: toZonedIso(
      new Date(Math.max(article.updatedAt.getTime(), article.publishedAt.getTime())),
      site.timeZone,
    ),
    shareImages: presenter.shareImages(article.leadImage),
    authors: article.authors.map((a) => ({ href: urls.author(a.slug), label: a.name })),
    bodyHtml: article.bodyHtml,
    tags: article.tags.map((t) => ({ href: urls.tag(t.slug), label: t.name })),
    sidebar: side,
  };
  vm.chrome.meta = buildArticleMetadata(presenter.metaSite, vm, [
    {
      href: urls.sectionFeed(article.section.slug),
      title: `${site.name}: berita ${article.section.name}`,
    },
    siteFeed,
  ]);
  vm.corrections = input.corrections.map((c) => ({
    note: c.note,
    iso: toZonedIso(c.at, site.timeZone),
    dateText: `${formatLongDate(c.at, site.timeZone)} | ${presenter.time(c.at)} ${site.timeZoneLabel}`,
  }));
  return vm;
}
