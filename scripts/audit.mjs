#!/usr/bin/env node
// `npm run audit`: Lighthouse 12.2.3 (mobile preset) on the home page and an article of the demo
// portal, in Debian's Chromium. Starts its own Warta on a fresh data dir and a free port, prints
// the four category scores per page and exits 1 when any is below the target (95).
// Not part of `npm test`: it takes about a minute and scores move a little between runs.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const TARGET = 95;
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function startWarta(dataDir, port) {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["bin/warta.js", "serve", "--demo"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      WARTA_DATA_DIR: dataDir,
      WARTA_PUBLIC_URL: base,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { child, base };
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error("Warta did not start within two minutes");
}

const dataDir = await mkdtemp(join(tmpdir(), "warta-audit-"));
const { child, base } = await startWarta(dataDir, await freePort());
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  chromeFlags: CHROME_FLAGS,
});
let failed = false;
try {
  const home = await (await fetch(`${base}/`)).text();
  const article = home.match(/href="(\/baca\/[^"]+)"/)?.[1];
  if (!article) throw new Error("no article link on the home page");
  const rows = [];
  for (const [name, path] of [
    ["home", "/"],
    ["article", article],
  ]) {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
    });
    const lhr = result.lhr;
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    );
    rows.push({ page: name, ...scores });
    for (const c of CATEGORIES) {
      if (scores[c] === 100) continue;
      if (scores[c] < TARGET) failed = true;
      const misses = lhr.categories[c].auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
        .map((ref) => `${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`);
      const verdict = scores[c] < TARGET ? `below ${TARGET}` : "not perfect";
      console.error(`${name} ${c} ${scores[c]} (${verdict}): ${misses.join(", ")}`);
    }
  }
  console.log(
    `Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, mobile preset`,
  );
  console.table(rows);
} finally {
  await chrome.kill();
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
