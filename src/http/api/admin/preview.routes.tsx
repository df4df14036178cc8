import type { FastifyInstance } from "fastify";
import type { Warta } from "../../../app.ts";
import type { Article } from "../../../domain/articles/article.types.ts";
import type { EditorialArticle } from "../../../domain/articles/editorial.types.ts";
import { buildSectionTree } from "../../../domain/sections/section.types.ts";
import { NotFound, Unauthorized } from "../../../errors.ts";
import { ArticlePage } from "../../../views/pages/article.tsx";
import { articleViewModel } from "../../public/pages.routes.tsx";
import { renderDocument } from "../../public/render.ts";
import { authenticate } from "./admin-auth.ts";

/** The reading type the public template speaks, made from the newsroom's view of any draft. */
function asArticle(a: EditorialArticle, now: Date): Article {
  return {
    id: a.id,
    slug: a.slug,
    title: a.content.title,
    kicker: a.content.kicker,
    excerpt: a.content.excerpt,
    // A draft has no publish time yet: the preview shows the time it is looked at.
    publishedAt: a.publishedAt ?? now,
    updatedAt: a.updatedAt,
    section: a.section,
    leadImage: a.lead,
    status: a.status,
    bodyHtml: a.content.bodyHtml,
    authors: a.authors,
    tags: a.tags,
    seoTitle: a.content.seoTitle,
    seoDescription: a.content.seoDescription,
  };
}

/**
 * `/pratinjau/:id`: any article rendered exactly like its public page, for signed-in staff with
 * a signed link. Never cached (no-store), never indexed, never counted (no beacon).
 */
export async function previewRoutes(app: FastifyInstance, deps: { warta: Warta }) {
  const { warta } = deps;
  const { newsroom } = warta;

  app.get<{ Params: { id: number }; Querystring: { exp: number; sig: string } }>(
    "/pratinjau/:id",
    {
      // The auth hook's JSON-API rules do not fit a page; the handler checks the session itself.
      config: { public: true },
      schema: {
        hide: true,
        params: {
          type: "object",
          required: ["id"],
          properties: { id: { type: "integer", minimum: 1, maximum: 2_147_483_647 } },
        },
        querystring: {
          type: "object",
          required: ["exp", "sig"],
          properties: { exp: { type: "integer", minimum: 0 }, sig: { type: "string", maxLength: 100 } },
        },
      },
    },
    async (req, reply) => {
      reply.header("cache-control", "no-store").header("x-robots-tag", "noindex, nofollow");
      const who = await authenticate(newsroom.auth, req);
      if (!who) throw new Unauthorized("unauthenticated", "Pratinjau hanya untuk redaksi yang sudah masuk.");
      if (!(await newsroom.previews.verify(req.params.id, req.query.exp, req.query.sig))) {
        throw new NotFound("preview_not_found", "Tautan pratinjau tidak valid atau sudah kedaluwarsa.");
      }
      const article = await newsroom.editorial.get(who.user, req.params.id);
      const [sections, popular, latest] = await Promise.all([
        warta.repos.sections.all(),
        warta.reading.popular(),
        warta.reading.latest(),
      ]);
      const vm = articleViewModel(warta.presenter, warta.config.site, {
        article: asArticle(article, warta.clock.now()),
        tree: buildSectionTree(sections),
        sidebar: warta.presenter.sidebar(popular, latest),
        corrections: article.corrections,
      });
      vm.preview = true;
      return reply.type("text/html; charset=utf-8").send(renderDocument(<ArticlePage vm={vm} />));
    },
  );
}
