import type { LightMyRequestResponse } from "fastify";
import type { Role } from "../../src/domain/users/user.types.ts";
import type { TestSite } from "./harness.ts";

export interface StaffSession {
  cookie: string;
  csrf: string;
}

let counter = 0;

/** A user made the way `warta user add` makes them: generated password, handed back once. */
export async function addUser(site: TestSite, role: Role, author?: string) {
  const email = `${role}${++counter}@redaksi.test`;
  const { user, password } = await site.warta.newsroom.users.create(null, {
    email,
    name: `${role} ${counter}`,
    role,
    author: author ?? null,
  });
  return { user, email, password };
}

export async function signIn(site: TestSite, email: string, password: string, ip = "203.0.113.9") {
  return site.http.inject({
    method: "POST",
    url: "/api/admin/session",
    payload: { email, password },
    remoteAddress: ip,
  });
}

/** Signs in and keeps what a browser would: the cookie and the CSRF token. */
export async function session(
  site: TestSite,
  role: Role,
  author?: string,
): Promise<StaffSession & { userId: number }> {
  const { user, email, password } = await addUser(site, role, author);
  const res = await signIn(site, email, password);
  if (res.statusCode !== 200) throw new Error(`sign in failed: ${res.body}`);
  const cookie = String(res.headers["set-cookie"]).split(";")[0] as string;
  return { cookie, csrf: res.json().csrfToken as string, userId: user.id };
}

/** An admin API call as the app makes it (cookie + x-csrf-token), or with a Bearer token. */
export function api(
  site: TestSite,
  who: StaffSession | { token: string } | null,
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (who && "token" in who) headers.authorization = `Bearer ${who.token}`;
  else if (who) {
    headers.cookie = who.cookie;
    headers["x-csrf-token"] = who.csrf;
  }
  return site.http.inject({
    method,
    url,
    headers,
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
}

/** A multipart/form-data body as a browser sends it: text fields and at most one file. */
export function multipart(
  fields: Record<string, string>,
  file?: { name: string; type: string; bytes: Buffer },
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----warta${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}
