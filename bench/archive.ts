import { execFile } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import { Random } from "../src/domain/generate/random.ts";

const run = promisify(execFile);
const WARTA = new URL("../bin/warta.js", import.meta.url).pathname;

export interface ArchiveInfo {
  dir: string;
  articles: number;
  published: number;
  dbBytes: number;
  /** How long `warta generate` took, when this run or an earlier cached run made the archive. */
  generateSeconds: number | null;
  reindexSeconds: number | null;
}

interface Marker {
  articles: number;
  generateSeconds: number;
  reindexSeconds: number | null;
}

async function warta(args: string[], dataDir: string): Promise<{ stdout: string; seconds: number }> {
  const started = performance.now();
  const { stdout } = await run("node", [WARTA, ...args], {
    env: { ...process.env, WARTA_DATA_DIR: dataDir, DATABASE_URL: "" },
    maxBuffer: 16 << 20,
  });
  return { stdout, seconds: (performance.now() - started) / 1000 };
}

/**
 * The archive to measure: `dir` when given (reused as it is), else `.bench/archive-N`, generated
 * once with `warta generate --articles N --seed 1` (and indexed for search when Warta has
 * `warta reindex`) and kept for later runs.
 */
export async function ensureArchive(articles: number, dir: string | null, log: (s: string) => void) {
  const dataDir = dir ?? join(process.cwd(), ".bench", `archive-${articles}`);
  const markerFile = join(dataDir, "bench-archive.json");
  let marker: Marker | null = existsSync(markerFile)
    ? (JSON.parse(readFileSync(markerFile, "utf8")) as Marker)
    : null;
  if (!dir && !marker) {
    await mkdir(dataDir, { recursive: true });
    if (existsSync(join(dataDir, "warta.db")))
      throw new Error(`${dataDir} holds an unfinished archive; delete it`);
    log(`generating ${articles} articles into ${dataDir} …`);
    const gen = await warta(["generate", "--articles", String(articles), "--seed", "1"], dataDir);
    log(gen.stdout.trim());
    let reindexSeconds: number | null = null;
    const help = await warta(["help"], dataDir);
    if (/warta reindex/.test(help.stdout)) {
      log("building the search index (warta reindex) …");
      reindexSeconds = (await warta(["reindex"], dataDir)).seconds;
    }
    marker = { articles, generateSeconds: gen.seconds, reindexSeconds };
    await writeFile(markerFile, JSON.stringify(marker));
  }
  const db = new SQLite(join(dataDir, "warta.db"), { readonly: true, fileMustExist: true });
  try {
    const count = (q: string) => Number((db.prepare(q).get() as { n: number }).n);
    const info: ArchiveInfo = {
      dir: dataDir,
      articles: count("select count(*) as n from articles"),
      published: count("select count(*) as n from articles where status = 'published'"),
      dbBytes: ["warta.db", "warta.db-wal"].reduce((sum, f) => {
        const p = join(dataDir, f);
        return sum + (existsSync(p) ? statSync(p).size : 0);
      }, 0),
      generateSeconds: marker?.generateSeconds ?? null,
      reindexSeconds: marker?.reindexSeconds ?? null,
    };
    return info;
  } finally {
    db.close();
  }
}

/** `count` random published, already public articles (ids and URL paths), the same for the same archive. */
export function sampleArticles(
  dataDir: string,
  count: number,
  now: number,
): Array<{ id: number; path: string }> {
  const db = new SQLite(join(dataDir, "warta.db"), { readonly: true, fileMustExist: true });
  try {
    const maxId = Number((db.prepare("select max(id) as n from articles").get() as { n: number }).n);
    const rng = new Random(20261126);
    const out = new Map<number, string>();
    for (let attempts = 0; out.size < count && attempts < 50; attempts++) {
      const ids = new Set<number>();
      while (ids.size < Math.min(900, maxId)) ids.add(rng.int(1, maxId));
      const rows = db
        .prepare(
          `select id, slug from articles where status = 'published' and published_at <= ? and id in (${[...ids].join(",")})`,
        )
        .all(now) as Array<{ id: number; slug: string }>;
      for (const r of rows) if (out.size < count) out.set(r.id, `/baca/${r.slug}`);
    }
    return [...out].map(([id, path]) => ({ id, path }));
  } finally {
    db.close();
  }
}

/** Every view ever stored in the archive (to check that beacons sent = views stored). */
export function storedViews(dataDir: string): number {
  const db = new SQLite(join(dataDir, "warta.db"), { readonly: true, fileMustExist: true });
  try {
    return Number(
      (db.prepare("select coalesce(sum(count), 0) as n from views_hourly").get() as { n: number }).n,
    );
  } finally {
    db.close();
  }
}

/** How many articles the SQLite search index (FTS5, see the search migration) holds; 0 when it has none. */
export function searchIndexed(dataDir: string): number {
  const db = new SQLite(join(dataDir, "warta.db"), { readonly: true, fileMustExist: true });
  try {
    return Number((db.prepare("select count(*) as n from search_fts").get() as { n: number }).n);
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

/**
 * Bytes on disk of the SQLite search index: the FTS5 table's shadow tables (search_fts_*), the
 * covering index search uses for visibility, and the vocabulary. Null where SQLite lacks dbstat.
 */
export function searchIndexBytes(dataDir: string): { fts: number; cover: number; vocabulary: number } | null {
  const db = new SQLite(join(dataDir, "warta.db"), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        "select name, sum(pgsize) as bytes from dbstat where name like 'search_%' or name = 'articles_search_cover' group by name",
      )
      .all() as Array<{ name: string; bytes: number }>;
    const sum = (test: (name: string) => boolean) =>
      rows.filter((r) => test(r.name)).reduce((n, r) => n + Number(r.bytes), 0);
    return {
      fts: sum((n) => n.startsWith("search_fts")),
      cover: sum((n) => n === "articles_search_cover"),
      vocabulary: sum((n) => n === "search_terms"),
    };
  } catch {
    return null;
  } finally {
    db.close();
  }
}
