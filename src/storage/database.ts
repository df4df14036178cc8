import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from "kysely";
import type { Database } from "./schema.ts";

export type DialectName = "sqlite" | "postgres";

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  dataDir: string;
  databaseUrl: string | null;
  /** SQLite's page cache for this connection (its build's default, 16 MB, when not given). */
  sqliteCacheBytes?: number;
}

// BIGINT (20) and NUMERIC (1700, what SUM(bigint) returns) hold epoch milliseconds and view
// counts, all well inside Number's exact range; parse them as numbers per pool, not globally.
const PG_NUMBER_TYPES = new Set([20, 1700]);

/**
 * Opens SQLite in the data dir (WAL) or PostgreSQL when a URL is given. The PostgreSQL client is
 * loaded only then: on SQLite every process would otherwise carry it (~3 MB of heap each).
 */
export async function openDatabase(options: DatabaseOptions): Promise<Db> {
  if (options.databaseUrl) {
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      types: {
        getTypeParser: ((oid: number, format?: "text" | "binary") =>
          PG_NUMBER_TYPES.has(oid)
            ? Number
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection the server ends (restart, failover, a dropped database) is reported here;
    // unhandled, it would crash the process. The pool replaces it on the next query.
    pool.on("error", (err) => {
      console.error(`PostgreSQL idle connection lost: ${err.message}`);
    });
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, dialect: "postgres", close: () => kysely.destroy() };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const sqlite = new SQLite(join(options.dataDir, "warta.db"));
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  if (options.sqliteCacheBytes) sqlite.pragma(`cache_size = -${Math.ceil(options.sqliteCacheBytes / 1024)}`);
  const statements = reusingStatements(sqlite);
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: statements }) });
  directReaders.set(kysely, (sql, parameters) => {
    // Inside a transaction the one connection is the transaction's: wait for it through Kysely.
    if (sqlite.inTransaction) return null;
    const statement = statements.prepare(sql);
    return statement.reader ? statement.all(parameters) : null;
  });
  return { kysely, dialect: "sqlite", close: () => kysely.destroy() };
}

/**
 * Runs a read on SQLite at once, or answers null when it must go through Kysely (a transaction
 * open on the connection, a statement that writes). PostgreSQL has none.
 */
export type DirectReader = (sql: string, parameters: readonly unknown[]) => unknown[] | null;

const directReaders = new WeakMap<Kysely<Database>, DirectReader>();

/**
 * SQLite's reads, for queries that run on every page (precompiled.ts). better-sqlite3 is
 * synchronous, so Kysely's queue for its one connection only matters while a transaction holds
 * it; otherwise a read can skip the queue's promises (acquire, execute, release), which cost
 * more than an indexed lookup. A transaction (a `Kysely` made by `transaction()`) has none.
 */
export function directReaderOf(db: Kysely<Database>): DirectReader | undefined {
  return directReaders.get(db);
}

/**
 * Kysely prepares every query anew; preparing costs as much as running a short query. This hands
 * back the statement prepared earlier for the same SQL (the most recent `max` of them), unless
 * it is still busy streaming rows to another caller, in which case a fresh one is made.
 */
function reusingStatements(
  sqlite: SQLite.Database,
  max = 500,
): SqliteDatabase & { prepare(sql: string): SQLite.Statement<unknown[]> } {
  const statements = new Map<string, SQLite.Statement<unknown[]>>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const known = statements.get(sql);
      if (known && !known.busy) {
        statements.delete(sql);
        statements.set(sql, known); // most recently used last
        return known;
      }
      const statement = sqlite.prepare(sql);
      if (!known) {
        statements.set(sql, statement);
        if (statements.size > max) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
      }
      return statement;
    },
  };
}
