import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Clock } from "../../clock.ts";
import { Forbidden, Invalid, NotFound, TooManyRequests, Unauthorized } from "../../errors.ts";
import {
  ACCOUNT_FAILURE_LIMIT,
  ADDRESS_FAILURE_LIMIT,
  accountKey,
  addressKey,
  lockedFor,
  THROTTLE_WINDOW_MS,
} from "./login-throttle.ts";
import { hashPassword, MIN_PASSWORD_LENGTH, UNUSABLE_HASH, verifyPassword } from "./password.ts";
import type { ApiTokenRecord, SessionRecord, UserRepository } from "./user.repository.ts";
import type { User } from "./user.types.ts";

/** Sessions last two weeks from the last request. */
export const SESSION_TTL_MS = 14 * 86_400_000;
/** Writing last-seen on every request would turn reads into writes; once a minute is plenty. */
const TOUCH_EVERY_MS = 60_000;

export interface SignedIn {
  user: User;
  session: SessionRecord;
  /** The cookie value; only its hash is stored. */
  token: string;
}

export interface Authenticated {
  user: User;
  /** Null for API-token requests, which need no CSRF token. */
  session: SessionRecord | null;
}

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
const randomToken = (bytes = 32) => randomBytes(bytes).toString("base64url");
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * Signing in and out, sessions and personal API tokens. Sessions and tokens are stored hashed,
 * so neither the database nor the logs ever hold a usable secret.
 */
export function createAuthService(users: UserRepository, clock: Clock) {
  const now = () => clock.now().getTime();

  async function activeUser(userId: number): Promise<User | null> {
    const user = await users.findById(userId);
    return user && !user.disabled ? user : null;
  }

  return {
    /** Checks the password, under per-account and per-address throttling. */
    async login(input: {
      email: string;
      password: string;
      ip: string;
      userAgent: string | null;
    }): Promise<SignedIn> {
      const email = normalizeEmail(input.email);
      const keys = [accountKey(email), addressKey(input.ip)];
      const at = now();
      const records = await users.throttle(keys);
      const wait = lockedFor(records, at);
      if (wait > 0) {
        const minutes = Math.ceil(wait / 60_000);
        throw new TooManyRequests(
          "rate_limited",
          `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes} menit.`,
          Math.ceil(wait / 1000),
        );
      }
      const found = await users.findCredentials(email);
      // Unknown accounts cost the same time as wrong passwords: no account probing by timing.
      const ok = await verifyPassword(input.password, found?.passwordHash ?? UNUSABLE_HASH);
      if (!found || !ok || found.user.disabled) {
        await users.recordFailure(keys[0] as string, ACCOUNT_FAILURE_LIMIT, THROTTLE_WINDOW_MS, at);
        await users.recordFailure(keys[1] as string, ADDRESS_FAILURE_LIMIT, THROTTLE_WINDOW_MS, at);
        throw new Unauthorized("bad_credentials", "Email atau kata sandi salah.");
      }
      await users.clearThrottle(accountKey(email));
      const token = randomToken();
      const session: Omit<SessionRecord, "id"> = {
        userId: found.user.id,
        csrfToken: randomToken(24),
        createdAt: at,
        lastSeenAt: at,
        expiresAt: at + SESSION_TTL_MS,
        ip: input.ip.slice(0, 100),
        userAgent: input.userAgent?.slice(0, 300) ?? null,
      };
      const id = await users.insertSession({ ...session, tokenHash: sha256(token) });
      await users.deleteExpiredSessions(at);
      return { user: found.user, session: { ...session, id }, token };
    },

    /** The signed-in user behind a session cookie, or null (expired, revoked, disabled). */
    async fromSession(token: string): Promise<Authenticated | null> {
      const session = await users.findSession(sha256(token));
      const at = now();
      if (!session || session.expiresAt <= at) return null;
      const user = await activeUser(session.userId);
      if (!user) return null;
      if (at - session.lastSeenAt > TOUCH_EVERY_MS)
        await users.touchSession(session.id, at, at + SESSION_TTL_MS);
      return { user, session };
    },

    async fromApiToken(token: string): Promise<Authenticated | null> {
      const record = await users.findToken(sha256(token));
      if (!record) return null;
      const user = await activeUser(record.userId);
      if (!user) return null;
      const at = now();
      if (record.lastUsedAt === null || at - record.lastUsedAt > TOUCH_EVERY_MS)
        await users.touchToken(record.id, at);
      return { user, session: null };
    },

    async logout(sessionId: number): Promise<void> {
      await users.deleteSession(sessionId);
    },

    /** Changes the password and ends every other session of the user. */
    async changePassword(
      user: User,
      currentSessionId: number | null,
      input: { currentPassword: string; newPassword: string },
    ): Promise<void> {
      const hash = await users.passwordHashOf(user.id);
      if (!hash || !(await verifyPassword(input.currentPassword, hash))) {
        throw new Invalid("bad_password", "Kata sandi saat ini salah.", { field: "currentPassword" });
      }
      if (input.newPassword.length < MIN_PASSWORD_LENGTH) {
        throw new Invalid("weak_password", `Kata sandi baru minimal ${MIN_PASSWORD_LENGTH} karakter.`, {
          field: "newPassword",
        });
      }
      await users.update(user.id, { passwordHash: await hashPassword(input.newPassword) }, now());
      await users.deleteSessionsOf(user.id, currentSessionId ?? undefined);
    },

    sessionsOf: (user: User) => users.sessionsOf(user.id),

    async revokeSession(user: User, sessionId: number): Promise<void> {
      if (!(await users.deleteSession(sessionId, user.id))) {
        throw new NotFound("session_not_found", "Sesi ini tidak ada.");
      }
    },

    tokensOf: (user: User) => users.tokensOf(user.id),

    /** A new personal API token; the secret is returned once and only its hash is kept. */
    async createToken(user: User, name: string): Promise<ApiTokenRecord & { token: string }> {
      const trimmed = name.trim();
      if (!trimmed) throw new Invalid("name_required", "Beri nama token ini.", { field: "name" });
      const token = `wt_${randomToken()}`;
      const prefix = token.slice(0, 9);
      const at = now();
      const id = await users.insertToken({
        userId: user.id,
        name: trimmed,
        prefix,
        tokenHash: sha256(token),
        now: at,
      });
      return { id, userId: user.id, name: trimmed, prefix, createdAt: at, lastUsedAt: null, token };
    },

    async revokeToken(user: User, tokenId: number): Promise<void> {
      if (!(await users.deleteToken(tokenId, user.id)))
        throw new NotFound("token_not_found", "Token ini tidak ada.");
    },

    /** The CSRF check for cookie-authenticated writes: the header must equal the session's token. */
    checkCsrf(session: SessionRecord, header: string | undefined): void {
      const given = Buffer.from(header ?? "");
      const expected = Buffer.from(session.csrfToken);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new Forbidden(
          "csrf",
          "Permintaan ditolak: token CSRF tidak ada atau salah. Muat ulang halaman.",
        );
      }
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
