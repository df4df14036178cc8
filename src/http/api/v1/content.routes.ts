import fastifySwagger from "@fastify/swagger";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Clock } from "../../../clock.ts";
import type { ApiConfig, ListConfig, SiteConfig } from "../../../config.ts";
import type { ApiKeyRepository } from "../../../domain/api-keys/api-key.repository.ts";
import type { RateLimiter } from "../../../domain/api-keys/rate-limiter.ts";
import type { ArticleFilter } from "../../../domain/articles/article.types.ts";
import { encodeCursor } from "../../../domain/articles/list-cursor.ts";
import type { ReadingService } from "../../../domain/articles/reading.service.ts";
import type { AuthorRepository } from "../../../domain/authors/author.repository.ts";
import { zonedDayRange } from "../../../domain/dates/format-date.ts";
import type { FeedRepository } from "../../../domain/feeds/feed.repository.ts";
import type { SearchService } from "../../../domain/search/search.service.ts";
import type { TagRepository } from "../../../domain/tags/tag.repository.ts";
import { DomainError, Invalid, NotFound } from "../../../errors.ts";
import { sendConditional } from "../../conditional-get.ts";
import { installApiAccess } from "./api-access.ts";
import { createContentPresenter } from "./content.presenter.ts";
import {
  authorsSchema,
  listArticlesSchema,
  mostReadSchema,
  oneArticleSchema,
  sectionsSchema,
  tagsSchema,
} from "./content.schemas.ts";
import { searchApi } from "./search.routes.ts";

export interface ContentApiDeps {
  reading: ReadingService;
  extras: FeedRepository;
  authors: AuthorRepository;
  tags: TagRepository;
  keys: ApiKeyRepository;
  limiter: RateLimiter;
  clock: Clock;
  site: SiteConfig;
  lists: ListConfig;
  api: ApiConfig;
  blobUrl: (key: string) => string;
  search: SearchService;
}

/** A 400 that names the request parameter at fault, so a client can fix its call. */
class BadParameter extends Invalid {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super("bad_parameter", message);
  }
}

interface ListQuery {
  section?: string;
  tag?: string;
  author?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
  body: boolean;
}

/**
 * The read-only content API at /api/v1 for third-party apps: articles (filtered, keyset-paged),
 * one article, sections, authors, tags and the most-read list. Keys, CORS and rate limits come
 * from api-access.ts; every response carries an ETag and answers If-None-Match with 304.
 */
export async function contentApi(app: FastifyInstance, deps: ContentApiDeps): Promise<void> {
  const { reading, site } = deps;
  const present = createContentPresenter(site, deps.blobUrl);
  const cacheControl = deps.api.keys === "required" ? "private, max-age=60" : "public, max-age=60";

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: `${site.name} content API`,
        version: "1",
        description: "Read-only access to published articles. Send your key as X-Api-Key.",
      },
      servers: [{ url: site.publicUrl }],
      components: { securitySchemes: { apiKey: { type: "apiKey", in: "header", name: "x-api-key" } } },
      security: [{ apiKey: [] }],
    },
  });

  installApiAccess(app, {
    config: deps.api,
    keys: deps.keys,
    limiter: deps.limiter,
    clock: deps.clock,
  });

  app.setErrorHandler((error: FastifyError, _req, reply) => {
    if (error.validation) {
      const v = error.validation[0];
      const missing = v?.params && "missingProperty" in v.params ? String(v.params.missingProperty) : "";
      const parameter = missing || (v?.instancePath ?? "").replace(/^\//, "") || "query";
      return reply
        .code(400)
        .header("cache-control", "no-store")
        .send({ error: "bad_request", parameter, message: `${parameter} ${v?.message ?? "is invalid"}` });
    }
    if (error instanceof BadParameter) {
      return reply
        .code(400)
        .header("cache-control", "no-store")
        .send({ error: "bad_request", parameter: error.parameter, message: error.message });
    }
    if (error instanceof DomainError && error.code === "bad_cursor") {
      return reply
        .code(400)
        .header("cache-control", "no-store")
        .send({ error: "bad_request", parameter: "cursor", message: error.message });
    }
    throw error;
  });

  const sendJson = (req: FastifyRequest, reply: FastifyReply, value: unknown) =>
    sendConditional(req, reply, JSON.stringify(value), {
      type: "application/json; charset=utf-8",
      cacheControl,
    });

  /** An instant from `YYYY-MM-DD` (the day's start, or its end for an upper bound) or ISO 8601 with offset. */
  function instant(parameter: string, raw: string, endOfDay: boolean): number {
    const day = zonedDayRange(raw, site.timeZone);
    if (day) return (endOfDay ? day.end : day.start).getTime();
    const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(raw)
      ? Date.parse(raw)
      : Number.NaN;
    if (Number.isNaN(ms))
      throw new BadParameter(parameter, `${parameter} must be YYYY-MM-DD or ISO 8601 with an offset`);
    return ms;
  }

  async function filterOf(q: ListQuery): Promise<ArticleFilter> {
    const filter: ArticleFilter = {};
    const lookup = async <T>(parameter: string, find: () => Promise<T>): Promise<T> => {
      try {
        return await find();
      } catch (err) {
        if (err instanceof NotFound)
          throw new BadParameter(
            parameter,
            `unknown ${parameter} "${(q as unknown as Record<string, string>)[parameter]}"`,
          );
        throw err;
      }
    };
    if (q.section) {
      const slug = q.section;
      filter.sectionIds = (await lookup("section", () => reading.section(slug))).filter.sectionIds ?? [];
    }
    if (q.tag) {
      const slug = q.tag;
      filter.tagId = (await lookup("tag", () => reading.tag(slug))).id;
    }
    if (q.author) {
      const slug = q.author;
      filter.authorId = (await lookup("author", () => reading.author(slug))).id;
    }
    if (q.from) filter.publishedFrom = instant("from", q.from, false);
    if (q.to) filter.publishedBefore = instant("to", q.to, true);
    if (
      filter.publishedFrom !== undefined &&
      filter.publishedBefore !== undefined &&
      filter.publishedFrom >= filter.publishedBefore
    ) {
      throw new BadParameter("to", "to must be after from");
    }
    return filter;
  }

  app.get<{ Querystring: ListQuery }>("/articles", { schema: listArticlesSchema }, async (req, reply) => {
    const q = req.query;
    const page = await reading.list(await filterOf(q), q.cursor ? { olderThan: q.cursor } : {}, q.limit);
    const extras = await deps.extras.extrasFor(
      page.items.map((a) => a.id),
      q.body,
    );
    return sendJson(req, reply, {
      articles: page.items.map((a) => present.article(a, extras.get(a.id), q.body)),
      nextCursor: page.older ? encodeCursor(page.older) : null,
    });
  });

  app.get<{ Params: { slug: string } }>(
    "/articles/:slug",
    { schema: oneArticleSchema },
    async (req, reply) => {
      const article = await reading.article(req.params.slug);
      const extra = { bodyHtml: article.bodyHtml, authors: article.authors, tags: article.tags };
      return sendJson(req, reply, { article: present.article(article, extra, true) });
    },
  );

  app.get("/sections", { schema: sectionsSchema }, async (req, reply) => {
    const tree = await reading.sections();
    const slugOf = new Map(tree.all.map((s) => [s.id, s.slug]));
    const ordered: typeof tree.all = [];
    const walk = (parent: number | null) => {
      for (const s of tree.children(parent)) {
        ordered.push(s);
        walk(s.id);
      }
    };
    walk(null);
    return sendJson(req, reply, {
      sections: ordered.map((s) => ({
        ...present.ref("section", s),
        parent: s.parentId === null ? null : (slugOf.get(s.parentId) ?? null),
      })),
    });
  });

  app.get("/authors", { schema: authorsSchema }, async (req, reply) =>
    sendJson(req, reply, { authors: (await deps.authors.all()).map((a) => present.ref("author", a)) }),
  );

  app.get<{ Querystring: { cursor?: string; limit: number } }>(
    "/tags",
    { schema: tagsSchema },
    async (req, reply) => {
      const rows = await deps.tags.listAfter(req.query.cursor ?? null, req.query.limit + 1);
      const page = rows.slice(0, req.query.limit);
      return sendJson(req, reply, {
        tags: page.map((t) => present.ref("tag", t)),
        nextCursor: rows.length > req.query.limit ? (page[page.length - 1]?.slug ?? null) : null,
      });
    },
  );

  app.get<{ Querystring: { limit?: number } }>(
    "/most-read",
    { schema: mostReadSchema },
    async (req, reply) => {
      const entries = await reading.popular(req.query.limit);
      const to = deps.clock.now();
      const from = new Date(to.getTime() - deps.lists.popularWindowDays * 86_400_000);
      const extras = await deps.extras.extrasFor(
        entries.map((e) => e.article.id),
        false,
      );
      return sendJson(req, reply, {
        window: { days: deps.lists.popularWindowDays, from: present.iso(from), to: present.iso(to) },
        articles: entries.map((e) => ({
          ...present.article(e.article, extras.get(e.article.id), false),
          views: e.views,
        })),
      });
    },
  );

  await app.register(searchApi, { search: deps.search, reading, site, sendJson });

  app.get("/openapi.json", { schema: { hide: true } as object }, async (_req, reply) =>
    reply
      .type("application/json; charset=utf-8")
      .header("cache-control", "public, max-age=300")
      .send(app.swagger()),
  );
}
