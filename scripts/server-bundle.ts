import { rm } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import { PACKAGE_ROOT } from "../src/package-root.ts";

export const SERVER_BUNDLE_DIR = join(PACKAGE_ROOT, "dist/server");

/**
 * Bundles the server (src/cli/main.ts and everything it imports) into `outdir`/warta.js, an ES
 * module exporting `main`. bin/warta.js runs it when it is newer than every file under src/.
 */
export async function buildServerBundle(
  outdir = SERVER_BUNDLE_DIR,
): Promise<{ file: string; bytes: number }> {
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { warta: join(PACKAGE_ROOT, "src/cli/main.ts") },
    absWorkingDir: PACKAGE_ROOT,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Pure-JS dependencies are bundled too: one file to read and compile instead of hundreds
    // (Kysely alone is 400 modules), which halves start-up. Native addons and build tools stay
    // in node_modules and load as they are.
    external: ["better-sqlite3", "sharp", "pg", "pg-native", "esbuild", "tsx", "tsx/*"],
    jsx: "automatic",
    jsxImportSource: "preact",
    outdir,
    // Each command (and what only it needs) in a chunk of its own, loaded when asked for: a
    // cluster's primary never loads the code that renders pages.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    // Bundled CommonJS packages require node's built-ins; an ES module needs a require for them.
    banner: {
      js: 'import { createRequire as __wartaRequire } from "node:module"; const require = __wartaRequire(import.meta.url);',
    },
    // Readable stack traces without source maps: names kept, one comment per source file.
    minify: false,
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
  });
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  return { file: join(outdir, "warta.js"), bytes };
}
