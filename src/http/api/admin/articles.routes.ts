import type { FastifyInstance, FastifyRequest } from "fastify";
import type { SiteConfig } from "../../../config.ts";
import { StaleVersion } from "../../../domain/articles/editorial.service.ts";
import type {
  ArticleInput,
  EditorialArticle,
  EditorialCursor,
  EditorialFilter,
} from "../../../domain/articles/editorial.types.ts";
import { zonedDayRange } from "../../../domain/dates/format-date.ts";
import { buildSectionTree } from "../../../domain/sections/section.types.ts";
import { Invalid } from "../../../errors.ts";
import type { Newsroom } from "../../../newsroom.ts";
import type { AdminPresenter } from "./admin.presenter.ts";
import { errors, idParams, itemsOf, looseObject, noContent } from "./admin.schemas.ts";
import { actorOf } from "./admin-auth.ts";
import {
  type ArticleListQuery,
  articleInputSchema,
  articleListQuery,
  articleSaveSchema,
} from "./articles.schemas.ts";

const articleResponse = { 200: looseObject("Article (see docs/admin-api.md)"), ...errors } as const;
const revisionParams = {
  type: "object",
  required: ["id", "revisionId"],
  properties: { id: idParams.properties.id, revisionId: idParams.properties.id },
} as const;

export function encodeAdminCursor(c: EditorialCursor): string {
  return `${c.updatedAt.toString(36)}.${c.id.toString(36)}`;
}

function decodeAdminCursor(raw: string): EditorialCursor {
  const m = /^([0-9a-z]{1,12})\.([0-9a-z]{1,10})$/.exec(raw);
  if (!m?.[1] || !m[2]) throw new Invalid("bad_cursor", "Penanda halaman tidak valid.", { field: "cursor" });
  return { updatedAt: Number.parseInt(m[1], 36), id: Number.parseInt(m[2], 36) };
}

/** The article list, the editor's saves and the workflow steps. Rules live in the editorial service. */
export async function articleRoutes(
  app: FastifyInstance,
  deps: { newsroom: Newsroom; present: AdminPresenter; site: SiteConfig },
) {
  const { editorial, dashboard, previews } = deps.newsroom;
  const { present } = deps;
  const tags = ["articles"];
  const show = (req: FastifyRequest, a: EditorialArticle) =>
    present.article(a, editorial.abilities(actorOf(req), a));

  /** A stale save's 409 carries the whole current article, so the app can show what changed. */
  const withConflictDetails = async <T>(
    req: FastifyRequest,
    id: number,
    work: () => Promise<T>,
  ): Promise<T> => {
    try {
      return await work();
    } catch (err) {
      if (err instanceof StaleVersion) {
        err.extra.details = {
          ...err.extra.details,
          current: show(req, await editorial.get(actorOf(req), id)),
        };
      }
      throw err;
    }
  };

  app.get<{ Querystring: ArticleListQuery }>(
    "/api/admin/articles",
    {
      schema: {
        tags,
        summary: "List articles, newest change first",
        querystring: articleListQuery,
        response: { 200: itemsOf("ArticleListItem"), ...errors },
      },
    },
    async (req) => {
      const q = req.query;
      const filter: EditorialFilter = {};
      if (q.status) filter.status = q.status;
      if (q.mine) filter.createdBy = actorOf(req).id;
      if (q.q?.trim()) filter.titleContains = q.q.trim();
      const repos = deps.newsroom.repos;
      if (q.section) {
        const tree = buildSectionTree(await repos.sections.all());
        const section = tree.bySlug(q.section);
        if (!section) throw new Invalid("unknown_section", "Kanal tidak ditemukan.", { field: "section" });
        filter.sectionIds = tree.descendantIds(section.id);
      }
      if (q.author) {
        const author = await repos.authors.findBySlug(q.author);
        if (!author) throw new Invalid("unknown_author", "Penulis tidak ditemukan.", { field: "author" });
        filter.authorId = author.id;
      }
      for (const key of ["from", "to"] as const) {
        const day = q[key];
        if (!day) continue;
        const range = zonedDayRange(day, deps.site.timeZone);
        if (!range) throw new Invalid("bad_date", "Tanggal tidak valid (TTTT-BB-HH).", { field: key });
        if (key === "from") filter.updatedFrom = range.start.getTime();
        else filter.updatedBefore = range.end.getTime();
      }
      const items = await editorial.list(filter, q.cursor ? decodeAdminCursor(q.cursor) : null, q.limit + 1);
      const page = items.slice(0, q.limit);
      const last = page[page.length - 1];
      return {
        items: page.map(present.listItem),
        nextCursor:
          items.length > q.limit && last
            ? encodeAdminCursor({ updatedAt: last.updatedAt.getTime(), id: last.id })
            : null,
      };
    },
  );

  app.post<{ Body: ArticleInput }>(
    "/api/admin/articles",
    {
      schema: {
        tags,
        summary: "Create a draft",
        body: articleInputSchema,
        response: { 201: looseObject("Article"), ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(show(req, await editorial.create(actorOf(req), req.body))),
  );

  app.get<{ Params: { id: number } }>(
    "/api/admin/articles/:id",
    { schema: { tags, summary: "One article, any status", params: idParams, response: articleResponse } },
    async (req) => show(req, await editorial.get(actorOf(req), req.params.id)),
  );

  app.put<{ Params: { id: number }; Body: ArticleInput & { baseVersion: number } }>(
    "/api/admin/articles/:id",
    {
      schema: {
        tags,
        summary: "Save (autosave too); 409 stale_version when baseVersion is not current",
        params: idParams,
        body: articleSaveSchema,
        response: articleResponse,
      },
    },
    async (req) => {
      const { baseVersion, ...input } = req.body;
      return withConflictDetails(req, req.params.id, async () =>
        show(req, await editorial.save(actorOf(req), req.params.id, baseVersion, input)),
      );
    },
  );

  app.delete<{ Params: { id: number } }>(
    "/api/admin/articles/:id",
    {
      schema: {
        tags,
        summary: "Delete (editor, admin)",
        params: idParams,
        response: { ...noContent, ...errors },
      },
    },
    async (req, reply) => {
      await editorial.remove(actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );

  const step = (
    path: string,
    summary: string,
    run: (req: FastifyRequest<{ Params: { id: number } }>) => Promise<EditorialArticle>,
    body?: object,
  ) =>
    app.post<{ Params: { id: number } }>(
      `/api/admin/articles/:id/${path}`,
      { schema: { tags, summary, params: idParams, ...(body ? { body } : {}), response: articleResponse } },
      async (req) => show(req, await run(req)),
    );

  step("submit", "Submit a draft for review", (req) => editorial.submit(actorOf(req), req.params.id));
  step(
    "return",
    "Back to draft (from review, schedule or unpublished)",
    (req) =>
      editorial.returnToDraft(actorOf(req), req.params.id, (req.body as { note?: string } | undefined)?.note),
    { type: ["object", "null"], properties: { note: { type: "string", maxLength: 1000 } } },
  );
  step(
    "schedule",
    "Schedule publishing at publishAt",
    (req) => editorial.schedule(actorOf(req), req.params.id, (req.body as { publishAt: string }).publishAt),
    { type: "object", required: ["publishAt"], properties: { publishAt: { type: "string", maxLength: 40 } } },
  );
  step("publish", "Publish now", (req) => editorial.publish(actorOf(req), req.params.id));
  step("unpublish", "Take a published article down", (req) =>
    editorial.unpublish(actorOf(req), req.params.id),
  );
  step(
    "corrections",
    "Add a correction note to a published article",
    (req) => editorial.correct(actorOf(req), req.params.id, (req.body as { note: string }).note),
    { type: "object", required: ["note"], properties: { note: { type: "string", maxLength: 5000 } } },
  );

  app.get<{ Params: { id: number } }>(
    "/api/admin/articles/:id/revisions",
    {
      schema: {
        tags,
        summary: "Revisions, newest first",
        params: idParams,
        response: { 200: itemsOf("Revision"), ...errors },
      },
    },
    async (req) => ({
      items: (await editorial.revisions(actorOf(req), req.params.id)).map(present.revision),
    }),
  );

  app.get<{ Params: { id: number; revisionId: number } }>(
    "/api/admin/articles/:id/revisions/:revisionId",
    {
      schema: {
        tags,
        summary: "One revision with its content",
        params: revisionParams,
        response: { 200: looseObject("Revision with content"), ...errors },
      },
    },
    async (req) => {
      const r = await editorial.revision(actorOf(req), req.params.id, req.params.revisionId);
      return { ...present.revision(r), content: r.content };
    },
  );

  app.post<{ Params: { id: number; revisionId: number }; Body: { baseVersion: number } }>(
    "/api/admin/articles/:id/revisions/:revisionId/restore",
    {
      schema: {
        tags,
        summary: "Restore a revision as a new revision",
        params: revisionParams,
        body: {
          type: "object",
          required: ["baseVersion"],
          properties: { baseVersion: { type: "integer", minimum: 1 } },
        },
        response: articleResponse,
      },
    },
    async (req) =>
      withConflictDetails(req, req.params.id, async () =>
        show(
          req,
          await editorial.restore(actorOf(req), req.params.id, req.params.revisionId, req.body.baseVersion),
        ),
      ),
  );

  app.get<{ Params: { id: number } }>(
    "/api/admin/articles/:id/events",
    {
      schema: {
        tags,
        summary: "Who did what, newest first",
        params: idParams,
        response: { 200: itemsOf("Event"), ...errors },
      },
    },
    async (req) => ({
      items: (await editorial.history(actorOf(req), req.params.id)).map((e) => ({
        type: e.type,
        at: e.at.toISOString(),
        user: e.user,
        detail: e.detail,
      })),
    }),
  );

  app.post<{ Params: { id: number } }>(
    "/api/admin/articles/:id/preview-link",
    {
      schema: {
        tags,
        summary: "A signed staff-only preview link",
        params: idParams,
        response: { 200: looseObject("{url, expiresAt}"), ...errors },
      },
    },
    async (req) => {
      await editorial.get(actorOf(req), req.params.id);
      const link = await previews.link(req.params.id);
      return { url: link.url, expiresAt: link.expiresAt.toISOString() };
    },
  );

  app.get(
    "/api/admin/dashboard",
    {
      schema: {
        tags: ["dashboard"],
        summary: "My drafts, review queue, scheduled, recent, most read today",
        response: { 200: looseObject("Dashboard"), ...errors },
      },
    },
    async (req) => {
      const d = await dashboard.forActor(actorOf(req));
      return {
        myDrafts: d.myDrafts.map(present.listItem),
        inReview: d.inReview.map(present.listItem),
        scheduled: d.scheduled.map(present.listItem),
        recentlyPublished: d.recentlyPublished.map(present.listItem),
        mostReadToday: d.mostReadToday.map((m) => ({ article: present.listItem(m.article), views: m.views })),
      };
    },
  );
}
