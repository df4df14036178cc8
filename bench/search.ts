/**
 * The search scenario: p50/p95/p99 of one- to three-word queries through the search service
 * (parse, vocabulary prefix look-up, engine match, ranking, result rows and highlighted
 * snippets), on an existing archive. Run directly:
 *
 *   node --import tsx bench/search.ts --archive DIR [--queries 200] [--rounds 1] [--reindex]
 *
 * With `--rounds N` every query runs N times (the whole list, N times over) and counts with the
 * median of its N timings: a shared machine's passing spikes then move the percentiles less.
 * or call `measureSearch` from `npm run bench`. Query words come from the generator's own word
 * lists, so they occur in the archive the way readers' words occur in a real one.
 */
import { statSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createWarta } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { NOUNS, PLACES, TOPICS, VERB_ROOTS } from "../src/domain/generate/indonesian-words.ts";
import { Random } from "../src/domain/generate/random.ts";

export interface SearchMeasurement {
  queries: number;
  /** Times each query ran; its time is the median of these. */
  rounds: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  byWords: Record<number, { p50: number; p95: number }>;
  /** CPU time per query (user + system, this process): the work itself, whatever else runs. */
  cpu: { p50: number; p95: number; p99: number };
  /** The machine's 1-minute load average when the run ended (2 cores: above 2 means queueing). */
  loadAverage: number;
  reindexSeconds: number | null;
  databaseBytes: number;
  indexedArticles: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** Reader-like queries: 1–3 words mixing topics, nouns, verb forms and places, plus a few typos. */
export function searchQueries(count: number, seed = 7): string[] {
  const rng = new Random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)] as T;
  const word = () => {
    const r = rng.next();
    if (r < 0.3) return pick(NOUNS);
    if (r < 0.5) return pick(PLACES).toLowerCase();
    if (r < 0.75) return String(pick(TOPICS)).split(" ")[0] ?? "berita";
    return pick(VERB_ROOTS)[0];
  };
  return Array.from({ length: count }, (_, i) => {
    const n = (i % 3) + 1;
    return Array.from({ length: n }, word).join(" ");
  });
}

export async function measureSearch(
  dataDir: string,
  options: { queries?: number; rounds?: number; reindex?: boolean; log?: (s: string) => void } = {},
): Promise<SearchMeasurement> {
  const log = options.log ?? (() => {});
  const warta = await createWarta(loadConfig({ WARTA_DATA_DIR: dataDir }));
  try {
    let reindexSeconds: number | null = null;
    if (options.reindex || (await warta.search.needsReindex())) {
      const started = performance.now();
      let last = 0;
      await warta.search.reindex((done, total) => {
        if (done - last >= 50_000 || done === total) {
          last = done;
          log(`reindex ${done}/${total}`);
        }
      });
      reindexSeconds = (performance.now() - started) / 1000;
    }
    const queries = searchQueries(options.queries ?? 200);
    const rounds = options.rounds ?? 1;
    // Warm the page cache and the statement cache, as a running server would be.
    for (const q of queries.slice(0, 20)) await warta.search.search(q);
    const runs = queries.map(() => ({ ms: [] as number[], cpu: [] as number[] }));
    for (let round = 0; round < rounds; round++) {
      for (const [i, q] of queries.entries()) {
        const started = performance.now();
        const cpuStart = process.cpuUsage();
        await warta.search.search(q);
        const cpu = process.cpuUsage(cpuStart);
        runs[i]?.ms.push(performance.now() - started);
        runs[i]?.cpu.push((cpu.user + cpu.system) / 1000);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;
    const times = queries.map((q, i) => ({
      words: q.split(" ").length,
      ms: median(runs[i]?.ms ?? []),
      cpu: median(runs[i]?.cpu ?? []),
    }));
    const cpuSorted = times.map((t) => t.cpu).sort((a, b) => a - b);
    const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
    const byWords: SearchMeasurement["byWords"] = {};
    for (const n of [1, 2, 3]) {
      const s = times
        .filter((t) => t.words === n)
        .map((t) => t.ms)
        .sort((a, b) => a - b);
      byWords[n] = { p50: percentile(s, 0.5), p95: percentile(s, 0.95) };
    }
    const file = (name: string) => {
      try {
        return statSync(join(dataDir, name)).size;
      } catch {
        return 0;
      }
    };
    return {
      queries: queries.length,
      rounds,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
      max: sorted[sorted.length - 1] ?? 0,
      byWords,
      cpu: {
        p50: percentile(cpuSorted, 0.5),
        p95: percentile(cpuSorted, 0.95),
        p99: percentile(cpuSorted, 0.99),
      },
      loadAverage: loadavg()[0] ?? 0,
      reindexSeconds,
      databaseBytes: file("warta.db") + file("warta.db-wal"),
      indexedArticles: await warta.repos.articles.count(),
    };
  } finally {
    await warta.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      archive: { type: "string" },
      queries: { type: "string", default: "200" },
      rounds: { type: "string", default: "1" },
      reindex: { type: "boolean", default: false },
    },
  });
  if (!values.archive) {
    console.error(
      "usage: node --import tsx bench/search.ts --archive DIR [--queries N] [--rounds N] [--reindex]",
    );
    process.exit(2);
  }
  const m = await measureSearch(values.archive, {
    queries: Number(values.queries),
    rounds: Number(values.rounds),
    reindex: values.reindex,
    log: (s) => console.error(s),
  });
  console.log(JSON.stringify(m, null, 2));
}
