import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import type { Db, DialectName } from "./database.ts";
import * as initial from "./migrations/202611251730_initial.ts";
import * as newsroom from "./migrations/202611260201_newsroom.ts";
import * as search from "./migrations/202611260301_search.ts";

interface DialectMigration {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

/** Every migration, in order. Names follow YYYYMMDDHHMM_what; one set serves both dialects. */
const MIGRATIONS: Record<string, DialectMigration> = {
  "202611251730_initial": initial,
  "202611260201_newsroom": newsroom,
  "202611260301_search": search,
};

function provider(dialect: DialectName): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(MIGRATIONS)) {
        out[name] = { up: (db) => m.up(db, dialect) };
      }
      return out;
    },
  };
}

/** Applies pending migrations; returns the names applied. Throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db: db.kysely, provider: provider(db.dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
