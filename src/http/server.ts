import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from "fastify";
import type { Warta } from "../app.ts";
import { DomainError, TooManyRequests } from "../errors.ts";
import { adminApp } from "./admin/admin.routes.ts";
import { adminApi } from "./api/admin/admin-api.ts";
import { distributionAdmin } from "./api/distribution-admin.routes.ts";
import { contentApi } from "./api/v1/content.routes.ts";
import { beaconBeforeRouting, viewsApi } from "./api/views.routes.ts";
import { createInvalidation, type Invalidation } from "./cache/invalidation.ts";
import { hasSessionCookie, installPageCache } from "./cache/page-cache.plugin.ts";
import { PageCache } from "./cache/page-cache.ts";
import { lazyCompilers } from "./lazy-compilers.ts";
import { renderErrorPage } from "./public/error-page.tsx";
import { feedRoutes } from "./public/feeds.routes.ts";
import { indexNowKeyRoute } from "./public/indexnow.routes.ts";
import { logoRoutes } from "./public/logo.routes.ts";
import { publicPages } from "./public/pages.routes.tsx";
import { searchPages } from "./public/search.routes.tsx";
import { sitemapRoutes } from "./public/sitemaps.routes.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** This process's page cache (stats, tests). */
    pageCache: PageCache;
    invalidation: Invalidation;
  }
}

/**
 * Longest a cached answer lives without a purge: the bound for changes no event announces yet
 * (renamed sections or reporters, the date picker's "today").
 */
const PAGE_MAX_AGE_MS = 5 * 60_000;

/** Sent with every answer (the answers given before routing repeat them). */
const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "SAMEORIGIN",
});

export interface HttpOptions {
  logger?: boolean | { level: string };
}

/** Builds the HTTP server around a Warta instance; listening is the caller's business. */
export async function buildHttpServer(warta: Warta, options: HttpOptions = {}): Promise<FastifyInstance> {
  const compilers = lazyCompilers();
  /** Set once the page cache exists: hits answered before Fastify sees the request. */
  let cacheHit: ((req: IncomingMessage, res: ServerResponse) => boolean) | null = null;
  /** The view beacon in its usual form, answered before Fastify too. */
  const beacon = beaconBeforeRouting(warta.counter, SECURITY_HEADERS);
  const app = Fastify({
    serverFactory: (handler, opts) => {
      const server = createServer((req, res) => {
        if (!cacheHit?.(req, res) && !beacon(req, res)) handler(req, res);
      });
      // What Fastify sets on a server it makes itself (its defaults, filled in by then).
      const timeouts = opts as {
        keepAliveTimeout?: number;
        requestTimeout?: number;
        connectionTimeout?: number;
      };
      server.keepAliveTimeout = timeouts.keepAliveTimeout ?? 72_000;
      server.requestTimeout = timeouts.requestTimeout ?? 0;
      server.setTimeout(timeouts.connectionTimeout ?? 0);
      return server;
    },
    logger: options.logger ?? false,
    schemaController: { compilersFactory: compilers.factory },
    // Two log lines per request cost more than a cached page; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: warta.config.trustProxy,
    // Malformed URLs (bad percent-encoding and the like) get a reader-facing 400, not a stack trace.
    frameworkErrors: (error, req, reply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
      return sendError(req, reply, status, "Alamat halaman tidak dapat dibaca.");
    },
  });

  app.addHook("onSend", async (_req, reply) => {
    reply.headers(SECURITY_HEADERS);
  });

  // After the security headers' hook (cached answers repeat them), before any route.
  const pageCache = new PageCache({
    maxBytes: warta.config.pageCache.enabled ? warta.config.pageCache.maxBytes : 0,
    maxAgeMs: PAGE_MAX_AGE_MS,
    spill: {
      dir: join(warta.config.dataDir, "cache"),
      maxBytes: warta.config.pageCache.spillBytes,
      onError: (err) =>
        app.log.error({ err }, "the page cache's spill file failed; evicted pages are dropped"),
    },
  });
  const refreshS = warta.config.lists.refreshMs / 1000;
  cacheHit = installPageCache(app, pageCache, {
    sharedMaxAgeS: refreshS,
    staleWhileRevalidateS: refreshS,
    staleIfErrorS: 86_400,
    isPersonal: hasSessionCookie,
  });
  const invalidation = createInvalidation({
    events: warta.events,
    cache: pageCache,
    lists: warta.lists,
    reading: warta.reading,
    articles: warta.repos.articles,
    clock: warta.clock,
    log: { error: (obj, msg) => app.log.error(obj, msg) },
  });
  app.decorate("pageCache", pageCache);
  app.decorate("invalidation", invalidation);
  app.addHook("onListen", async () => invalidation.start(warta.config.lists.refreshMs));
  app.addHook("onListen", async () => {
    void compilers.compilePending((err) => app.log.error({ err }, "a route schema does not compile"));
  });
  app.addHook("onClose", async () => {
    invalidation.stop();
    pageCache.close();
  });

  const sendError = async (
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    message: string,
    extra: Record<string, unknown> = {},
  ) => {
    reply.code(status).header("cache-control", "no-store");
    if (req.url.startsWith("/api/")) return reply.send({ error: statusName(status), message, ...extra });
    try {
      return reply.type("text/html; charset=utf-8").send(await renderErrorPage(warta, status, message));
    } catch (err) {
      req.log.error({ err }, "error page failed");
      return reply.type("text/plain; charset=utf-8").send(message);
    }
  };

  app.setErrorHandler(async (error: FastifyError, req, reply) => {
    if (error instanceof DomainError) {
      if (error instanceof TooManyRequests) reply.header("retry-after", String(error.retryAfterSeconds));
      const { field, details } = error.extra;
      return sendError(req, reply, error.status, error.message, {
        code: error.code,
        ...(field ? { field } : {}),
        ...details,
      });
    }
    if (error.validation) {
      const field = validationField(error.validation[0]);
      return sendError(req, reply, 400, `Permintaan tidak valid: ${error.message}`, {
        code: "invalid_input",
        ...(field ? { field } : {}),
      });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(req, reply, error.statusCode, error.message);
    }
    req.log.error({ err: error }, "unhandled error");
    return sendError(
      req,
      reply,
      500,
      "Maaf, terjadi kesalahan di server kami. Silakan coba lagi sebentar lagi.",
    );
  });

  app.setNotFoundHandler((req, reply) =>
    sendError(req, reply, 404, "Halaman yang Anda cari tidak ada atau sudah dipindahkan."),
  );

  if (warta.blobs.localRoot) {
    await app.register(fastifyStatic, {
      root: warta.blobs.localRoot,
      prefix: "/files/",
      immutable: true,
      maxAge: "365d",
      index: false,
      // Missing files fall through to our 404 page.
      wildcard: true,
    });
  }

  app.get(
    "/healthz",
    { schema: { response: { 200: { type: "object", properties: { ok: { type: "boolean" } } } } } },
    async () => ({
      ok: true,
    }),
  );

  await app.register(viewsApi, { counter: warta.counter });
  await app.register(searchPages, {
    search: warta.search,
    reading: warta.reading,
    presenter: warta.presenter,
    site: warta.config.site,
    clock: warta.clock,
  });
  await app.register(logoRoutes, { site: warta.config.site });
  await app.register(feedRoutes, {
    reading: warta.reading,
    feedsRepo: warta.repos.feeds,
    presenter: warta.presenter,
    site: warta.config.site,
    feeds: warta.config.feeds,
    hubs: warta.config.push.websubHubs,
    tag: (reply, tags) => reply.cacheTags(...tags),
  });
  await app.register(sitemapRoutes, {
    repo: warta.repos.sitemaps,
    clock: warta.clock,
    site: warta.config.site,
    tag: (reply, tags) => reply.cacheTags(...tags),
  });
  await app.register(contentApi, {
    prefix: "/api/v1",
    reading: warta.reading,
    extras: warta.repos.feeds,
    authors: warta.repos.authors,
    tags: warta.repos.tags,
    keys: warta.repos.apiKeys,
    limiter: warta.rateLimiter,
    clock: warta.clock,
    site: warta.config.site,
    lists: warta.config.lists,
    api: warta.config.api,
    blobUrl: (key) => warta.blobs.urlFor(key),
    search: warta.search,
  });
  await app.register(indexNowKeyRoute, { key: warta.config.push.indexNowKey });
  await app.register(distributionAdmin, {
    auth: warta.newsroom.auth,
    webhooks: warta.webhooks,
    apiKeys: warta.repos.apiKeys,
    clock: warta.clock,
    defaultRatePerMinute: warta.config.api.ratePerMinute,
  });
  await app.register(adminApp, { site: warta.config.site });
  await app.register(adminApi, { warta });
  await app.register(publicPages, {
    reading: warta.reading,
    lists: warta.lists,
    presenter: warta.presenter,
    site: warta.config.site,
    clock: warta.clock,
    corrections: (id) => warta.newsroom.repos.editorial.correctionsOf(id),
  });
  return app;
}

/** The input field a schema complaint is about (`body/title` → `title`), so clients can show it in place. */
function validationField(v: { instancePath?: string; params?: Record<string, unknown> } | undefined): string {
  if (!v) return "";
  const missing = v.params?.missingProperty;
  const path = (v.instancePath ?? "").replace(/^\//, "").replace(/\//g, ".");
  if (typeof missing === "string") return path ? `${path}.${missing}` : missing;
  return path;
}

function statusName(status: number): string {
  return (
    {
      400: "bad_request",
      401: "unauthorized",
      413: "payload_too_large",
      429: "too_many_requests",
      404: "not_found",
      403: "forbidden",
      409: "conflict",
      415: "unsupported_media_type",
    }[status] ?? (status >= 500 ? "server_error" : "error")
  );
}
