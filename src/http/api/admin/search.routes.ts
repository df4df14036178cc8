import type { FastifyInstance } from "fastify";
import type { SearchService } from "../../../domain/search/search.service.ts";
import type { Newsroom } from "../../../newsroom.ts";
import type { AdminPresenter } from "./admin.presenter.ts";
import { errors, itemsOf } from "./admin.schemas.ts";
import { actorOf } from "./admin-auth.ts";

/** Staff search: every status (drafts included), ranked by the search service's staff scope. */
export async function adminSearchRoutes(
  app: FastifyInstance,
  deps: { search: SearchService; newsroom: Newsroom; present: AdminPresenter },
) {
  app.get<{ Querystring: { q: string; cursor?: string; limit: number } }>(
    "/api/admin/search",
    {
      schema: {
        tags: ["articles"],
        summary: "Search every article, drafts included",
        querystring: {
          type: "object",
          required: ["q"],
          properties: {
            q: { type: "string", minLength: 1, maxLength: 200 },
            cursor: { type: "string", maxLength: 200 },
            limit: { type: "integer", minimum: 1, maximum: 50, default: 20 },
          },
        },
        response: { 200: itemsOf("ArticleListItem with snippet"), ...errors },
      },
    },
    async (req) => {
      actorOf(req);
      // Everybody in the newsroom may read every article (docs/admin-api.md), so no author narrowing.
      const page = await deps.search.search(req.query.q, {
        scope: "staff",
        staffAuthorId: null,
        limit: req.query.limit,
        ...(req.query.cursor ? { cursor: req.query.cursor } : {}),
      });
      const items = await deps.newsroom.repos.editorial.itemsByIds(page.items.map((h) => h.id));
      const snippets = new Map(page.items.map((h) => [h.id, h.snippetSegments.map((s) => s.text).join("")]));
      return {
        items: items.map((a) => ({ ...deps.present.listItem(a), snippet: snippets.get(a.id) ?? "" })),
        nextCursor: page.next,
        suggestion: page.suggestion,
      };
    },
  );
}
