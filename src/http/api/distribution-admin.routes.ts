import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Clock } from "../../clock.ts";
import type { ApiKeyRepository } from "../../domain/api-keys/api-key.repository.ts";
import { generateApiKey } from "../../domain/api-keys/api-key.ts";
import type { AuthService } from "../../domain/users/auth.service.ts";
import { can } from "../../domain/users/user.types.ts";
import type { WebhookService } from "../../domain/webhooks/webhook.service.ts";
import { WEBHOOK_EVENTS } from "../../domain/webhooks/webhook.types.ts";
import { Forbidden, NotFound, Unauthorized } from "../../errors.ts";
import { authenticate } from "./admin/admin-auth.ts";

export interface DistributionAdminDeps {
  auth: AuthService;
  webhooks: WebhookService;
  apiKeys: ApiKeyRepository;
  clock: Clock;
  /** The limit of keys without one of their own (WARTA_API_RATE_LIMIT). */
  defaultRatePerMinute: number;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const idParams = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "integer", minimum: 1 } },
} as const;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * The newsroom's settings for distribution, as JSON under /api/admin: outgoing webhooks (with
 * their delivery log) and content API keys. Admins only (the `users.manage` permission), with
 * the admin API's session/CSRF or Bearer-token rules. Secrets and keys are shown once, on creation.
 */
export async function distributionAdmin(app: FastifyInstance, deps: DistributionAdminDeps): Promise<void> {
  app.addHook("onRequest", async (req: FastifyRequest) => {
    const who = await authenticate(deps.auth, req);
    if (!who) throw new Unauthorized("unauthenticated", "Silakan masuk terlebih dahulu.");
    if (who.session && !SAFE_METHODS.has(req.method)) {
      const header = req.headers["x-csrf-token"];
      deps.auth.checkCsrf(who.session, Array.isArray(header) ? header[0] : header);
    }
    if (!can(who.user, "users.manage"))
      throw new Forbidden("forbidden", "Hanya admin yang dapat mengatur ini.");
  });
  app.addHook("onSend", async (_req, reply) => {
    reply.header("cache-control", "no-store");
  });

  app.get("/api/admin/webhooks", { schema: { summary: "Outgoing webhooks" } }, async () => ({
    events: WEBHOOK_EVENTS,
    items: (await deps.webhooks.list()).map((w) => ({ ...w, createdAt: iso(w.createdAt) })),
  }));

  app.post<{ Body: { url: string; events: string[] } }>(
    "/api/admin/webhooks",
    {
      schema: {
        summary: "Add a webhook; answers with its signing secret, shown once",
        body: {
          type: "object",
          required: ["url", "events"],
          properties: {
            url: { type: "string", maxLength: 2000 },
            events: { type: "array", minItems: 1, items: { type: "string", enum: [...WEBHOOK_EVENTS] } },
          },
        },
      },
    },
    async (req, reply) => {
      const { id, secret } = await deps.webhooks.add(req.body.url, req.body.events);
      return reply.code(201).send({ id, secret });
    },
  );

  app.delete<{ Params: { id: number } }>(
    "/api/admin/webhooks/:id",
    { schema: { params: idParams } },
    async (req, reply) => {
      if (!(await deps.webhooks.remove(req.params.id)))
        throw new NotFound("webhook_not_found", "Webhook tidak ada.");
      return reply.code(204).send();
    },
  );

  app.get<{ Params: { id: number } }>(
    "/api/admin/webhooks/:id/deliveries",
    { schema: { summary: "Delivery log, newest first, with each attempt's status code", params: idParams } },
    async (req) => ({
      items: (await deps.webhooks.deliveries(req.params.id)).map((d) => ({
        id: d.id,
        event: d.event,
        status: d.status,
        attempts: d.attempts,
        lastStatusCode: d.lastStatusCode,
        lastError: d.lastError,
        nextAttemptAt: d.status === "pending" ? iso(d.nextAttemptAt) : null,
        createdAt: iso(d.createdAt),
        finishedAt: iso(d.finishedAt),
        log: d.log.map((a) => ({ ...a, at: iso(a.at) })),
      })),
    }),
  );

  app.get(
    "/api/admin/api-keys",
    { schema: { summary: "Content API keys (never the keys themselves)" } },
    async () => ({
      defaultRatePerMinute: deps.defaultRatePerMinute,
      items: (await deps.apiKeys.list()).map((k) => ({
        id: k.id,
        name: k.name,
        prefix: k.prefix,
        ratePerMinute: k.ratePerMinute,
        createdAt: iso(k.createdAt),
        lastUsedAt: iso(k.lastUsedAt),
        revokedAt: iso(k.revokedAt),
      })),
    }),
  );

  app.post<{ Body: { name: string; ratePerMinute?: number | null } }>(
    "/api/admin/api-keys",
    {
      schema: {
        summary: "Create a content API key; answers with the key, shown once",
        body: {
          type: "object",
          required: ["name"],
          properties: {
            name: { type: "string", minLength: 1, maxLength: 200 },
            ratePerMinute: { type: ["integer", "null"], minimum: 1, maximum: 1_000_000 },
          },
        },
      },
    },
    async (req, reply) => {
      const key = generateApiKey();
      const id = await deps.apiKeys.create({
        name: req.body.name.trim(),
        hash: key.hash,
        prefix: key.prefix,
        ratePerMinute: req.body.ratePerMinute ?? null,
        now: deps.clock.now().getTime(),
      });
      return reply.code(201).send({ id, key: key.key });
    },
  );

  app.delete<{ Params: { id: number } }>(
    "/api/admin/api-keys/:id",
    { schema: { params: idParams } },
    async (req, reply) => {
      if (!(await deps.apiKeys.revoke(req.params.id, deps.clock.now().getTime()))) {
        throw new NotFound("api_key_not_found", "Kunci API tidak ada atau sudah dicabut.");
      }
      return reply.code(204).send();
    },
  );
}
