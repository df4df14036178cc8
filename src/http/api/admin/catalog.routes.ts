import type { FastifyInstance } from "fastify";
import type { Newsroom } from "../../../newsroom.ts";
import { errors, idParams, itemsOf, looseObject, noContent, nullableString } from "./admin.schemas.ts";
import { actorOf } from "./admin-auth.ts";

const slugField = nullableString(200);
const nameField = { type: "string", maxLength: 1000 } as const;
const created = { 201: looseObject("{id}"), ...errors } as const;

/** Sections, tags and authors: everybody signed in lists them, editors and admins change them. */
export async function catalogRoutes(app: FastifyInstance, deps: { newsroom: Newsroom }) {
  const { catalog } = deps.newsroom;

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
        response: created,
      },
    },
    async (req, reply) => reply.code(201).send({ id: await catalog.createSection(actorOf(req), req.body) }),
  );
  app.patch<{ Params: { id: number }; Body: Partial<SectionBody> }>(
    "/api/admin/sections/:id",
    {
      schema: {
        tags: ["sections"],
        summary: "Change a section",
        params: idParams,
        body: sectionBody,
        response: { ...noContent, ...errors },
      },
    },
    async (req, reply) => {
      await catalog.updateSection(actorOf(req), req.params.id, req.body);
      return reply.code(204).send();
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
        response: created,
      },
    },
    async (req, reply) => reply.code(201).send({ id: await catalog.createTag(actorOf(req), req.body) }),
  );
  app.patch<{ Params: { id: number }; Body: { name?: string; slug?: string | null } }>(
    "/api/admin/tags/:id",
    {
      schema: {
        tags: ["tags"],
        summary: "Rename a tag",
        params: idParams,
        body: tagBody,
        response: { ...noContent, ...errors },
      },
    },
    async (req, reply) => {
      await catalog.updateTag(actorOf(req), req.params.id, req.body);
      return reply.code(204).send();
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
        response: created,
      },
    },
    async (req, reply) => reply.code(201).send({ id: await catalog.createAuthor(actorOf(req), req.body) }),
  );
  app.patch<{ Params: { id: number }; Body: Partial<AuthorBody> }>(
    "/api/admin/authors/:id",
    {
      schema: {
        tags: ["authors"],
        summary: "Change an author",
        params: idParams,
        body: authorBody,
        response: { ...noContent, ...errors },
      },
    },
    async (req, reply) => {
      await catalog.updateAuthor(actorOf(req), req.params.id, req.body);
      return reply.code(204).send();
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
