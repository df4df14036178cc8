import { type Kysely, sql } from "kysely";
import type { Database } from "../../storage/schema.ts";
import type { Role, User } from "./user.types.ts";

export interface SessionRecord {
  id: number;
  userId: number;
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
  ip: string | null;
  userAgent: string | null;
}

export interface ApiTokenRecord {
  id: number;
  userId: number;
  name: string;
  prefix: string;
  createdAt: number;
  lastUsedAt: number | null;
}

export interface ThrottleRecord {
  key: string;
  failures: number;
  windowStart: number;
  lockedUntil: number | null;
}

/** All SQL about people and their ways in: users, sessions, API tokens, login throttling. */
export function createUserRepository(db: Kysely<Database>) {
  const userQuery = () =>
    db
      .selectFrom("users as u")
      .leftJoin("authors as a", "a.id", "u.author_id")
      .select([
        "u.id",
        "u.email",
        "u.name",
        "u.role",
        "u.author_id",
        "u.disabled_at",
        "u.created_at",
        "a.slug as author_slug",
        "a.name as author_name",
      ]);
  type UserRow = Awaited<ReturnType<ReturnType<typeof userQuery>["executeTakeFirstOrThrow"]>>;
  const toUser = (r: UserRow): User => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    authorId: r.author_id,
    author:
      r.author_id !== null && r.author_slug !== null && r.author_name !== null
        ? { id: r.author_id, slug: r.author_slug, name: r.author_name }
        : null,
    disabled: r.disabled_at !== null,
    createdAt: new Date(Number(r.created_at)),
  });

  return {
    async count(): Promise<number> {
      const row = await db
        .selectFrom("users")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async findById(id: number): Promise<User | null> {
      const row = await userQuery().where("u.id", "=", id).executeTakeFirst();
      return row ? toUser(row) : null;
    },

    /** The user and their password hash, for signing in. Emails are stored lowercased. */
    async findCredentials(email: string): Promise<{ user: User; passwordHash: string } | null> {
      const row = await userQuery().select("u.password_hash").where("u.email", "=", email).executeTakeFirst();
      return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
    },

    async passwordHashOf(id: number): Promise<string | null> {
      const row = await db
        .selectFrom("users")
        .select("password_hash")
        .where("id", "=", id)
        .executeTakeFirst();
      return row?.password_hash ?? null;
    },

    async all(): Promise<User[]> {
      return (await userQuery().orderBy("u.id").execute()).map(toUser);
    },

    async emailTaken(email: string, exceptId?: number): Promise<boolean> {
      let q = db.selectFrom("users").select("id").where("email", "=", email);
      if (exceptId !== undefined) q = q.where("id", "!=", exceptId);
      return (await q.executeTakeFirst()) !== undefined;
    },

    async insert(input: {
      email: string;
      name: string;
      role: Role;
      passwordHash: string;
      authorId: number | null;
      now: number;
    }): Promise<number> {
      const row = await db
        .insertInto("users")
        .values({
          email: input.email,
          name: input.name,
          role: input.role,
          password_hash: input.passwordHash,
          author_id: input.authorId,
          disabled_at: null,
          created_at: input.now,
          updated_at: input.now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async update(
      id: number,
      patch: {
        name?: string;
        role?: Role;
        authorId?: number | null;
        disabledAt?: number | null;
        passwordHash?: string;
      },
      now: number,
    ): Promise<void> {
      await db
        .updateTable("users")
        .set({
          updated_at: now,
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.role !== undefined ? { role: patch.role } : {}),
          ...(patch.authorId !== undefined ? { author_id: patch.authorId } : {}),
          ...(patch.disabledAt !== undefined ? { disabled_at: patch.disabledAt } : {}),
          ...(patch.passwordHash !== undefined ? { password_hash: patch.passwordHash } : {}),
        })
        .where("id", "=", id)
        .execute();
    },

    async insertSession(input: Omit<SessionRecord, "id"> & { tokenHash: string }): Promise<number> {
      const row = await db
        .insertInto("sessions")
        .values({
          token_hash: input.tokenHash,
          csrf_token: input.csrfToken,
          user_id: input.userId,
          created_at: input.createdAt,
          last_seen_at: input.lastSeenAt,
          expires_at: input.expiresAt,
          ip: input.ip,
          user_agent: input.userAgent,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async findSession(tokenHash: string): Promise<SessionRecord | null> {
      const r = await db
        .selectFrom("sessions")
        .selectAll()
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
      return r
        ? {
            id: r.id,
            userId: r.user_id,
            csrfToken: r.csrf_token,
            createdAt: Number(r.created_at),
            lastSeenAt: Number(r.last_seen_at),
            expiresAt: Number(r.expires_at),
            ip: r.ip,
            userAgent: r.user_agent,
          }
        : null;
    },

    async sessionsOf(userId: number): Promise<SessionRecord[]> {
      const rows = await db
        .selectFrom("sessions")
        .selectAll()
        .where("user_id", "=", userId)
        .orderBy("last_seen_at", "desc")
        .execute();
      return rows.map((r) => ({
        id: r.id,
        userId: r.user_id,
        csrfToken: r.csrf_token,
        createdAt: Number(r.created_at),
        lastSeenAt: Number(r.last_seen_at),
        expiresAt: Number(r.expires_at),
        ip: r.ip,
        userAgent: r.user_agent,
      }));
    },

    async touchSession(id: number, at: number, expiresAt: number): Promise<void> {
      await db
        .updateTable("sessions")
        .set({ last_seen_at: at, expires_at: expiresAt })
        .where("id", "=", id)
        .execute();
    },

    async deleteSession(id: number, userId?: number): Promise<boolean> {
      let q = db.deleteFrom("sessions").where("id", "=", id);
      if (userId !== undefined) q = q.where("user_id", "=", userId);
      const res = await q.executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    /** Ends every session of a user, except one (the one changing the password) if given. */
    async deleteSessionsOf(userId: number, exceptId?: number): Promise<void> {
      let q = db.deleteFrom("sessions").where("user_id", "=", userId);
      if (exceptId !== undefined) q = q.where("id", "!=", exceptId);
      await q.execute();
    },

    async deleteExpiredSessions(now: number): Promise<void> {
      await db.deleteFrom("sessions").where("expires_at", "<", now).execute();
    },

    async insertToken(input: {
      userId: number;
      name: string;
      prefix: string;
      tokenHash: string;
      now: number;
    }): Promise<number> {
      const row = await db
        .insertInto("api_tokens")
        .values({
          user_id: input.userId,
          name: input.name,
          prefix: input.prefix,
          token_hash: input.tokenHash,
          created_at: input.now,
          last_used_at: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async findToken(tokenHash: string): Promise<ApiTokenRecord | null> {
      const r = await db
        .selectFrom("api_tokens")
        .selectAll()
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
      return r ? toToken(r) : null;
    },

    async tokensOf(userId: number): Promise<ApiTokenRecord[]> {
      const rows = await db
        .selectFrom("api_tokens")
        .selectAll()
        .where("user_id", "=", userId)
        .orderBy("id")
        .execute();
      return rows.map(toToken);
    },

    async touchToken(id: number, at: number): Promise<void> {
      await db.updateTable("api_tokens").set({ last_used_at: at }).where("id", "=", id).execute();
    },

    async deleteToken(id: number, userId: number): Promise<boolean> {
      const res = await db
        .deleteFrom("api_tokens")
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    async deleteTokensOf(userId: number): Promise<void> {
      await db.deleteFrom("api_tokens").where("user_id", "=", userId).execute();
    },

    async throttle(keys: string[]): Promise<ThrottleRecord[]> {
      if (keys.length === 0) return [];
      const rows = await db.selectFrom("login_throttle").selectAll().where("key", "in", keys).execute();
      return rows.map((r) => ({
        key: r.key,
        failures: r.failures,
        windowStart: Number(r.window_start),
        lockedUntil: r.locked_until === null ? null : Number(r.locked_until),
      }));
    },

    /**
     * Counts one failed login against `key` in one statement, so simultaneous guesses cannot
     * overwrite each other's count: a window older than `windowMs` starts again at 1, and
     * reaching `limit` locks the key for `windowMs`.
     */
    async recordFailure(key: string, limit: number, windowMs: number, now: number): Promise<void> {
      const fresh = sql<boolean>`login_throttle.window_start <= ${now - windowMs}`;
      const failures = sql<number>`case when ${fresh} then 1 else login_throttle.failures + 1 end`;
      await db
        .insertInto("login_throttle")
        .values({ key, failures: 1, window_start: now, locked_until: limit <= 1 ? now + windowMs : null })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            failures,
            window_start: sql<number>`case when ${fresh} then ${now} else login_throttle.window_start end`,
            locked_until: sql<
              number | null
            >`case when ${failures} >= ${limit} then ${now + windowMs} else login_throttle.locked_until end`,
          }),
        )
        .execute();
    },

    async clearThrottle(key: string): Promise<void> {
      await db.deleteFrom("login_throttle").where("key", "=", key).execute();
    },
  };
}

function toToken(r: {
  id: number;
  user_id: number;
  name: string;
  prefix: string;
  created_at: number;
  last_used_at: number | null;
}): ApiTokenRecord {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    prefix: r.prefix,
    createdAt: Number(r.created_at),
    lastUsedAt: r.last_used_at === null ? null : Number(r.last_used_at),
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
