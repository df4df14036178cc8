import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { describe, it } from "node:test";
import { sql } from "kysely";
import { createWarta, type Warta } from "../src/app.ts";
import { generateDeps } from "../src/cli/generate.command.ts";
import type { Clock } from "../src/clock.ts";
import { loadConfig } from "../src/config.ts";
import { generateArchive } from "../src/domain/generate/generate.service.ts";
import { importFile } from "../src/domain/portability/import.service.ts";
import { HOUR_MS, hourBucket } from "../src/domain/views/views.repository.ts";
import { createViewsWindowRepository } from "../src/domain/views/views-window.repository.ts";
import { windowAt } from "../src/domain/views/views-window.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import { FIXTURE_FILE, FIXTURE_NOW, startTestSite, type TestSite, testDialects } from "./support/harness.ts";

const DAY_MS = 86_400_000;
const WORKER = new URL("./support/views-worker.ts", import.meta.url).pathname;

/** A clock the test moves. */
function movableClock(at: string) {
  let now = Date.parse(at);
  const clock: Clock = { now: () => new Date(now) };
  return { clock, set: (ms: number) => (now = ms), add: (ms: number) => (now += ms), get: () => now };
}

/** Another Warta on the site's database (its own connections), with its own clock and settings. */
async function sameDatabase(site: TestSite, clock: Clock, env: Record<string, string> = {}): Promise<Warta> {
  const config = loadConfig({
    WARTA_DATA_DIR: site.dataDir,
    DATABASE_URL: site.warta.config.databaseUrl ?? "",
    ...env,
  });
  return createWarta(config, { clock, migrate: false });
}

/** Views per article in the buckets overlapping [now − window, now], summed from every bucket. */
async function bucketSums(warta: Warta, windowMs: number, now: number): Promise<Map<number, number>> {
  const buckets = await warta.db.kysely
    .selectFrom("views_hourly")
    .select(["article_id", "hour", "count"])
    .execute();
  const sums = new Map<number, number>();
  for (const b of buckets) {
    const hour = Number(b.hour);
    if (hour > now - windowMs - HOUR_MS && hour <= now) {
      sums.set(b.article_id, (sums.get(b.article_id) ?? 0) + Number(b.count));
    }
  }
  return sums;
}

/** Populer worked out the slow way: every bucket summed, visible articles only, most viewed first. */
async function bruteForcePopular(warta: Warta, windowMs: number, now: number, limit: number) {
  const sums = await bucketSums(warta, windowMs, now);
  const articles = await warta.db.kysely
    .selectFrom("articles")
    .select(["id", "status", "published_at"])
    .execute();
  return articles
    .filter((a) => a.status === "published" && a.published_at !== null && Number(a.published_at) <= now)
    .filter((a) => (sums.get(a.id) ?? 0) > 0)
    .map((a) => ({ id: a.id, views: sums.get(a.id) ?? 0, publishedAt: Number(a.published_at) }))
    .sort((a, b) => b.views - a.views || b.publishedAt - a.publishedAt || b.id - a.id)
    .slice(0, limit)
    .map((a) => [a.id, a.views]);
}

async function popular(warta: Warta, limit = 50) {
  return (await warta.reading.popular(limit)).map((p) => [p.article.id, p.views]);
}

async function assertPopularIsExact(warta: Warta, message: string) {
  const windowMs = warta.config.lists.popularWindowDays * DAY_MS;
  const expected = await bruteForcePopular(warta, windowMs, warta.clock.now().getTime(), 50);
  assert.deepEqual(await popular(warta), expected, message);
}

/** The running sums as stored, and the hours they cover. */
async function storedWindow(warta: Warta) {
  const rows = await warta.db.kysely.selectFrom("views_window").select(["article_id", "views"]).execute();
  const state = await warta.db.kysely
    .selectFrom("views_window_state")
    .select(["oldest_hour", "newest_hour"])
    .executeTakeFirstOrThrow();
  return {
    sums: new Map(rows.map((r) => [r.article_id, Number(r.views)])),
    oldestHour: Number(state.oldest_hour),
    newestHour: Number(state.newest_hour),
  };
}

async function publishedIds(warta: Warta): Promise<number[]> {
  const rows = await warta.db.kysely
    .selectFrom("articles")
    .select("id")
    .where("status", "=", "published")
    .orderBy("id")
    .execute();
  return rows.map((r) => r.id);
}

for (const dialect of testDialects()) {
  describe(`Populer's running window (${dialect})`, () => {
    it("is filled by its migration from the buckets already stored", async () => {
      const site = await startTestSite(dialect);
      try {
        await importFile(site.warta.importDeps, FIXTURE_FILE);
        const now = Date.now();
        const ids = await publishedIds(site.warta);
        // Away from the window's ends, so the hour the migration runs in does not matter.
        const at = [now - DAY_MS, now - 3 * DAY_MS, now - 10 * DAY_MS, now + 2 * DAY_MS];
        await site.warta.repos.views.addViews(
          ids.flatMap((articleId, i) =>
            at.map((t, k) => ({ articleId, hour: hourBucket(t), count: i * 10 + k + 1 })),
          ),
        );
        // The database as it was before the migration.
        const k = site.warta.db.kysely;
        await k.schema.dropTable("views_window").execute();
        await k.schema.dropTable("views_window_state").execute();
        await sql`delete from kysely_migration where name = '202611260501_views_window'`.execute(k);

        assert.deepEqual(await migrateToLatest(site.warta.db), ["202611260501_views_window"]);
        const stored = await storedWindow(site.warta);
        assert.deepEqual(
          [stored.oldestHour, stored.newestHour],
          [hourBucket(now) - 7 * DAY_MS, hourBucket(now)],
        );
        const expected = await bucketSums(site.warta, 7 * DAY_MS, now);
        assert.equal(expected.size, ids.length);
        assert.deepEqual(
          [...stored.sums].sort((x, y) => x[0] - y[0]),
          [...expected].sort((x, y) => x[0] - y[0]),
        );
      } finally {
        await site.close();
      }
    });

    it("drops the views of an article deleted since an earlier flush found it, and stores the rest", async () => {
      const site = await startTestSite(dialect);
      try {
        await importFile(site.warta.importDeps, FIXTURE_FILE);
        const [gone, kept] = await publishedIds(site.warta);
        assert.ok(gone !== undefined && kept !== undefined);
        const views = site.warta.repos.views;
        const hour = hourBucket(Date.now());
        const batch = [
          { articleId: gone, hour, count: 2 },
          { articleId: kept, hour, count: 3 },
          { articleId: 987_654_321, hour, count: 5 },
        ];
        assert.equal(await views.addViews(batch), 5, "an unknown article's views are dropped");
        await site.warta.db.kysely.deleteFrom("articles").where("id", "=", gone).execute();
        assert.equal(
          await views.addViews(batch),
          3,
          "the deleted article's views are dropped, not the batch",
        );
        assert.equal(await views.addViews(batch), 3);
        const stored = await site.warta.db.kysely
          .selectFrom("views_hourly")
          .select(["article_id", "count"])
          .where("hour", "=", hour)
          .execute();
        assert.deepEqual(
          stored.map((r) => [r.article_id, Number(r.count)]),
          [[kept, 9]],
        );
      } finally {
        await site.close();
      }
    });

    it("lets requests run between the look-ups of a large flush, and stores every known article's views", async () => {
      const site = await startTestSite(dialect);
      try {
        await importFile(site.warta.importDeps, FIXTURE_FILE);
        const known = await publishedIds(site.warta);
        const hour = hourBucket(Date.now());
        // A worker's first flush after a spike: thousands of articles it has not looked up yet.
        const unknown = Array.from({ length: 3000 }, (_, i) => 900_000_000 + i);
        const batch = [...unknown, ...known].map((articleId) => ({ articleId, hour, count: 2 }));
        let answeredMeanwhile = false;
        const flushing = site.warta.repos.views.addViews(batch);
        setImmediate(() => {
          answeredMeanwhile = true;
        });
        let flushedFirst = true;
        const stored = await flushing.then((n) => {
          flushedFirst = !answeredMeanwhile;
          return n;
        });
        assert.equal(flushedFirst, false, "a request waiting on the event loop ran before the flush ended");
        assert.equal(stored, 2 * known.length);
      } finally {
        await site.close();
      }
    });

    it("equals a sum over every bucket across flushes, hour boundaries, jumps and a clock behind", async () => {
      const site = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW });
      const time = movableClock(FIXTURE_NOW);
      const ahead = movableClock(FIXTURE_NOW);
      const opened: Warta[] = [];
      try {
        await importFile(site.warta.importDeps, FIXTURE_FILE);
        const warta = await sameDatabase(site, time.clock);
        const early = await sameDatabase(site, ahead.clock);
        opened.push(warta, early);
        await assertPopularIsExact(warta, "after the import");
        const ids = await publishedIds(warta);
        assert.ok(ids.length >= 10);
        for (let step = 0; step < 8; step++) {
          // A quiet story climbs: several views a step, so the ranking changes as hours pass.
          for (const [i, id] of ids.entries()) {
            for (let n = 0; n < ((i * 7 + step) % 5) * (i === ids.length - 1 ? 400 : 1); n++) {
              warta.counter.record(id);
            }
          }
          await warta.counter.flush();
          await assertPopularIsExact(warta, `step ${step} at ${new Date(time.get()).toISOString()}`);
          time.add(25 * 60_000);
        }
        // A process whose clock runs two hours ahead counts views in an hour the window has not
        // reached: left out now, counted once when the window gets there.
        ahead.set(time.get() + 2 * HOUR_MS);
        for (let n = 0; n < 5000; n++) early.counter.record(ids[0] as number);
        await early.counter.flush();
        await assertPopularIsExact(warta, "views in a later hour are not counted yet");
        time.add(2 * HOUR_MS);
        await assertPopularIsExact(warta, "views in a later hour counted once their hour comes");
        time.add(5 * DAY_MS + 7 * HOUR_MS);
        await assertPopularIsExact(warta, "five days on");
        time.add(-3 * DAY_MS - 30 * 60_000);
        await assertPopularIsExact(warta, "a clock three days behind");
        time.add(40 * DAY_MS);
        assert.deepEqual(await popular(warta), [], "nothing read for a month");
        time.set(Date.parse(FIXTURE_NOW));
        await assertPopularIsExact(warta, "back where it started");
      } finally {
        for (const w of opened) await w.close();
        await site.close();
      }
    });

    it("follows a change of window length, and views imported later", async () => {
      const site = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW });
      const time = movableClock(FIXTURE_NOW);
      const opened: Warta[] = [];
      const dir = await mkdtemp(join(tmpdir(), "warta-views-"));
      try {
        await importFile(site.warta.importDeps, FIXTURE_FILE);
        const week = await sameDatabase(site, time.clock);
        const twoDays = await sameDatabase(site, time.clock, { WARTA_POPULAR_DAYS: "2" });
        opened.push(week, twoDays);
        await assertPopularIsExact(week, "seven days");
        const weekList = await popular(week);
        await assertPopularIsExact(twoDays, "two days");
        assert.notDeepEqual(await popular(twoDays), weekList, "the fixture ranks differently over two days");
        await assertPopularIsExact(week, "seven days again");

        const slugs = (
          await week.db.kysely
            .selectFrom("articles")
            .select("slug")
            .where("status", "=", "published")
            .execute()
        ).map((r) => r.slug);
        const now = time.get();
        const views = [
          { article: slugs[0], at: new Date(now - 30 * 60_000), count: 90_000 },
          { article: slugs[1], at: new Date(now - 6 * DAY_MS), count: 80_000 },
          { article: slugs[2], at: new Date(now - 9 * DAY_MS), count: 70_000 },
          { article: slugs[3], at: new Date(now + 3 * HOUR_MS), count: 60_000 },
        ];
        const file = join(dir, "views.ndjson");
        await writeFile(
          file,
          views.map((v) => JSON.stringify({ type: "views", ...v, at: v.at.toISOString() })).join("\n"),
        );
        const summary = await importFile(week.importDeps, file);
        assert.equal(summary.views, 300_000);
        await assertPopularIsExact(week, "after importing views");
        const top = await popular(week, 1);
        assert.deepEqual(top[0]?.[1], (await bucketSums(week, 7 * DAY_MS, now)).get(top[0]?.[0] as number));
        time.add(4 * HOUR_MS);
        await assertPopularIsExact(week, "the imported future hour has come");
        await assertPopularIsExact(twoDays, "two days, after the import");
      } finally {
        for (const w of opened) await w.close();
        await site.close();
        await rm(dir, { recursive: true, force: true });
      }
    });

    it("is current after warta generate", async () => {
      const site = await startTestSite(dialect, { WARTA_NOW: "2026-11-20T10:00:00+07:00" });
      try {
        await generateArchive(generateDeps(site.warta), { articles: 150, seed: 7 });
        const list = await popular(site.warta);
        assert.ok(list.length > 0, "the generated history fills Populer");
        await assertPopularIsExact(site.warta, "after generate");
      } finally {
        await site.close();
      }
    });

    it("moves the window once when two processes saw the same old hour", async () => {
      const site = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW });
      const time = movableClock(FIXTURE_NOW);
      const other = await sameDatabase(site, time.clock);
      try {
        await importFile(site.warta.importDeps, FIXTURE_FILE);
        const ids = await publishedIds(site.warta);
        const now = Date.parse(FIXTURE_NOW);
        const weekMs = 7 * DAY_MS;
        // Buckets in the hour that leaves and in the hour that enters.
        await site.warta.repos.views.addViews(
          ids.flatMap((articleId, i) => [
            { articleId, hour: hourBucket(now) - weekMs, count: 100 + i },
            { articleId, hour: hourBucket(now) + HOUR_MS, count: 10 * i + 1 },
          ]),
        );
        const a = createViewsWindowRepository(site.warta.db.kysely);
        const b = createViewsWindowRepository(other.db.kysely);
        const seen = await a.range();
        assert.deepEqual(await b.range(), seen);
        const next = windowAt(weekMs, now + HOUR_MS);
        const moved =
          dialect === "postgres"
            ? await Promise.all([a.move(seen, next), b.move(seen, next)])
            : [await a.move(seen, next), await b.move(seen, next)];
        assert.deepEqual(moved.filter(Boolean).length, 1, "one of them moved it; the other found it moved");
        const stored = await storedWindow(site.warta);
        assert.deepEqual(
          [...stored.sums].sort((x, y) => x[0] - y[0]),
          [...(await bucketSums(site.warta, weekMs, now + HOUR_MS))].sort((x, y) => x[0] - y[0]),
        );
        time.set(now + HOUR_MS);
        await assertPopularIsExact(other, "Populer in the next hour");
      } finally {
        await other.close();
        await site.close();
      }
    });

    it("keeps exact totals when two processes flush and move the window at the same time", async () => {
      const site = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW });
      try {
        await importFile(site.warta.importDeps, FIXTURE_FILE);
        const ids = await publishedIds(site.warta);
        const now = Date.parse(FIXTURE_NOW);
        const windowMs = 7 * DAY_MS;
        const leaving = hourBucket(now) - windowMs;
        // Views in the hour that leaves the window when the workers' hour begins: a move made
        // twice would take them away twice.
        await site.warta.repos.views.addViews(
          ids.map((articleId, i) => ({ articleId, hour: leaving, count: 1000 + i })),
        );
        await assertPopularIsExact(site.warta, "before the workers");
        const totalBefore = [...(await bucketSums(site.warta, 100 * DAY_MS, now + DAY_MS)).values()].reduce(
          (a, b) => a + b,
          0,
        );

        const later = now + HOUR_MS + 10 * 60_000;
        const env = {
          ...process.env,
          WARTA_DATA_DIR: site.dataDir,
          DATABASE_URL: site.warta.config.databaseUrl ?? "",
          WARTA_NOW: new Date(later).toISOString(),
        };
        const workers = [0, 1].map(() =>
          spawn(
            process.execPath,
            ["--import", "tsx", WORKER, JSON.stringify({ articleIds: ids, rounds: 12 })],
            {
              env,
              stdio: ["pipe", "pipe", "inherit"],
            },
          ),
        );
        const exited = workers.map((w) => new Promise((resolve) => w.once("exit", resolve)));
        const lines = workers.map((w) => createInterface({ input: w.stdout })[Symbol.asyncIterator]());
        for (const l of lines) assert.equal((await l.next()).value, "ready");
        for (const w of workers) w.stdin.write("go\n");
        const results = await Promise.all(
          lines.map(async (l) => JSON.parse(String((await l.next()).value)) as { recorded: number }),
        );
        assert.deepEqual(await Promise.all(exited), [0, 0]);

        const recorded = results.reduce((n, r) => n + r.recorded, 0);
        const totalAfter = [...(await bucketSums(site.warta, 100 * DAY_MS, later + DAY_MS)).values()].reduce(
          (a, b) => a + b,
          0,
        );
        assert.equal(totalAfter - totalBefore, recorded, "every view stored once");
        const stored = await storedWindow(site.warta);
        assert.deepEqual(
          [stored.oldestHour, stored.newestHour],
          [hourBucket(later) - windowMs, hourBucket(later)],
          "moved to the workers' hour",
        );
        assert.deepEqual(
          [...stored.sums].sort((a, b) => a[0] - b[0]),
          [...(await bucketSums(site.warta, windowMs, later))].sort((a, b) => a[0] - b[0]),
          "the running sums equal the buckets' sums, article by article",
        );
        const reader = await sameDatabase(site, { now: () => new Date(later) });
        try {
          await assertPopularIsExact(reader, "Populer at the workers' hour");
        } finally {
          await reader.close();
        }
      } finally {
        await site.close();
      }
    });
  });
}
