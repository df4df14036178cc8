import type { Kysely, Selectable } from "kysely";
import type { ApiKeyTable, Database } from "../../storage/schema.ts";

export interface ApiKeyRecord {
  id: number;
  name: string;
  prefix: string;
  ratePerMinute: number | null;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

const toRecord = (r: Selectable<ApiKeyTable>): ApiKeyRecord => ({
  id: Number(r.id),
  name: r.name,
  prefix: r.key_prefix,
  ratePerMinute: r.rate_per_minute,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

/** All SQL about content API keys. Only hashes are stored. */
export function createApiKeyRepository(db: Kysely<Database>) {
  return {
    async create(input: {
      name: string;
      hash: string;
      prefix: string;
      ratePerMinute: number | null;
      now: number;
    }) {
      const row = await db
        .insertInto("api_keys")
        .values({
          name: input.name,
          key_hash: input.hash,
          key_prefix: input.prefix,
          rate_per_minute: input.ratePerMinute,
          created_at: input.now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** The key with this hash, if it exists and is not revoked. */
    async findActiveByHash(hash: string): Promise<ApiKeyRecord | null> {
      const row = await db
        .selectFrom("api_keys")
        .selectAll()
        .where("key_hash", "=", hash)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    async list(): Promise<ApiKeyRecord[]> {
      return (await db.selectFrom("api_keys").selectAll().orderBy("id").execute()).map(toRecord);
    },

    async revoke(id: number, now: number): Promise<boolean> {
      const res = await db
        .updateTable("api_keys")
        .set({ revoked_at: now })
        .where("id", "=", id)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    async touch(id: number, now: number): Promise<void> {
      await db.updateTable("api_keys").set({ last_used_at: now }).where("id", "=", id).execute();
    },
  };
}

export type ApiKeyRepository = ReturnType<typeof createApiKeyRepository>;
