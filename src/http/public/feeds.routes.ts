import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { FeedConfig, SiteConfig } from "../../config.ts";
import type { ArticleFilter } from "../../domain/articles/article.types.ts";
import type { ReadingService } from "../../domain/articles/reading.service.ts";
import type { FeedRepository } from "../../domain/feeds/feed.repository.ts";
import { buildRss, feedLastModified, type RssItem } from "../../domain/feeds/rss.ts";
import { SLUG_PATTERN } from "../../domain/slug.ts";
import { sendConditional } from "../conditional-get.ts";
import type { Presenter } from "./presenter.ts";
import { plainSummary } from "./render.ts";
import { urls } from "./urls.ts";

export interface FeedRoutesDeps {
  reading: ReadingService;
  feedsRepo: FeedRepository;
  presenter: Presenter;
  site: SiteConfig;
  feeds: FeedConfig;
  /** WebSub hubs announced in every feed (atom:link rel=hub). */
  hubs: string[];
  /** Declares page-cache tags for the response, when a page cache is installed. */
  tag?: (reply: FastifyReply, tags: string[]) => void;
}

const slugParams = {
  type: "object",
  required: ["slug"],
  properties: { slug: { type: "string", pattern: SLUG_PATTERN, maxLength: 200 } },
} as const;

const RSS_TYPE = "application/rss+xml; charset=utf-8";

/** RSS 2.0 for the site, each section, tag and author, with conditional GET. */
export async function feedRoutes(app: FastifyInstance, deps: FeedRoutesDeps): Promise<void> {
  const { reading, presenter, site } = deps;
  const abs = (path: string) => `${site.publicUrl}${path}`;
  const host = new URL(site.publicUrl).host;

  async function sendFeed(
    req: FastifyRequest,
    reply: FastifyReply,
    feed: {
      title: string;
      description: string;
      page: string;
      self: string;
      filter: ArticleFilter;
      tags: string[];
    },
  ) {
    const page = await reading.list(feed.filter, {}, deps.feeds.items);
    const extras = await deps.feedsRepo.extrasFor(
      page.items.map((a) => a.id),
      deps.feeds.fullContent,
    );
    const items: RssItem[] = page.items.map((a) => {
      const extra = extras.get(a.id);
      const image = presenter.shareImages(a.leadImage)[0];
      return {
        title: a.title,
        link: abs(urls.article(a.slug)),
        guid: `tag:${host},2026:article:${a.id}`,
        publishedAt: a.publishedAt,
        updatedAt: a.updatedAt,
        description: a.excerpt ?? plainSummary(extra?.bodyHtml ?? ""),
        creators: (extra?.authors ?? []).map((p) => p.name),
        categories: [a.section.name, ...(extra?.tags ?? []).map((t) => t.name)],
        image: image
          ? {
              url: image.url,
              width: image.width,
              height: image.height,
              type: image.url.endsWith(".png") ? "image/png" : "image/jpeg",
              caption: a.leadImage?.caption ?? null,
              credit: a.leadImage?.credit ?? null,
            }
          : null,
        contentHtml: deps.feeds.fullContent ? (extra?.bodyHtml ?? "") : null,
      };
    });
    const xml = buildRss(
      {
        title: feed.title,
        link: abs(feed.page),
        selfUrl: abs(feed.self),
        description: feed.description,
        language: "id",
        timeZone: site.timeZone,
        image: { url: abs(urls.logo()), title: feed.title, link: abs(feed.page) },
        hubs: deps.hubs,
      },
      items,
    );
    deps.tag?.(reply, [...feed.tags, ...page.items.map((a) => `article:${a.id}`)]);
    return sendConditional(req, reply, xml, {
      type: RSS_TYPE,
      lastModified: feedLastModified(items),
      cacheControl: "public, max-age=300",
    });
  }

  app.get(urls.siteFeed(), { schema: {} }, (req, reply) =>
    sendFeed(req, reply, {
      title: site.name,
      description: site.tagline,
      page: urls.home(),
      self: urls.siteFeed(),
      filter: {},
      tags: ["feed:site"],
    }),
  );

  app.get<{ Params: { slug: string } }>(
    "/kanal/:slug/rss.xml",
    { schema: { params: slugParams } },
    async (req, reply) => {
      const { section, filter, tree } = await reading.section(req.params.slug);
      return sendFeed(req, reply, {
        title: `${site.name}: ${section.name}`,
        description: `Berita terbaru kanal ${section.name} di ${site.name}.`,
        page: urls.section(section.slug),
        self: urls.sectionFeed(section.slug),
        filter,
        tags: tree.path(section.id).map((s) => `feed:section:${s.slug}`),
      });
    },
  );

  app.get<{ Params: { slug: string } }>(
    "/tag/:slug/rss.xml",
    { schema: { params: slugParams } },
    async (req, reply) => {
      const tag = await reading.tag(req.params.slug);
      return sendFeed(req, reply, {
        title: `${site.name}: topik ${tag.name}`,
        description: `Berita tentang ${tag.name} di ${site.name}.`,
        page: urls.tag(tag.slug),
        self: urls.tagFeed(tag.slug),
        filter: { tagId: tag.id },
        tags: [`feed:tag:${tag.slug}`],
      });
    },
  );

  app.get<{ Params: { slug: string } }>(
    "/penulis/:slug/rss.xml",
    { schema: { params: slugParams } },
    async (req, reply) => {
      const author = await reading.author(req.params.slug);
      return sendFeed(req, reply, {
        title: `${site.name}: ${author.name}`,
        description: `Berita yang ditulis ${author.name} untuk ${site.name}.`,
        page: urls.author(author.slug),
        self: urls.authorFeed(author.slug),
        filter: { authorId: author.id },
        tags: [`feed:author:${author.slug}`],
      });
    },
  );
}
