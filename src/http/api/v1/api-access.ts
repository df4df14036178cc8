import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Clock } from "../../../clock.ts";
import type { ApiConfig } from "../../../config.ts";
import type { ApiKeyRepository } from "../../../domain/api-keys/api-key.repository.ts";
import { hashApiKey, looksLikeApiKey } from "../../../domain/api-keys/api-key.ts";
import type { RateLimiter } from "../../../domain/api-keys/rate-limiter.ts";

export interface ApiAccessDeps {
  config: ApiConfig;
  keys: ApiKeyRepository;
  limiter: RateLimiter;
  clock: Clock;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The content API key the request presented, once checked. */
    apiKeyId?: number;
  }
}

const ALLOWED_HEADERS = "authorization, x-api-key, if-none-match, if-modified-since";
const EXPOSED_HEADERS = "etag, last-modified, retry-after, x-ratelimit-limit, x-ratelimit-remaining";
/** last_used_at is a hint, not an audit log: write it at most once a minute per key. */
const TOUCH_EVERY_MS = 60_000;

/** The key a request presents: `X-Api-Key: …` or `Authorization: Bearer …`. */
function presentedKey(req: FastifyRequest): string | null {
  const header = req.headers["x-api-key"];
  if (typeof header === "string" && header) return header.trim();
  const auth = req.headers.authorization;
  const m = auth ? /^Bearer\s+(\S+)$/i.exec(auth) : null;
  return m?.[1] ?? null;
}

/**
 * CORS, API keys and per-key rate limits for the content API, as hooks on its plugin. A bad
 * key is refused even where keys are optional: a client should learn its key is wrong.
 */
export function installApiAccess(app: FastifyInstance, deps: ApiAccessDeps): void {
  const { config } = deps;
  const anyOrigin = config.corsOrigins.includes("*");
  const touched = new Map<number, number>();

  const cors = (req: FastifyRequest, reply: FastifyReply) => {
    const origin = req.headers.origin;
    if (!origin) return;
    if (anyOrigin) reply.header("access-control-allow-origin", "*");
    else if (config.corsOrigins.includes(origin))
      reply.header("access-control-allow-origin", origin).header("vary", "origin");
    else return;
    reply.header("access-control-expose-headers", EXPOSED_HEADERS);
  };

  const refuse = (reply: FastifyReply, status: number, error: string, message: string) =>
    reply.code(status).header("cache-control", "no-store").send({ error, message });

  app.addHook("onRequest", async (req, reply) => {
    cors(req, reply);
    if (req.method === "OPTIONS") return;
    const key = presentedKey(req);
    let client = `ip:${req.ip}`;
    let limit = config.anonymousRatePerMinute;
    if (key) {
      const record = looksLikeApiKey(key) ? await deps.keys.findActiveByHash(hashApiKey(key)) : null;
      if (!record) return refuse(reply, 401, "unauthorized", "Kunci API tidak dikenal atau sudah dicabut.");
      req.apiKeyId = record.id;
      client = `key:${record.id}`;
      limit = record.ratePerMinute ?? config.ratePerMinute;
      const now = deps.clock.now().getTime();
      if (now - (touched.get(record.id) ?? 0) >= TOUCH_EVERY_MS) {
        touched.set(record.id, now);
        await deps.keys.touch(record.id, now);
      }
    } else if (config.keys === "required") {
      return refuse(reply, 401, "unauthorized", "Sertakan kunci API di header X-Api-Key.");
    }
    const decision = await deps.limiter.take(client, limit);
    reply
      .header("x-ratelimit-limit", String(decision.limit))
      .header("x-ratelimit-remaining", String(decision.remaining));
    if (!decision.allowed) {
      reply.header("retry-after", String(decision.retryAfterSeconds));
      return refuse(reply, 429, "too_many_requests", "Terlalu banyak permintaan. Coba lagi sebentar lagi.");
    }
  });

  app.options("/*", { schema: { hide: true } as object }, async (_req, reply) => {
    if (!reply.hasHeader("access-control-allow-origin")) return reply.code(204).send();
    return reply
      .code(204)
      .header("access-control-allow-methods", "GET, HEAD, OPTIONS")
      .header("access-control-allow-headers", ALLOWED_HEADERS)
      .header("access-control-max-age", "86400")
      .send();
  });
}
