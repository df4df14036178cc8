import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The directory holding Warta's package.json: where the demo content, the stylesheet and the
 * newsroom app's files are. Found by walking up from this module, so it is the same whether the
 * code runs from src/ (through tsx) or from the bundle in dist/server/.
 */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "warta") return dir;
    if (dirname(dir) === dir) throw new Error(`Warta's package.json not found above ${start}`);
  }
}
