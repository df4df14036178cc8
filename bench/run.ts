import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { get as httpGet } from "node:http";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildServerBundle } from "../scripts/server-bundle.ts";
import {
  type ArchiveInfo,
  ensureArchive,
  sampleArticles,
  searchIndexBytes,
  searchIndexed,
  storedViews,
} from "./archive.ts";
import { cpuMicros, freePort, type Started, startServer, stopServer, treeRss } from "./processes.ts";
import { loadBefore, machine, markdownBlock, type RunReport, type ScenarioRow, table } from "./report.ts";
import { measureSearch, searchQueries } from "./search.ts";
import { type LoadResult, type LoadSettings, load, wrkVersion } from "./wrk.ts";

const WARTA_BIN = new URL("../bin/warta.js", import.meta.url).pathname;
const CEILING = new URL("./ceiling-server.mjs", import.meta.url).pathname;
const FILE_FLOOR = new URL("./file-floor-server.mjs", import.meta.url).pathname;
const DOC = new URL("../docs/performance.md", import.meta.url).pathname;
const ROTATING = 10_000;
const DEEP_PAGES = 500;
const CACHE_OFF_WARMUP_S = 10;
/** What Chrome and Firefox send. */
const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "20000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "32" },
    threads: { type: "string", default: "2" },
    archive: { type: "string" },
    warta: { type: "string" },
    "no-write": { type: "boolean", default: false },
    only: { type: "string" },
  },
});
if (values.only !== undefined && values.only !== "search") throw new Error("--only takes: search");
const whole = (name: string, raw: string | undefined) => {
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${name} must be a whole number above 0`);
  return n;
};
const settings: LoadSettings = {
  durationSeconds: whole("duration", values.duration),
  connections: whole("connections", values.connections),
  threads: whole("threads", values.threads),
};
const log = (s: string) => console.error(s);
const WARTA = values.warta ? resolve(values.warta) : WARTA_BIN;
/** Servers this run started, stopped on the way out whatever happens. */
const running = new Set<Started>();

/**
 * Starts a plain reference server (`node script …args`, given its port), hands it to `use`, and
 * stops it afterwards whatever happens.
 */
async function withPlainServer<T>(
  script: string,
  args: (port: number) => string[],
  use: (port: number, pid: number) => Promise<T>,
): Promise<T> {
  const port = await freePort();
  const server = await startServer("node", [script, ...args(port)], {}, port, "/");
  running.add(server);
  try {
    return await use(port, server.child.pid as number);
  } finally {
    await stopServer(server.child);
    running.delete(server);
  }
}

/**
 * GETs a path as wrk does, without Accept-Encoding unless `acceptEncoding` says: fetch would ask
 * for gzip, and the warm-up would then have every worker compress all 10,000 pages in the
 * background while the scenarios, which never ask for it, are measured.
 */
async function get(
  port: number,
  path: string,
  acceptEncoding = "identity",
): Promise<{ status: number; body: string; hit: boolean; encoding: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    headers: { "user-agent": "warta-bench", "accept-encoding": acceptEncoding },
  });
  return {
    status: res.status,
    body: await res.text(),
    hit: res.headers.get("x-cache") === "hit",
    encoding: res.headers.get("content-encoding") ?? "identity",
  };
}

/** The bytes of a path as sent (fetch would decompress them), with their Content-Encoding. */
function rawGet(
  port: number,
  path: string,
  acceptEncoding: string,
): Promise<{ bytes: Buffer; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = httpGet(
      { host: "127.0.0.1", port, path, headers: { "accept-encoding": acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            bytes: Buffer.concat(chunks),
            encoding: String(res.headers["content-encoding"] ?? "identity"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
  });
}

/**
 * Requests every path (8 at a time) in passes until a pass is answered almost entirely from the
 * cache, so the cached scenarios measure hits, not first renders: with several workers each keeps
 * its own cache, and the connections of a pass reach the workers in turn, so a path needs a few
 * passes before every worker has seen it. With `acceptEncoding`, a hit counts only in `encoding`
 * (compressed forms are made in the background, a few at a time). Bounded by `limitMs`, since
 * without a cache 10,000 first renders can take many minutes.
 */
async function warm(
  port: number,
  paths: string[],
  limitMs: number,
  acceptEncoding = "identity",
  encoding = "identity",
): Promise<{ warmed: number; failed: number; passes: number; lastPassHits: number }> {
  const until = performance.now() + limitMs;
  let failed = 0;
  let warmed = 0;
  let passes = 0;
  let lastPassHits = 0;
  for (; passes < 12 && performance.now() < until; passes++) {
    let next = 0;
    let hits = 0;
    failed = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < paths.length && performance.now() < until) {
          const answer = await get(port, paths[next++] as string, acceptEncoding);
          if (answer.status !== 200) failed++;
          if (answer.hit && answer.encoding === encoding) hits++;
        }
      }),
    );
    warmed = Math.max(warmed, Math.min(next, paths.length));
    if (next < paths.length) break; // out of time in the middle of a pass
    lastPassHits = hits / Math.max(1, paths.length);
    if (lastPassHits >= 0.999) {
      passes++;
      break;
    }
  }
  return { warmed, failed, passes, lastPassHits };
}

/** Follows the "older" links of a list `pages` times; returns the deepest URL reached and its depth. */
async function deepPage(
  port: number,
  first: string,
  pages: number,
): Promise<{ path: string; depth: number }> {
  let path = first;
  let depth = 1;
  const base = first.split("?")[0] as string;
  const linkRe = new RegExp(`href="(${base.replace(/[/.]/g, "\\$&")}\\?sebelum=[^"]+)"`);
  while (depth < pages) {
    const m = linkRe.exec((await get(port, path)).body);
    if (!m?.[1]) break;
    path = m[1].replace(/&amp;/g, "&");
    depth++;
  }
  return { path, depth };
}

/** Runs a load and adds the CPU time the server process spent per request counted. */
async function withServerCpu(pid: number, run: () => Promise<LoadResult>): Promise<LoadResult> {
  const before = cpuMicros(pid);
  const result = await run();
  return { ...result, serverCpuUs: (cpuMicros(pid) - before) / Math.max(1, result.requests) };
}

async function main(): Promise<void> {
  const tool = await wrkVersion();
  if (!values.warta) {
    // What `npm start` runs after an install: the bundle, here rebuilt from the sources as they
    // are. A bundle older than src/ would make bin/warta.js run the sources through tsx instead,
    // slower to start and heavier, and the run would measure that.
    const { file } = await buildServerBundle();
    log(`server bundle rebuilt from src/: ${file}`);
    if (process.env.WARTA_FROM_SOURCE === "1")
      log("WARTA_FROM_SOURCE=1: the sources run through tsx, not the bundle");
  }
  const articles = whole("articles", values.articles);
  const archive = await ensureArchive(articles, values.archive ?? null, log);
  if (values.only === "search") return searchOnly(archive, tool);
  const workDir = join(process.cwd(), ".bench", "tmp");
  await mkdir(workDir, { recursive: true });
  const before = loadBefore();
  const sample = sampleArticles(archive.dir, ROTATING, Date.now());
  if (sample.length === 0) throw new Error(`no published articles in ${archive.dir}`);
  const articlePaths = sample.map((s) => s.path);
  const firstArticle = articlePaths[0] as string;
  log(`archive ${archive.dir}: ${archive.articles} articles; ${sample.length} article URLs to rotate over`);

  const port = await freePort();
  const wartaEnv = (extra: Record<string, string> = {}) => ({
    PORT: String(port),
    HOST: "127.0.0.1",
    WARTA_DATA_DIR: archive.dir,
    DATABASE_URL: "",
    LOG_LEVEL: "warn",
    // The search scenario asks the content API without a key, far above a reader's rate limit.
    WARTA_API_ANON_RATE_LIMIT: "1000000",
    ...extra,
  });
  const rows: ScenarioRow[] = [];
  const measure = async (
    name: string,
    paths: string[],
    method: "GET" | "POST" = "GET",
    ceiling?: LoadResult,
    acceptEncoding?: string,
    count204 = false,
  ) => {
    log(`  ${name} …`);
    // Wait out what the previous scenario left queued in the server, so it is not charged here.
    if (method === "GET") await get(port, paths[0] as string, acceptEncoding);
    const result = await withServerCpu(warta.child.pid as number, () =>
      load(
        port,
        paths,
        { ...settings, ...(acceptEncoding ? { acceptEncoding } : {}), count204 },
        workDir,
        method,
      ),
    );
    rows.push({ name, result, ...(ceiling ? { ceiling } : {}) });
    return result;
  };
  /**
   * The rotating pages as a browser asks for them (every browser accepts br), against a plain
   * server sending the article's brotli bytes: what readers get, and the compressed forms' path
   * (made in the background, kept beside the identity bytes, read from memory or the spill file).
   */
  const measureAsBrowsersAsk = async () => {
    const acceptEncoding = BROWSER_ACCEPT_ENCODING;
    log(`warming the ${articlePaths.length} article pages as browsers ask (${acceptEncoding}) …`);
    const brWarm = await warm(
      port,
      articlePaths,
      Math.max(120_000, 12_000 * settings.durationSeconds),
      acceptEncoding,
      "br",
    );
    log(
      `  ${brWarm.warmed} requested in ${brWarm.passes} passes, the last one ${(brWarm.lastPassHits * 100).toFixed(1)}% brotli from the cache`,
    );
    // Each worker makes its own compressed forms: ask until the one answering has it.
    let compressed = await rawGet(port, firstArticle, acceptEncoding);
    for (let i = 0; i < 100 && compressed.encoding !== "br"; i++) {
      await new Promise((r) => setTimeout(r, 20));
      compressed = await rawGet(port, firstArticle, acceptEncoding);
    }
    if (compressed.encoding !== "br")
      throw new Error(`${firstArticle} came as ${compressed.encoding}, not br`);
    const brFile = join(workDir, "article.html.br");
    await writeFile(brFile, compressed.bytes);
    await withPlainServer(
      CEILING,
      (brPort) => [brFile, String(brPort), "text/html; charset=utf-8", "br"],
      async (brPort, pid) => {
        log("  ceiling with the brotli bytes …");
        const adjacent = await withServerCpu(pid, () =>
          load(brPort, articlePaths, { ...settings, acceptEncoding }, workDir),
        );
        rows.push({
          name: `ceiling with the page's brotli bytes (${compressed.bytes.length.toLocaleString("en-US")} B), right before the next row`,
          result: adjacent,
          ceiling: adjacent,
        });
        await measure(
          `article pages (${articlePaths.length.toLocaleString("en-US")} rotating) as browsers ask (\`${acceptEncoding}\`)`,
          articlePaths,
          "GET",
          adjacent,
          acceptEncoding,
        );
      },
    );
  };
  /** Measures the first of `candidates` (URLs a feature may live at) that is built: "n/a" when all answer 404. */
  const measureIfBuilt = async (name: string, candidates: string[]) => {
    for (const path of candidates) {
      if ((await get(port, path)).status !== 404) {
        await measure(`${name} \`${path}\``, [path]);
        return;
      }
    }
    rows.push({ name, result: null, skipped: "n/a – not built yet" });
  };

  /**
   * What the rotating pages cost a server that cannot hold them in memory, before any work of
   * Warta's: a plain server answering each path from its own copy in a file (file-floor-server.mjs),
   * compared with the same ceiling run as the rotating row. The 10,000 pages are 240 MB; under the
   * memory target Warta's page cache serves nearly all of them from its spill file the same way.
   */
  const measureFileFloor = (adjacent: LoadResult) =>
    withPlainServer(
      FILE_FLOOR,
      (floorPort) => [pageFile, String(floorPort), String(articlePaths.length), workDir],
      async (floorPort, pid) => {
        log("  plain server reading each page from a file …");
        const result = await withServerCpu(pid, () => load(floorPort, articlePaths, settings, workDir));
        rows.push({
          name: `the floor: plain Node \`http\`, each of the ${articlePaths.length.toLocaleString("en-US")} pages read from a file (as a cache bounded in memory must)`,
          result,
          ceiling: adjacent,
        });
      },
    );

  // 1. Warta, cache on (the default): cold start, then every scenario.
  log("starting warta serve …");
  let warta: Started = await startServer("node", [WARTA, "serve"], wartaEnv(), port, firstArticle);
  running.add(warta);
  const coldStartMs = warta.coldStartMs;
  const page = await fetch(`http://127.0.0.1:${port}${firstArticle}`);
  const pageBytes = Buffer.from(await page.arrayBuffer());
  const pageFile = join(workDir, "article.html");
  await writeFile(pageFile, pageBytes);

  // 2. The ceiling: the same bytes from a plain Node http server, with the same tool and settings.
  const ceilingPort = await freePort();
  const ceilingProc = await startServer(
    "node",
    [CEILING, pageFile, String(ceilingPort)],
    {},
    ceilingPort,
    "/",
  );
  running.add(ceilingProc);
  // The machine's speed drifts by tens of percent within minutes (other tenants of the host), so
  // the ceiling is measured three times: first, and right before each cached article scenario,
  // which is compared with the run just before it; the other scenarios with the median.
  const ceilings: LoadResult[] = [];
  const measureCeiling = async (label: string) => {
    log(`  ceiling${label} …`);
    const result = await withServerCpu(ceilingProc.child.pid as number, () =>
      load(ceilingPort, articlePaths, settings, workDir),
    );
    ceilings.push(result);
    return result;
  };
  await measureCeiling("");

  log(`warming ${articlePaths.length} article pages …`);
  const warmed = await warm(port, articlePaths, Math.max(120_000, 12_000 * settings.durationSeconds));
  log(
    `  ${warmed.warmed} requested in ${warmed.passes} passes, the last one ${(warmed.lastPassHits * 100).toFixed(1)}% from the cache${warmed.failed > 0 ? `; ${warmed.failed} did not answer 200` : ""}`,
  );
  const deep = await deepPage(port, "/kanal/berita", DEEP_PAGES);
  const queries = searchQueries(200).map(encodeURIComponent);
  let searchPaths = queries.map((q) => `/api/v1/search?q=${q}`);
  if ((await get(port, searchPaths[0] as string)).status === 404)
    searchPaths = queries.map((q) => `/cari?q=${q}`);

  try {
    // The floor belongs beside the rotating pages: the one hot article is held in memory.
    for (const [name, paths, withFloor] of [
      [`article pages (${articlePaths.length.toLocaleString("en-US")} rotating)`, articlePaths, true],
      ["one article (a story going viral)", [firstArticle], false],
    ] as const) {
      const adjacent = await measureCeiling(" again, for the next scenario");
      rows.push({
        name: "ceiling, measured again right before the next row",
        result: adjacent,
        ceiling: adjacent,
      });
      await measure(name, [...paths], "GET", adjacent);
      if (withFloor) await measureFileFloor(adjacent);
    }
  } finally {
    await stopServer(ceilingProc.child);
  }
  const ceiling = median(ceilings);
  await measureAsBrowsersAsk();
  await measure("home page `/`", ["/"]);
  await measure("section page 1 `/kanal/berita`", ["/kanal/berita"]);
  await measure(`section page ${deep.depth} deep`, [deep.path]);
  await measure("`/indeks`", ["/indeks"]);
  await measureIfBuilt("site RSS", ["/rss", "/rss.xml"]);
  await measureIfBuilt("news sitemap", ["/sitemap-news.xml", "/sitemap-news-1.xml"]);
  const indexed = searchIndexed(archive.dir);
  const indexNote =
    indexed >= archive.published ? "" : `; the index holds ${indexed.toLocaleString("en-US")} articles`;
  const searchName = `search \`${searchPaths[0]?.split("?")[0]}\` (200 queries, 1–3 words${indexNote})`;
  if ((await get(port, searchPaths[0] as string)).status === 404) {
    rows.push({ name: "search", result: null, skipped: "n/a – not built yet" });
  } else {
    await measure(searchName, searchPaths);
  }

  const viewsBefore = storedViews(archive.dir);
  const beaconPaths = sample.map((s) => `/api/views?a=${s.id}`);
  const beacon = await measure("view beacon `POST /api/views`", beaconPaths, "POST");
  // Readers' traffic: each page view sends its beacon, so pages are served while view counts are
  // taken and written (measured apart, the rows above cannot show one slowing the other).
  const withBeacons = await measure(
    `article pages (${articlePaths.length.toLocaleString("en-US")} rotating) with their beacons (one \`POST /api/views\` per page view)`,
    sample.flatMap((s) => [s.path, `POST /api/views?a=${s.id}`]),
    "GET",
    undefined,
    undefined,
    true,
  );
  const rss = treeRss(warta.child.pid as number);
  await stopServer(warta.child);
  const beacons = {
    answered: beacon.requests - beacon.errors + (withBeacons.answered204 ?? 0),
    stored: storedViews(archive.dir) - viewsBefore,
  };

  // 3. Warta with the page cache switched off: what a miss costs.
  log("restarting warta serve with WARTA_PAGE_CACHE=off …");
  warta = await startServer(
    "node",
    [WARTA, "serve"],
    wartaEnv({ WARTA_PAGE_CACHE: "off" }),
    port,
    firstArticle,
  );
  running.add(warta);
  const coldStartNoCacheMs = warta.coldStartMs;
  // A fresh process compiles its hot code during its first seconds under load; that start-up is
  // what the cold start measures, not what a miss costs. An unrecorded run warms it up: on this
  // 2-core machine in a slow phase the event loop still stalled for 40-55 ms a few times a
  // second 5-10 s after the start, and 3 s of warm-up left that in the measured run.
  log(`  warm-up, not recorded (${CACHE_OFF_WARMUP_S} s) …`);
  await load(port, articlePaths, { ...settings, durationSeconds: CACHE_OFF_WARMUP_S }, workDir);
  await measure("article pages, cache off", articlePaths);
  await measure("section page 1, cache off", ["/kanal/berita"]);
  await measure(`section page ${deep.depth} deep, cache off`, [deep.path]);
  const rssNoCache = treeRss(warta.child.pid as number);
  await stopServer(warta.child);

  const report: RunReport = {
    date: new Date(),
    tool,
    settings,
    archive,
    rows: [{ name: "ceiling: plain Node `http`, same bytes (median of 3 runs)", result: ceiling }, ...rows],
    ceiling,
    pageBytes: pageBytes.length,
    warmed: warmed.warmed,
    warmPasses: warmed.passes,
    warmHits: warmed.lastPassHits,
    coldStartMs,
    coldStartNoCacheMs,
    rssAfterBytes: rss.bytes,
    rssNoCacheBytes: rssNoCache.bytes,
    pssAfterBytes: rss.pssBytes,
    pssNoCacheBytes: rssNoCache.pssBytes,
    processes: rss.processes,
    variant: ["WARTA_PAGE_CACHE_MB", "WARTA_WORKERS"]
      .filter((k) => process.env[k])
      .map((k) => `${k}=${process.env[k]}`)
      .join(","),
    beacons,
    loadBefore: before,
  };
  console.log(`\n${table(report)}\n`);
  console.log(
    `cold start ${coldStartMs.toFixed(0)} ms (cache off ${coldStartNoCacheMs.toFixed(0)} ms); RSS ${(rss.bytes / 2 ** 20).toFixed(0)} MB (PSS ${(rss.pssBytes / 2 ** 20).toFixed(0)} MB) in ${rss.processes} process(es); beacons answered ${beacons.answered}, views stored ${beacons.stored}`,
  );
  if (!values["no-write"]) {
    await writeDoc(report);
    console.log(`written to ${DOC}`);
  }
}

/** The run with the median req/s (of an odd number of runs; the upper middle of an even one). */
function median(results: LoadResult[]): LoadResult {
  const sorted = [...results].sort((a, b) => a.reqPerSec - b.reqPerSec);
  return sorted[Math.floor(sorted.length / 2)] as LoadResult;
}

/**
 * `--only search`: the search scenario alone, as a reader sees it. First in-process (the 200
 * queries one at a time through the search service: the latency of the work itself), then over
 * HTTP with wrk from one connection (requests one after another, so percentiles are per query,
 * not queueing behind 32 connections on 2 cores), then with the usual connections for throughput.
 */
async function searchOnly(archive: ArchiveInfo, tool: string): Promise<void> {
  const before = loadBefore();
  log(`archive ${archive.dir}: ${archive.articles} articles; in-process search …`);
  const inProcess = await measureSearch(archive.dir, { queries: 200 });
  const port = await freePort();
  const queries = searchQueries(200).map((q) => `/api/v1/search?q=${encodeURIComponent(q)}`);
  const env = {
    PORT: String(port),
    HOST: "127.0.0.1",
    WARTA_DATA_DIR: archive.dir,
    DATABASE_URL: "",
    LOG_LEVEL: "warn",
    WARTA_API_ANON_RATE_LIMIT: "1000000",
  };
  log("starting warta serve …");
  const server = await startServer("node", [WARTA, "serve"], env, port, queries[0] as string);
  running.add(server);
  const workDir = join(process.cwd(), ".bench", "tmp");
  await mkdir(workDir, { recursive: true });
  let sequential: LoadResult;
  let concurrent: LoadResult;
  try {
    for (const q of queries.slice(0, 20)) await get(port, q);
    log("  one connection …");
    sequential = await load(port, queries, { ...settings, connections: 1, threads: 1 }, workDir);
    log(`  ${settings.connections} connections …`);
    concurrent = await load(port, queries, settings, workDir);
  } finally {
    await stopServer(server.child);
  }
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
  const mib = (bytes: number) =>
    bytes < 2 ** 20 ? `${(bytes / 1024).toFixed(0)} KiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  const index = searchIndexBytes(archive.dir);
  const block = [
    `### Search, ${archive.articles.toLocaleString("en-US")} articles (${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC)`,
    "",
    `- Machine: ${machine()}; load average before the run ${before.map((l) => l.toFixed(2)).join(" / ")}, after the in-process part ${inProcess.loadAverage.toFixed(2)}.`,
    `- Archive: ${archive.dir.startsWith(process.cwd()) ? "`.bench/`" : "given with `--archive`"}, ${archive.articles.toLocaleString("en-US")} articles (${inProcess.indexedArticles.toLocaleString("en-US")} in the index), database ${gib(inProcess.databaseBytes)}.`,
    index
      ? `- Search index on disk: ${gib(index.fts)} FTS5 (\`search_fts\` and its shadow tables), ${mib(index.cover)} covering index for visibility, ${mib(index.vocabulary)} vocabulary.`
      : null,
    `- Queries: the same 200 one- to three-word queries (\`searchQueries\` in bench/search.ts) in every row.`,
    "",
    "| how | p50 | p95 | p99 | req/s | errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    `| in-process, one at a time (wall clock) | ${ms(inProcess.p50)} | ${ms(inProcess.p95)} | ${ms(inProcess.p99)} | | |`,
    `| in-process, CPU time per query | ${ms(inProcess.cpu.p50)} | ${ms(inProcess.cpu.p95)} | ${ms(inProcess.cpu.p99)} | | |`,
    ...[1, 2, 3].map(
      (n) =>
        `| in-process, ${n} word${n > 1 ? "s" : ""} | ${ms(inProcess.byWords[n]?.p50 ?? 0)} | ${ms(inProcess.byWords[n]?.p95 ?? 0)} | | | |`,
    ),
    `| HTTP \`/api/v1/search\`, ${tool}, 1 connection | ${ms(sequential.p50Ms)} | ${ms(sequential.p95Ms)} | ${ms(sequential.p99Ms)} | ${sequential.reqPerSec.toFixed(0)} | ${sequential.errors} |`,
    `| HTTP, ${settings.connections} connections | ${ms(concurrent.p50Ms)} | ${ms(concurrent.p95Ms)} | ${ms(concurrent.p99Ms)} | ${concurrent.reqPerSec.toFixed(0)} | ${concurrent.errors} |`,
    "",
  ]
    .filter((line) => line !== null)
    .join("\n");
  console.log(`\n${block}`);
  if (!values["no-write"]) {
    await writeBlock(`bench:search:${archive.articles}`, block);
    console.log(`written to ${DOC}`);
  }
}

/** Replaces this archive size's block in docs/performance.md (or appends it), keeping the rest. */
async function writeDoc(report: RunReport): Promise<void> {
  const key = `bench:${report.archive.articles}${report.variant ? `:${report.variant}` : ""}`;
  await writeBlock(key, markdownBlock(report));
}

/** Replaces the block marked `key` in docs/performance.md (or appends it), keeping the rest. */
async function writeBlock(key: string, markdown: string): Promise<void> {
  const block = `<!-- ${key} -->\n${markdown}<!-- /${key} -->`;
  let doc = existsSync(DOC) ? readFileSync(DOC, "utf8") : "# Performance\n\nWritten by `npm run bench`.\n";
  const start = doc.indexOf(`<!-- ${key} -->`);
  const end = doc.indexOf(`<!-- /${key} -->`);
  if (start !== -1 && end > start)
    doc = doc.slice(0, start) + block + doc.slice(end + `<!-- /${key} -->`.length);
  else doc = `${doc.trimEnd()}\n\n${block}\n`;
  await mkdir(new URL("../docs/", import.meta.url).pathname, { recursive: true });
  await writeFile(DOC, doc);
}

main()
  .catch((err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const server of running) await stopServer(server.child);
  });
