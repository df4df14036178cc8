import fastifyMultipart from "@fastify/multipart";
import fastifySwagger from "@fastify/swagger";
import type { FastifyInstance } from "fastify";
import type { Warta } from "../../../app.ts";
import { createAdminPresenter } from "./admin.presenter.ts";
import { adminAuthHook } from "./admin-auth.ts";
import { articleRoutes } from "./articles.routes.ts";
import { catalogRoutes } from "./catalog.routes.ts";
import { MAX_UPLOAD_BYTES, mediaRoutes } from "./media.routes.ts";
import { previewRoutes } from "./preview.routes.tsx";
import { adminSearchRoutes } from "./search.routes.ts";
import { sessionRoutes } from "./session.routes.ts";
import { userRoutes } from "./users.routes.ts";

/**
 * The admin JSON API under /api/admin (everything the newsroom app does), its OpenAPI document at
 * /api/admin/openapi.json, and the staff preview page. Every route sits behind the auth hook.
 */
export async function adminApi(app: FastifyInstance, deps: { warta: Warta }): Promise<void> {
  const { warta } = deps;
  const newsroom = warta.newsroom;
  const present = createAdminPresenter((key) => warta.blobs.urlFor(key));

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: `${warta.config.site.name} admin API`,
        version: "1",
        description:
          "The newsroom's JSON API. Authenticate with the warta_session cookie (state-changing requests then need the x-csrf-token header) or with `Authorization: Bearer <personal API token>`. Errors are {error, code, message, field?}.",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "warta_session" },
          token: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
  });
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });

  app.decorateRequest("staff", null);
  app.addHook("onRequest", adminAuthHook(newsroom.auth));
  app.addHook("onSend", async (req, reply) => {
    if (req.url.startsWith("/api/admin") && !reply.hasHeader("cache-control"))
      reply.header("cache-control", "no-store");
  });

  await app.register(sessionRoutes, { newsroom, present });
  await app.register(articleRoutes, { newsroom, present, site: warta.config.site });
  await app.register(mediaRoutes, { newsroom, present });
  await app.register(catalogRoutes, { newsroom });
  await app.register(userRoutes, { newsroom, present });
  await app.register(previewRoutes, { warta });
  await app.register(adminSearchRoutes, { search: warta.search, newsroom, present });

  app.get("/api/admin/openapi.json", { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
