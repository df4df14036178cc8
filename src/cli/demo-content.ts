import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Warta } from "../app.ts";
import { importFile } from "../domain/portability/import.service.ts";
import { HOUR_MS } from "../domain/views/views.repository.ts";
import { PACKAGE_ROOT } from "../package-root.ts";

const DEMO_DIR = join(PACKAGE_ROOT, "demo/");

/**
 * Fills an empty site with the demo portal. The demo files carry fixed dates; they are moved
 * forward by whole hours so the newest story is from the last hour and Populer has views.
 */
export async function seedDemoIfEmpty(warta: Warta): Promise<boolean> {
  if ((await warta.repos.articles.count()) > 0) return false;
  const files = (await readdir(DEMO_DIR)).filter((f) => f.endsWith(".ndjson")).sort();
  let newest = 0;
  for (const f of files) {
    for (const m of (await readFile(DEMO_DIR + f, "utf8")).matchAll(/"publishedAt":\s*"([^"]+)"/g)) {
      newest = Math.max(newest, Date.parse(m[1] ?? ""));
    }
  }
  const shiftMs = Math.floor((warta.clock.now().getTime() - newest) / HOUR_MS) * HOUR_MS;
  for (const f of files) await importFile(warta.importDeps, DEMO_DIR + f, { shiftMs });
  return true;
}
