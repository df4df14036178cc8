import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import type { Db, DialectName } from "./database.ts";
import * as initial from "./migrations/202611251730_initial.ts";
import * as viewsWindowIndex from "./migrations/202611260100_views_window_index.ts";
import * as newsroom from "./migrations/202611260201_newsroom.ts";
import * as search from "./migrations/202611260301_search.ts";
import * as searchCover from "./migrations/202611260302_search_cover.ts";
import * as searchHeadlineMarks from "./migrations/202611260303_search_headline_marks.ts";
import * as distribution from "./migrations/202611260401_distribution.ts";
import * as sitemapCover from "./migrations/202611260402_sitemap_cover.ts";
import * as viewsWindow from "./migrations/202611260501_views_window.ts";

interface DialectMigration {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

/** Every migration, in order. Names follow YYYYMMDDHHMM_what; one set serves both dialects. */
const MIGRATIONS: Record<string, DialectMigration> = {
  "202611251730_initial": initial,
  "202611260100_views_window_index": viewsWindowIndex,
  "202611260201_newsroom": newsroom,
  "202611260301_search": search,
  "202611260302_search_cover": searchCover,
  "202611260303_search_headline_marks": searchHeadlineMarks,
  "202611260401_distribution": distribution,
  "202611260402_sitemap_cover": sitemapCover,
  "202611260501_views_window": viewsWindow,
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
  // Features land in parallel, each with its own name range, so a database may already hold a
  // later-named migration when an earlier-named one arrives; each is applied once all the same.
  const migrator = new Migrator({
    db: db.kysely,
    provider: provider(db.dialect),
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
