/**
 * The Populer scenario: what computing the most-read list costs on an existing archive, the old
 * way (summing every hourly bucket of the window) and from the running window (views_window),
 * plus what keeping the window costs: the move into a new hour, a rebuild, a flush. Run directly:
 *
 *   node --import tsx bench/popular.ts --archive DIR
 *
 * It migrates the archive and writes to it (the window is moved back a day and forward again,
 * a flush adds views to existing articles): run it on a copy. Every call blocks the event loop
 * for its whole time (better-sqlite3 is synchronous), so these are also the stalls a serving
 * process sees.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createWarta } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { HOUR_MS, hourBucket } from "../src/domain/views/views.repository.ts";

const { values } = parseArgs({ options: { archive: { type: "string" } } });
if (!values.archive) {
  console.error("usage: node --import tsx bench/popular.ts --archive DIR");
  process.exit(2);
}
const warta = await createWarta(loadConfig({ ...process.env, WARTA_DATA_DIR: values.archive }));
const views = warta.repos.views;
const windowMs = warta.config.lists.popularWindowDays * 86_400_000;
const limit = warta.config.lists.popularLimit;
const now = warta.clock.now().getTime();

async function timings(runs: number, work: (i: number) => Promise<unknown>): Promise<string> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work(i);
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => (ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] as number).toFixed(3);
  return `p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms (${runs} runs)`;
}

const old = await views.topInWindow(now - windowMs, now, limit, now);
const current = await views.mostReadInWindow(windowMs, limit, now);
console.log(
  `load average ${loadavg()[0]?.toFixed(1)}; same list both ways: ${JSON.stringify(old) === JSON.stringify(current)}`,
);
console.log(
  `summing the window's buckets: ${await timings(15, () => views.topInWindow(now - windowMs, now, limit, now))}`,
);
console.log(
  `reading the running window:  ${await timings(2000, () => views.mostReadInWindow(windowMs, limit, now))}`,
);
console.log(`reading.popular() in full:   ${await timings(2000, () => warta.reading.popular())}`);
await views.prepareWindow(windowMs, now - 24 * HOUR_MS);
console.log(
  `moving into the next hour:   ${await timings(24, (i) => views.mostReadInWindow(windowMs, limit, now - (23 - i) * HOUR_MS))}`,
);
console.log(`rebuilding the window:       ${await timings(3, () => views.rebuildWindow())}`);
const top = current.map((t) => t.articleId);
console.log(
  `a flush of ${top.length * 40} views:      ${await timings(100, () =>
    views.addViews(top.map((articleId) => ({ articleId, hour: hourBucket(now), count: 40 }))),
  )}`,
);
await warta.close();
