import type { FastifyInstance } from "fastify";
import type { ViewCounter } from "../../domain/views/view-counter.ts";
import { isCountableView } from "../../domain/views/view-filter.ts";

/**
 * The view beacon. It only adds to an in-memory counter (no database work on the request);
 * bots, prefetches and prerenders are answered the same way but not counted.
 */
export async function viewsApi(app: FastifyInstance, deps: { counter: ViewCounter }): Promise<void> {
  // sendBeacon may post an empty text/plain body; the beacon reads nothing from any body.
  app.addContentTypeParser("*", (_req, _payload, done) => done(null, undefined));

  app.post<{ Querystring: { a: number } }>(
    "/api/views",
    {
      schema: {
        querystring: {
          type: "object",
          required: ["a"],
          properties: { a: { type: "integer", minimum: 1, maximum: 2_147_483_647 } },
        },
        response: { 204: { type: "null" } },
      },
    },
    async (req, reply) => {
      const purpose = req.headers["sec-purpose"] ?? req.headers.purpose;
      const countable = isCountableView({
        method: req.method,
        userAgent: req.headers["user-agent"],
        purpose: Array.isArray(purpose) ? purpose.join(",") : purpose,
      });
      if (countable) deps.counter.record(req.query.a);
      return reply.code(204).header("cache-control", "no-store").send();
    },
  );
}
