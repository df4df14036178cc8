import type { FastifyReply, FastifyRequest } from "fastify";
import type { Authenticated, AuthService } from "../../../domain/users/auth.service.ts";
import type { Actor } from "../../../domain/users/user.types.ts";
import { Unauthorized } from "../../../errors.ts";

export const SESSION_COOKIE = "warta_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the admin API's auth hook on every route that is not marked public. */
    staff: Authenticated | null;
  }
  interface FastifyContextConfig {
    /** Route needs no signed-in user (login, the OpenAPI document). */
    public?: boolean;
  }
}

/** Reads one cookie from the request; values we set are base64url, so no decoding is needed. */
export function readCookie(req: FastifyRequest, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return v.join("=") || null;
  }
  return null;
}

/** httpOnly, SameSite=Lax, Secure when the request came over HTTPS (directly or per the proxy). */
export function setSessionCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeSeconds: number,
): void {
  const secure = req.protocol === "https" ? "; Secure" : "";
  reply.header(
    "set-cookie",
    `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`,
  );
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  setSessionCookie(req, reply, "", 0);
}

/** The session cookie or a Bearer token, whichever the request carries. */
export async function authenticate(auth: AuthService, req: FastifyRequest): Promise<Authenticated | null> {
  const header = req.headers.authorization;
  if (header?.startsWith("Bearer ")) return auth.fromApiToken(header.slice(7).trim());
  const token = readCookie(req, SESSION_COOKIE);
  return token ? auth.fromSession(token) : null;
}

/**
 * The admin API's gate: every route needs a user (unless marked public), and a state-changing
 * request signed in by cookie must carry the session's CSRF token in `x-csrf-token`. Token
 * requests are exempt: a browser never attaches a Bearer token on its own.
 */
export function adminAuthHook(auth: AuthService) {
  return async (req: FastifyRequest) => {
    req.staff = null;
    if (req.routeOptions.config?.public) return;
    const who = await authenticate(auth, req);
    if (!who) throw new Unauthorized("unauthenticated", "Silakan masuk terlebih dahulu.");
    if (who.session && !SAFE_METHODS.has(req.method)) {
      const header = req.headers["x-csrf-token"];
      auth.checkCsrf(who.session, Array.isArray(header) ? header[0] : header);
    }
    req.staff = who;
  };
}

/** The signed-in user of a route behind the hook. */
export function actorOf(req: FastifyRequest): Actor & Authenticated["user"] {
  if (!req.staff) throw new Unauthorized("unauthenticated", "Silakan masuk terlebih dahulu.");
  return req.staff.user;
}
