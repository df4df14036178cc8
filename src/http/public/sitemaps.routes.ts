import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Clock } from "../../clock.ts";
import type { SiteConfig } from "../../config.ts";
import type { SitemapRepository } from "../../domain/sitemaps/sitemap.repository.ts";
import { createSitemapService } from "../../domain/sitemaps/sitemap.service.ts";
import { urls } from "./urls.ts";

export interface SitemapRoutesDeps {
  repo: SitemapRepository;
  clock: Clock;
  site: SiteConfig;
  /** Declares page-cache tags for the response, when a page cache is installed. */
  tag?: (reply: FastifyReply, tags: string[]) => void;
}

const XML_TYPE = "application/xml; charset=utf-8";
const CACHE = "public, max-age=300";
const pageParams = (name: string, pattern: string) =>
  ({
    type: "object",
    required: [name],
    properties: { [name]: { type: "string", pattern } },
  }) as const;

/** Paths crawlers must stay out of: the newsroom, its API and article previews. */
export const ROBOTS_DISALLOW = ["/admin", "/api/admin", "/pratinjau", "/preview"];

/**
 * /sitemap.xml (an index), the sitemaps it lists, and /robots.txt. Urlsets are streamed to the
 * reply from keyset batches: memory stays flat however many articles there are.
 */
export async function sitemapRoutes(app: FastifyInstance, deps: SitemapRoutesDeps): Promise<void> {
  const { site } = deps;
  const abs = (path: string) => `${site.publicUrl}${path}`;
  const service = createSitemapService({
    repo: deps.repo,
    clock: deps.clock,
    timeZone: site.timeZone,
    publication: { name: site.name, language: "id" },
    links: {
      article: (slug) => abs(urls.article(slug)),
      section: (slug) => abs(urls.section(slug)),
      tag: (slug) => abs(urls.tag(slug)),
      author: (slug) => abs(urls.author(slug)),
      sitemap: (name) => abs(`/${name}`),
    },
  });

  const stream = (reply: FastifyReply, chunks: AsyncGenerator<string>, tags: string[]) => {
    deps.tag?.(reply, tags);
    return reply.type(XML_TYPE).header("cache-control", CACHE).send(Readable.from(chunks));
  };

  app.get("/sitemap.xml", { schema: {} }, async (_req, reply) => {
    deps.tag?.(reply, ["sitemap:index"]);
    return reply
      .type(XML_TYPE)
      .header("cache-control", CACHE)
      .send(await service.index());
  });

  app.get<{ Params: { n: string } }>(
    "/sitemap-news-:n.xml",
    { schema: { params: pageParams("n", "^[1-9][0-9]{0,3}$") } },
    (_req, reply) => stream(reply, service.news(Number(_req.params.n)), ["sitemap:news"]),
  );

  app.get<{ Params: { ym: string } }>(
    "/sitemap-articles-:ym.xml",
    { schema: { params: pageParams("ym", "^[0-9]{4}-[0-9]{2}(-[1-9][0-9]{0,3})?$") } },
    (req, reply) =>
      stream(reply, service.articles(req.params.ym), [`sitemap:articles:${req.params.ym.slice(0, 7)}`]),
  );

  app.get("/sitemap-sections.xml", { schema: {} }, (_req, reply) =>
    stream(reply, service.sections(), ["sitemap:sections"]),
  );

  for (const kind of ["tags", "authors"] as const) {
    app.get<{ Params: { n: string } }>(
      `/sitemap-${kind}-:n.xml`,
      { schema: { params: pageParams("n", "^[1-9][0-9]{0,3}$") } },
      (req, reply) => stream(reply, service.people(kind, Number(req.params.n)), [`sitemap:${kind}`]),
    );
  }

  app.get("/robots.txt", { schema: {} }, async (_req, reply) => {
    const lines = [
      "User-agent: *",
      ...ROBOTS_DISALLOW.map((p) => `Disallow: ${p}`),
      "Allow: /",
      "",
      `Sitemap: ${abs("/sitemap.xml")}`,
      `Sitemap: ${abs("/sitemap-news-1.xml")}`,
      "",
    ];
    return reply
      .type("text/plain; charset=utf-8")
      .header("cache-control", "public, max-age=3600")
      .send(lines.join("\n"));
  });
}
