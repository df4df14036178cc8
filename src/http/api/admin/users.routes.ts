import type { FastifyInstance } from "fastify";
import type { Newsroom } from "../../../newsroom.ts";
import type { AdminPresenter } from "./admin.presenter.ts";
import { errors, idParams, itemsOf, looseObject } from "./admin.schemas.ts";
import { actorOf } from "./admin-auth.ts";

const roleField = { type: "string", enum: ["admin", "editor", "reporter"] } as const;
const authorIdField = { type: ["integer", "null"], minimum: 1 } as const;

/** Accounts (admins only). New and reset passwords are generated and shown once. */
export async function userRoutes(
  app: FastifyInstance,
  deps: { newsroom: Newsroom; present: AdminPresenter },
) {
  const { users } = deps.newsroom;
  const { present } = deps;
  const tags = ["users"];

  app.get(
    "/api/admin/users",
    { schema: { tags, summary: "All users", response: { 200: itemsOf("User"), ...errors } } },
    async (req) => ({
      items: (await users.list(actorOf(req))).map(present.user),
    }),
  );

  app.post<{ Body: { email: string; name?: string; role: string; authorId?: number | null } }>(
    "/api/admin/users",
    {
      schema: {
        tags,
        summary: "Create a user; answers with a generated password, shown once",
        body: {
          type: "object",
          required: ["email", "role"],
          properties: {
            email: { type: "string", maxLength: 254 },
            name: { type: "string", maxLength: 200 },
            role: roleField,
            authorId: authorIdField,
          },
        },
        response: { 201: looseObject("{user, password}"), ...errors },
      },
    },
    async (req, reply) => {
      const { user, password } = await users.create(actorOf(req), {
        email: req.body.email,
        name: req.body.name ?? null,
        role: req.body.role,
        author: req.body.authorId ?? null,
      });
      return reply
        .code(201)
        .header("cache-control", "no-store")
        .send({ user: present.user(user), password });
    },
  );

  app.patch<{
    Params: { id: number };
    Body: { name?: string; role?: string; authorId?: number | null; disabled?: boolean };
  }>(
    "/api/admin/users/:id",
    {
      schema: {
        tags,
        summary: "Change name, role, byline or disable (ends sessions and tokens)",
        params: idParams,
        body: {
          type: "object",
          properties: {
            name: { type: "string", maxLength: 200 },
            role: roleField,
            authorId: authorIdField,
            disabled: { type: "boolean" },
          },
        },
        response: { 200: looseObject("User"), ...errors },
      },
    },
    async (req) => present.user(await users.update(actorOf(req), req.params.id, req.body)),
  );

  app.post<{ Params: { id: number } }>(
    "/api/admin/users/:id/password",
    {
      schema: {
        tags,
        summary: "Generate a new password (shown once)",
        params: idParams,
        response: { 200: looseObject("{password}"), ...errors },
      },
    },
    async (req, reply) => {
      const password = await users.resetPassword(actorOf(req), req.params.id);
      return reply.header("cache-control", "no-store").send({ password });
    },
  );
}
