/**
 * The experiment behind the ranking decision in src/domain/search/ranking.ts: would the engines'
 * own relevance scores (SQLite FTS5 `bm25`, PostgreSQL `ts_rank` / `ts_rank_cd` with headline
 * weight A over body weight B) give the same top results on both engines, and how good are they
 * on the judged query set? Loads the search fixture into a throwaway site per dialect (PostgreSQL
 * through the test harness, so WARTA_TEST_POSTGRES=1 and a local server are needed for the
 * comparison) and ranks every judged query's matches four ways:
 *
 * - `engine`: by the engine's score alone;
 * - `engine × freshness`: `(1 + 2 × score / best score of the query) × (1 + 2^(−age / 30 days))`,
 *   the shape of Warta's blend with the engine's score in place of the headline share;
 * - `warta`: Warta's own search service (the shared blend of ranking.ts), for reference.
 *
 *   WARTA_TEST_POSTGRES=1 node --import tsx bench/search-engines.ts
 */
import { sql } from "kysely";
import { importFile } from "../src/domain/portability/import.service.ts";
import { fts5Query } from "../src/domain/search/fts5.dialect.ts";
import { parseQuery } from "../src/domain/search/query-parser.ts";
import { tsQuery } from "../src/domain/search/tsvector.dialect.ts";
import { startTestSite, type TestSite, testDialects } from "../test/support/harness.ts";
import { judgedQueries, SEARCH_FIXTURE_FILE, SEARCH_FIXTURE_NOW } from "../test/support/search-fixture.ts";

type Ranking = "engine" | "engine × freshness" | "warta";
const HALF_LIFE_MS = 30 * 86_400_000;

async function engineScores(site: TestSite, q: string, now: number) {
  const parsed = parseQuery(q);
  const match = { all: parsed.required.map((p) => [p.terms]), none: parsed.excluded.map((p) => [p.terms]) };
  const db = site.warta.db.kysely;
  if (site.warta.db.dialect === "postgres") {
    const r = await sql<{ slug: string; score: number; cd: number; at: number }>`
      SELECT a.slug, ts_rank('{0, 0, 0.3333, 1}', d.tsv, to_tsquery('simple', ${tsQuery(match)})) AS score,
             ts_rank_cd('{0, 0, 0.3333, 1}', d.tsv, to_tsquery('simple', ${tsQuery(match)})) AS cd,
             a.published_at AS at
      FROM search_documents d JOIN articles a ON a.id = d.article_id
      WHERE d.tsv @@ to_tsquery('simple', ${tsQuery(match)}) AND a.status = 'published' AND a.published_at <= ${now}`.execute(
      db,
    );
    return r.rows.map((row) => ({
      slug: row.slug,
      score: Number(row.score),
      cd: Number(row.cd),
      at: Number(row.at),
    }));
  }
  const r = await sql<{ slug: string; score: number; at: number }>`
    SELECT a.slug, -bm25(search_fts, 3.0, 1.0, 0.0) AS score, a.published_at AS at
    FROM search_fts JOIN articles a ON a.id = search_fts.rowid
    WHERE search_fts MATCH ${fts5Query(match)} AND a.status = 'published' AND a.published_at <= ${now}`.execute(
    db,
  );
  return r.rows.map((row) => ({
    slug: row.slug,
    score: Number(row.score),
    cd: Number(row.score),
    at: Number(row.at),
  }));
}

function top5(rows: { slug: string; score: number; at: number }[], now: number, fresh: boolean): string[] {
  const best = Math.max(...rows.map((r) => r.score), 1e-9);
  const key = (r: { score: number; at: number }) =>
    fresh ? (1 + (2 * r.score) / best) * (1 + 2 ** (-(now - r.at) / HALF_LIFE_MS)) : r.score;
  return [...rows]
    .sort((a, b) => key(b) - key(a) || b.at - a.at)
    .slice(0, 5)
    .map((r) => r.slug);
}

const results = new Map<string, Map<Ranking, Map<string, string[]>>>();
const now = new Date(SEARCH_FIXTURE_NOW).getTime();
for (const dialect of testDialects()) {
  const site = await startTestSite(dialect, { WARTA_NOW: SEARCH_FIXTURE_NOW });
  try {
    await importFile(site.warta.importDeps, SEARCH_FIXTURE_FILE);
    const byRanking = new Map<Ranking, Map<string, string[]>>();
    for (const ranking of ["engine", "engine × freshness", "warta"] as Ranking[])
      byRanking.set(ranking, new Map());
    for (const jq of judgedQueries()) {
      const rows = await engineScores(site, jq.q, now);
      byRanking.get("engine")?.set(jq.q, top5(rows, now, false));
      byRanking.get("engine × freshness")?.set(jq.q, top5(rows, now, true));
      byRanking.get("warta")?.set(
        jq.q,
        (await site.warta.search.search(jq.q, { limit: 5 })).items.map((i) => i.slug),
      );
      if (dialect === "postgres") {
        const cd = rows.map((r) => ({ ...r, score: r.cd }));
        if (!byRanking.has("engine" as Ranking)) continue;
        (
          byRanking.get("cd" as Ranking) ?? byRanking.set("cd" as Ranking, new Map()).get("cd" as Ranking)
        )?.set(jq.q, top5(cd, now, false));
      }
    }
    results.set(dialect, byRanking);
  } finally {
    await site.close();
  }
}

const queries = judgedQueries();
for (const [dialect, byRanking] of results) {
  for (const [ranking, tops] of byRanking) {
    let p5 = 0;
    let first = 0;
    let judgedFirst = 0;
    for (const jq of queries) {
      const got = tops.get(jq.q) ?? [];
      p5 += jq.relevant.filter((s) => got.includes(s)).length / Math.min(5, jq.relevant.length);
      if (jq.top) {
        judgedFirst++;
        if (got[0] === jq.top) first++;
      }
    }
    const name = ranking === ("cd" as Ranking) ? "engine (ts_rank_cd)" : ranking;
    console.log(
      `${dialect.padEnd(8)} ${name.padEnd(20)} precision@5 ${(p5 / queries.length).toFixed(3)}, first right ${first}/${judgedFirst}`,
    );
  }
}
const [a, b] = [...results.values()];
if (a && b) {
  for (const ranking of ["engine", "engine × freshness", "warta"] as Ranking[]) {
    let same = 0;
    const differing: string[] = [];
    for (const jq of queries) {
      const x = a.get(ranking)?.get(jq.q) ?? [];
      const y = b.get(ranking)?.get(jq.q) ?? [];
      if (x[0] === y[0] && [...x].sort().join() === [...y].sort().join()) same++;
      else differing.push(`    ${jq.q}: ${x.join(",")} | ${y.join(",")}`);
    }
    console.log(
      `SQLite vs PostgreSQL, ${ranking}: same first result and top-5 set for ${same}/${queries.length} queries`,
    );
    if (process.env.VERBOSE) console.log(differing.join("\n"));
  }
}
