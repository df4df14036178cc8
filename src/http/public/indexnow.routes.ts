import type { FastifyInstance } from "fastify";

/** IndexNow's ownership check: the key, as plain text, at /<key>.txt on our host. Only when configured. */
export async function indexNowKeyRoute(app: FastifyInstance, deps: { key: string | null }): Promise<void> {
  const key = deps.key;
  if (!key) return;
  app.get(`/${key}.txt`, { schema: {} }, async (_req, reply) =>
    reply.type("text/plain; charset=utf-8").header("cache-control", "public, max-age=86400").send(key),
  );
}
