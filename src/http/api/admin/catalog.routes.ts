import type { FastifyInstance } from "fastify";
import type { Newsroom } from "../../../newsroom.ts";
import { errors, idParams, itemsOf, looseObject, noContent, nullableString } from "./admin.schemas.ts";
import { actorOf } from "./admin-auth.ts";

const slugField = nullableString(200);
const nameField = { type: "string", maxLength: 1000 } as const;
const created = (what: string) => ({ 201: looseObject(what), ...errors }) as const;
const updated = (what: string) => ({ 200: looseObject(what), ...errors }) as const;

/** Sections, tags and authors: everybody signed in lists them, editors and admins change them. */
export async function catalogRoutes(app: FastifyInstance, deps: { newsroom: Newsroom }) {
  const { catalog } = deps.newsroom;
  const { catalog: store } = deps.newsroom.repos;
  // Writes answer with the item as it is now stored, so the app need not reload the list.
  const section = async (id: number) => (await catalog.sections()).find((s) => s.id === id);
  const tag = (id: number) => store.findTag(id);
  const author = (id: number) => store.findAuthor(id);

  const sectionBody = {
    type: "object",
    properties: {
      name: nameField,
      slug: slugField,
      parentId: { type: ["integer", "null"], minimum: 1 },
      position: { type: "integer", minimum: 0, maximum: 100_000 },
    },
  } as const;
  type SectionBody = { name: string; slug?: string | null; parentId?: number | null; position?: number };

  app.get(
    "/api/admin/sections",
    {
      schema: {
        tags: ["sections"],
        summary: "All sections",
        response: { 200: itemsOf("Section"), ...errors },
      },
    },
    async () => ({
      items: await catalog.sections(),
    }),
  );
  app.post<{ Body: SectionBody }>(
    "/api/admin/sections",
    {
      schema: {
        tags: ["sections"],
        summary: "Create a section",
        body: { ...sectionBody, required: ["name"] },
        response: created("Section"),
      },
    },
    async (req, reply) =>
      reply.code(201).send(await section(await catalog.createSection(actorOf(req), req.body))),
  );
  app.patch<{ Params: { id: number }; Body: Partial<SectionBody> }>(
    "/api/admin/sections/:id",
    {
      schema: {
        tags: ["sections"],
        summary: "Change a section",
        params: idParams,
        body: sectionBody,
        response: updated("Section"),
      },
    },
    async (req, reply) => {
      await catalog.updateSection(actorOf(req), req.params.id, req.body);
      return reply.send(await section(req.params.id));
    },
  );
  app.delete<{ Params: { id: number } }>(
    "/api/admin/sections/:id",
    {
      schema: {
        tags: ["sections"],
        summary: "Delete an empty section",
        params: idParams,
        response: { ...noContent, ...errors },
      },
    },
    async (req, reply) => {
      await catalog.deleteSection(actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );

  const tagBody = { type: "object", properties: { name: nameField, slug: slugField } } as const;
  app.get<{ Querystring: { q?: string } }>(
    "/api/admin/tags",
    {
      schema: {
        tags: ["tags"],
        summary: "Tags, optionally matching q",
        querystring: { type: "object", properties: { q: { type: "string", maxLength: 200 } } },
        response: { 200: itemsOf("Tag"), ...errors },
      },
    },
    async (req) => ({ items: await catalog.tags(req.query.q ?? null) }),
  );
  app.post<{ Body: { name: string; slug?: string | null } }>(
    "/api/admin/tags",
    {
      schema: {
        tags: ["tags"],
        summary: "Create a tag",
        body: { ...tagBody, required: ["name"] },
        response: created("Tag"),
      },
    },
    async (req, reply) => reply.code(201).send(await tag(await catalog.createTag(actorOf(req), req.body))),
  );
  app.patch<{ Params: { id: number }; Body: { name?: string; slug?: string | null } }>(
    "/api/admin/tags/:id",
    {
      schema: {
        tags: ["tags"],
        summary: "Rename a tag",
        params: idParams,
        body: tagBody,
        response: updated("Tag"),
      },
    },
    async (req, reply) => {
      await catalog.updateTag(actorOf(req), req.params.id, req.body);
      return reply.send(await tag(req.params.id));
    },
  );
  app.delete<{ Params: { id: number } }>(
    "/api/admin/tags/:id",
    {
      schema: {
        tags: ["tags"],
        summary: "Delete a tag",
        params: idParams,
        response: { ...noContent, ...errors },
      },
    },
    async (req, reply) => {
      await catalog.deleteTag(actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );

  const authorBody = {
    type: "object",
    properties: { name: nameField, slug: slugField, bio: nullableString(5000) },
  } as const;
  type AuthorBody = { name: string; slug?: string | null; bio?: string | null };
  app.get(
    "/api/admin/authors",
    {
      schema: { tags: ["authors"], summary: "All authors", response: { 200: itemsOf("Author"), ...errors } },
    },
    async () => ({
      items: await catalog.authors(),
    }),
  );
  app.post<{ Body: AuthorBody }>(
    "/api/admin/authors",
    {
      schema: {
        tags: ["authors"],
        summary: "Create an author",
        body: { ...authorBody, required: ["name"] },
        response: created("Author"),
      },
    },
    async (req, reply) =>
      reply.code(201).send(await author(await catalog.createAuthor(actorOf(req), req.body))),
  );
  app.patch<{ Params: { id: number }; Body: Partial<AuthorBody> }>(
    "/api/admin/authors/:id",
    {
      schema: {
        tags: ["authors"],
        summary: "Change an author",
        params: idParams,
        body: authorBody,
        response: updated("Author"),
      },
    },
    async (req, reply) => {
      await catalog.updateAuthor(actorOf(req), req.params.id, req.body);
      return reply.send(await author(req.params.id));
    },
  );
  app.delete<{ Params: { id: number } }>(
    "/api/admin/authors/:id",
    {
      schema: {
        tags: ["authors"],
        summary: "Delete an author without articles",
        params: idParams,
        response: { ...noContent, ...errors },
      },
    },
    async (req, reply) => {
      await catalog.deleteAuthor(actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );
}
