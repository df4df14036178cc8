import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { createWarta, type Warta } from "../src/app.ts";
import { primaryEventBus } from "../src/cluster/cluster-bus.ts";
import { serveClusterRateLimits } from "../src/cluster/cluster-rate-limiter.ts";
import { workerHub } from "../src/cluster/links.ts";
import { type RunningCluster, startCluster } from "../src/cluster/primary.ts";
import { loadConfig } from "../src/config.ts";
import { generateApiKey } from "../src/domain/api-keys/api-key.ts";
import { createRateLimiter } from "../src/domain/api-keys/rate-limiter.ts";
import { importFile } from "../src/domain/portability/import.service.ts";
import { breakingNews } from "./support/breaking-news.ts";
import { FIXTURE_FILE, FIXTURE_NOW } from "./support/harness.ts";
import { compactList, html } from "./support/html.ts";

const BIN = new URL("../bin/warta.js", import.meta.url).pathname;
const FEATURE = "/baca/jembatan-gantung-baru-satukan-dua-desa-di-lembah-sungai-kelam";
const PERSON_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
const WORKERS = 2;

/**
 * A real cluster: this test process is the primary (as `warta serve --workers 2` is), the two
 * workers are `bin/warta.js serve` threads. Writes go through the primary's bus, as the
 * newsroom's would through a worker's.
 */
describe("cluster of workers", () => {
  let dir: string;
  let warta: Warta;
  let cluster: RunningCluster;
  const env = () => ({
    WARTA_DATA_DIR: dir,
    DATABASE_URL: "",
    WARTA_NOW: FIXTURE_NOW,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    // Longer than the test: only the shutdown flush can write the beacons' views.
    WARTA_VIEWS_FLUSH_MS: "60000",
  });
  /** One request on a new connection (whichever worker accepts it first answers). */
  const get = (url: string) =>
    new Promise<{ body: string; cache: string }>((resolve, reject) => {
      request(cluster.address + url, { agent: false }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ body, cache: String(res.headers["x-cache"]) }));
      })
        .on("error", reject)
        .end();
    });
  /** The status of one request on a new connection. */
  const statusOf = (url: string, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      request(cluster.address + url, { agent: false, headers }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      })
        .on("error", reject)
        .end();
    });
  /**
   * Enough requests on new connections that every worker answers some: the kernel gives each
   * connection to whichever worker accepts first, so 8 per worker leave a worker out about once
   * in 10,000 runs.
   */
  const everyWorker = async (url: string) => {
    const bodies: string[] = [];
    for (let i = 0; i < WORKERS * 8; i++) bodies.push((await get(url)).body);
    return bodies;
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "warta-cluster-"));
    const config = loadConfig(env());
    const hub = workerHub();
    const events = primaryEventBus(hub, () => {}, { error: () => {} });
    warta = await createWarta(config, { events });
    serveClusterRateLimits(hub, createRateLimiter(warta.clock));
    await importFile(warta.importDeps, FIXTURE_FILE);
    cluster = await startCluster({
      workers: WORKERS,
      hub,
      listen: { port: 0, host: "127.0.0.1" },
      exec: BIN,
      args: ["serve"],
      env: env(),
      log: { info: () => {}, error: () => {} },
    });
  });
  after(async () => {
    await cluster?.stop();
    await warta?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps one page cache per worker", async () => {
    const answers = [];
    for (let i = 0; i < WORKERS * 8; i++) answers.push((await get("/indeks")).cache);
    const misses = answers.filter((c) => c === "miss").length;
    assert.equal(misses, WORKERS, "each worker renders the page once, then answers from its cache");
    assert.equal(answers.length - misses, WORKERS * 7);
  });

  it("shows a publish on every worker on the very next request", async () => {
    const slug = "banjir-rob-rendam-kawasan-pelabuhan";
    const title = "Banjir Rob Rendam Kawasan Pelabuhan";
    const listings = ["/", "/kanal/dunia", "/rss.xml", "/sitemap-news-1.xml"];
    for (const url of [...listings, FEATURE]) {
      const bodies = await everyWorker(url);
      assert.ok(!bodies.some((b) => b.includes(`/baca/${slug}`)));
    }
    const file = join(dir, "breaking.ndjson");
    await writeFile(file, breakingNews(slug, title));
    await importFile(warta.importDeps, file);

    for (const body of await everyWorker(`/baca/${slug}`)) assert.match(body, new RegExp(title));
    for (const url of listings) {
      for (const body of await everyWorker(url)) assert.ok(body.includes(`/baca/${slug}`), url);
    }
    for (const body of await everyWorker(FEATURE)) assert.equal(compactList(html(body), "update")[0], title);
  });

  it("holds a content API key to its rate across all workers, not per worker", async () => {
    const key = generateApiKey();
    await warta.repos.apiKeys.create({
      name: "Aplikasi mitra",
      hash: key.hash,
      prefix: key.prefix,
      ratePerMinute: 4,
      now: warta.clock.now().getTime(),
    });
    const codes: number[] = [];
    for (let i = 0; i < WORKERS * 4; i++)
      codes.push(await statusOf("/api/v1/sections", { "x-api-key": key.key }));
    assert.deepEqual(codes, [200, 200, 200, 200, 429, 429, 429, 429]);
  });

  it("spreads keep-alive connections opened all at once over the workers", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 12 });
    const closing = () =>
      new Promise<boolean>((resolve, reject) => {
        request(cluster.address + FEATURE, { agent }, (res) => {
          res.resume();
          res.on("end", () => resolve(res.headers.connection === "close"));
        })
          .on("error", reject)
          .end();
      });
    try {
      // Rounds of 12 requests at once until one round hands no connection back: a worker over
      // its share answers with Connection: close, and the client's new connection goes to
      // whichever worker accepts it.
      let rounds = 0;
      for (; rounds < 20; rounds++) {
        const answers = await Promise.all(Array.from({ length: 12 }, closing));
        if (!answers.includes(true)) break;
      }
      assert.ok(rounds < 20, "the connections settle");
      const held = cluster.connections();
      assert.equal(held.length, WORKERS);
      assert.equal(
        held.reduce((a, b) => a + b, 0),
        12,
      );
      assert.ok(Math.max(...held) <= 12 / WORKERS + 1, `connections per worker: ${held.join(", ")}`);
    } finally {
      agent.destroy();
    }
  });

  it("answers every request and keeps every view while the workers are replaced one by one", async () => {
    const id = Number((await get(FEATURE)).body.match(/\/api\/views\?a=(\d+)/)?.[1]);
    const before = await warta.repos.views.totalFor(id);
    const sent = 150;
    for (let i = 0; i < sent; i++) {
      const res = await fetch(`${cluster.address}/api/views?a=${id}`, {
        method: "POST",
        headers: { "user-agent": PERSON_UA },
      });
      assert.equal(res.status, 204);
    }
    let restarting = true;
    const statuses: number[] = [];
    const reading = (async () => {
      while (restarting) statuses.push(await statusOf(FEATURE, {}));
    })();
    await cluster.restart();
    restarting = false;
    await reading;
    assert.ok(statuses.length > 0);
    assert.deepEqual(new Set(statuses), new Set([200]), "no request failed during the restart");
    // The old workers wrote what they had counted as they stopped; the new ones have counted nothing.
    assert.equal((await warta.repos.views.totalFor(id)) - before, sent);
  });

  it("adds up the views counted by every worker, flushed on a graceful stop", async () => {
    const id = Number(
      (await (await fetch(cluster.address + FEATURE)).text()).match(/\/api\/views\?a=(\d+)/)?.[1],
    );
    const before = await warta.repos.views.totalFor(id);
    const sent = 400;
    const answers = await Promise.all(
      Array.from({ length: sent }, () =>
        fetch(`${cluster.address}/api/views?a=${id}`, {
          method: "POST",
          headers: { "user-agent": PERSON_UA },
        }),
      ),
    );
    assert.ok(answers.every((a) => a.status === 204));
    await cluster.stop();
    assert.equal((await warta.repos.views.totalFor(id)) - before, sent);
  });
});
