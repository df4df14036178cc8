/**
 * The one way the app talks to the server: JSON over fetch with the session cookie, the CSRF
 * header on every state-changing call, and errors turned into ApiError so screens can show a
 * message next to the field the server named.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** Machine code from the server (e.g. "conflict", "invalid", "forbidden"). */
    readonly code: string,
    message: string,
    /** The input field the server blames, when it names one. */
    readonly field: string | null,
    /** The whole error body, for errors that carry more (a conflict carries the current version). */
    readonly body: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const API = "/api/admin";
const CSRF_HEADER = "x-csrf-token";
let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** The token the server handed out with the session; sent back on every POST/PUT/PATCH/DELETE. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the session has ended (401), so the app can show the login page. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  if (method !== "GET" && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(API + path, { method, headers, body: payload, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "network", "Tidak dapat terhubung ke server. Periksa koneksi Anda.", null, {});
  }
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const obj = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
    const message =
      typeof obj.message === "string" && obj.message
        ? obj.message
        : `Permintaan gagal (HTTP ${response.status}).`;
    const code =
      typeof obj.code === "string" ? obj.code : typeof obj.error === "string" ? obj.error : "error";
    const field = typeof obj.field === "string" ? obj.field : null;
    if (response.status === 401 && onUnauthorized) onUnauthorized();
    throw new ApiError(response.status, code, message, field, obj);
  }
  return data as T;
}

export const http = {
  get: <T>(path: string, query?: Query) => send<T>("GET", withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => send<T>("POST", path, body ?? {}),
  put: <T>(path: string, body?: unknown) => send<T>("PUT", path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => send<T>("PATCH", path, body ?? {}),
  delete: <T>(path: string) => send<T>("DELETE", path),
};
