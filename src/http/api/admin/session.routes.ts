import type { FastifyInstance } from "fastify";
import { SESSION_TTL_MS } from "../../../domain/users/auth.service.ts";
import type { Newsroom } from "../../../newsroom.ts";
import type { AdminPresenter } from "./admin.presenter.ts";
import { errors, idParams, itemsOf, looseObject, noContent } from "./admin.schemas.ts";
import { actorOf, clearSessionCookie, setSessionCookie } from "./admin-auth.ts";

const sessionAnswer = {
  200: looseObject("The signed-in user and the CSRF token for state-changing requests.", {
    user: looseObject("User"),
    csrfToken: { type: ["string", "null"] },
  }),
  ...errors,
  429: looseObject("Too many failed logins; retryAfter in seconds."),
} as const;

/** Signing in and out, the user's own password, sessions and API tokens. */
export async function sessionRoutes(
  app: FastifyInstance,
  deps: { newsroom: Newsroom; present: AdminPresenter },
) {
  const { auth } = deps.newsroom;
  const tags = ["session"];

  app.post<{ Body: { email: string; password: string } }>(
    "/api/admin/session",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "Sign in (sets the warta_session cookie)",
        body: {
          type: "object",
          required: ["email", "password"],
          properties: {
            email: { type: "string", maxLength: 254 },
            password: { type: "string", maxLength: 1000 },
          },
        },
        response: sessionAnswer,
      },
    },
    async (req, reply) => {
      const signed = await auth.login({
        email: req.body.email,
        password: req.body.password,
        ip: req.ip,
        userAgent: req.headers["user-agent"] ?? null,
      });
      setSessionCookie(req, reply, signed.token, Math.floor(SESSION_TTL_MS / 1000));
      reply.header("cache-control", "no-store");
      return { user: deps.present.user(signed.user), csrfToken: signed.session.csrfToken };
    },
  );

  app.get(
    "/api/admin/session",
    { schema: { tags, summary: "Who is signed in", response: sessionAnswer } },
    async (req, reply) => {
      reply.header("cache-control", "no-store");
      const staff = req.staff;
      return { user: deps.present.user(actorOf(req)), csrfToken: staff?.session?.csrfToken ?? null };
    },
  );

  app.delete(
    "/api/admin/session",
    { schema: { tags, summary: "Sign out", response: { ...noContent, ...errors } } },
    async (req, reply) => {
      if (req.staff?.session) await auth.logout(req.staff.session.id);
      clearSessionCookie(req, reply);
      return reply.code(204).send();
    },
  );

  app.post<{ Body: { currentPassword: string; newPassword: string } }>(
    "/api/admin/me/password",
    {
      schema: {
        tags,
        summary: "Change my password (ends my other sessions)",
        body: {
          type: "object",
          required: ["currentPassword", "newPassword"],
          properties: {
            currentPassword: { type: "string", maxLength: 1000 },
            newPassword: { type: "string", maxLength: 1000 },
          },
        },
        response: { ...noContent, ...errors },
      },
    },
    async (req, reply) => {
      await auth.changePassword(actorOf(req), req.staff?.session?.id ?? null, req.body);
      return reply.code(204).send();
    },
  );

  app.get(
    "/api/admin/me/sessions",
    { schema: { tags, summary: "My sessions", response: { 200: itemsOf("Session"), ...errors } } },
    async (req) => {
      const current = req.staff?.session?.id;
      const sessions = await auth.sessionsOf(actorOf(req));
      return {
        items: sessions.map((s) => ({
          id: s.id,
          createdAt: new Date(s.createdAt).toISOString(),
          lastSeenAt: new Date(s.lastSeenAt).toISOString(),
          ip: s.ip,
          userAgent: s.userAgent,
          current: s.id === current,
        })),
      };
    },
  );

  app.delete<{ Params: { id: number } }>(
    "/api/admin/me/sessions/:id",
    {
      schema: {
        tags,
        summary: "End one of my sessions",
        params: idParams,
        response: { ...noContent, ...errors },
      },
    },
    async (req, reply) => {
      await auth.revokeSession(actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );

  const presentToken = (t: {
    id: number;
    name: string;
    prefix: string;
    createdAt: number;
    lastUsedAt: number | null;
  }) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: new Date(t.createdAt).toISOString(),
    lastUsedAt: t.lastUsedAt === null ? null : new Date(t.lastUsedAt).toISOString(),
  });

  app.get(
    "/api/admin/me/tokens",
    { schema: { tags, summary: "My API tokens", response: { 200: itemsOf("API token"), ...errors } } },
    async (req) => ({
      items: (await auth.tokensOf(actorOf(req))).map(presentToken),
    }),
  );

  app.post<{ Body: { name: string } }>(
    "/api/admin/me/tokens",
    {
      schema: {
        tags,
        summary: "Create a personal API token (the secret is shown once)",
        body: {
          type: "object",
          required: ["name"],
          properties: { name: { type: "string", maxLength: 200 } },
        },
        response: { 201: looseObject("API token with its secret `token`"), ...errors },
      },
    },
    async (req, reply) => {
      const created = await auth.createToken(actorOf(req), req.body.name);
      return reply
        .code(201)
        .header("cache-control", "no-store")
        .send({ ...presentToken(created), token: created.token });
    },
  );

  app.delete<{ Params: { id: number } }>(
    "/api/admin/me/tokens/:id",
    {
      schema: {
        tags,
        summary: "Revoke an API token",
        params: idParams,
        response: { ...noContent, ...errors },
      },
    },
    async (req, reply) => {
      await auth.revokeToken(actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );
}
