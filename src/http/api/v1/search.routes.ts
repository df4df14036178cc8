import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { SiteConfig } from "../../../config.ts";
import type { ReadingService } from "../../../domain/articles/reading.service.ts";
import { toZonedIso } from "../../../domain/dates/format-date.ts";
import type { SearchHit, SearchService } from "../../../domain/search/search.service.ts";
import { resolveSearchFilters } from "../../../domain/search/search-filters.ts";
import { Invalid } from "../../../errors.ts";
import { urls } from "../../public/urls.ts";

export interface SearchApiDeps {
  search: SearchService;
  reading: ReadingService;
  site: SiteConfig;
  /** Sends the JSON answer with the content API's ETag and Cache-Control. */
  sendJson: (req: FastifyRequest, reply: FastifyReply, value: unknown) => FastifyReply;
}

interface SearchApiQuery {
  q?: string;
  section?: string;
  author?: string;
  from?: string;
  to?: string;
  sort?: "relevance" | "newest";
  cursor?: string;
  limit?: number;
}

/** Which request parameter an Invalid from the search domain is about. */
const PARAMETER_OF: Record<string, string> = {
  bad_section: "section",
  bad_author: "author",
  bad_from: "from",
  bad_to: "to",
  bad_cursor: "cursor",
};

const segments = {
  type: "array",
  items: {
    type: "object",
    properties: { text: { type: "string" }, match: { type: "boolean" } },
  },
} as const;

const link = {
  type: "object",
  properties: { slug: { type: "string" }, name: { type: "string" }, url: { type: "string" } },
} as const;

const schema = {
  querystring: {
    type: "object",
    properties: {
      q: { type: "string", maxLength: 4000 },
      section: { type: "string", maxLength: 200 },
      author: { type: "string", maxLength: 200 },
      from: { type: "string", maxLength: 40 },
      to: { type: "string", maxLength: 40 },
      sort: { type: "string", enum: ["relevance", "newest"] },
      cursor: { type: "string", maxLength: 400 },
      limit: { type: "integer", minimum: 1, maximum: 50 },
    },
  },
  response: {
    200: {
      type: "object",
      properties: {
        query: { type: "string" },
        sort: { type: "string" },
        results: {
          type: "array",
          items: {
            type: "object",
            properties: {
              id: { type: "integer" },
              url: { type: "string" },
              title: { type: "string" },
              titleHighlighted: segments,
              snippet: segments,
              section: link,
              authors: { type: "array", items: link },
              publishedAt: { type: "string" },
            },
          },
        },
        next: { type: ["string", "null"] },
        suggestion: { type: ["string", "null"] },
      },
    },
  },
} as const;

/**
 * GET /api/v1/search: the same engine as /cari, as JSON with canonical URLs. Highlights come as
 * segments ({text, match}), never as HTML, so clients cannot be handed markup to inject. A query
 * the search cannot use is a 400 naming the parameter at fault. Registered inside the content
 * API (content.routes.ts), so its keys, rate limits, CORS and ETags apply here too.
 */
export async function searchApi(app: FastifyInstance, deps: SearchApiDeps): Promise<void> {
  const { search, reading, site } = deps;
  const absolute = (path: string) => `${site.publicUrl}${path}`;
  const present = (hit: SearchHit) => ({
    id: hit.id,
    url: absolute(urls.article(hit.slug)),
    title: hit.title,
    titleHighlighted: hit.titleSegments.map((s) => ({ text: s.text, match: s.hit })),
    snippet: hit.snippetSegments.map((s) => ({ text: s.text, match: s.hit })),
    section: {
      slug: hit.section.slug,
      name: hit.section.name,
      url: absolute(urls.section(hit.section.slug)),
    },
    authors: hit.authors.map((a) => ({ slug: a.slug, name: a.name, url: absolute(urls.author(a.slug)) })),
    publishedAt: toZonedIso(hit.publishedAt, site.timeZone),
  });

  app.get<{ Querystring: SearchApiQuery }>("/search", { schema }, async (req, reply) => {
    const query = req.query;
    const sort = query.sort ?? "relevance";
    try {
      const filters = await resolveSearchFilters(
        reading,
        {
          ...(query.section ? { section: query.section } : {}),
          ...(query.author ? { author: query.author } : {}),
          ...(query.from ? { from: query.from } : {}),
          ...(query.to ? { to: query.to } : {}),
        },
        site.timeZone,
      );
      const page = await search.search(query.q ?? "", {
        filters,
        sort,
        ...(query.cursor ? { cursor: query.cursor } : {}),
        ...(query.limit ? { limit: query.limit } : {}),
      });
      return deps.sendJson(req, reply, {
        query: query.q ?? "",
        sort,
        results: page.items.map(present),
        next: page.next,
        suggestion: page.suggestion,
      });
    } catch (err) {
      if (!(err instanceof Invalid)) throw err;
      const parameter = PARAMETER_OF[err.code] ?? "q";
      return reply
        .code(400)
        .header("cache-control", "no-store")
        .send({ error: "bad_request", code: err.code, parameter, message: err.message });
    }
  });
}
