import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { PACKAGE_ROOT } from "../../package-root.ts";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The newsroom app's sources and where its built, content-hashed files go (git-ignored). */
export const ADMIN_SOURCE_DIR = join(PACKAGE_ROOT, "frontend/admin/");
export const ADMIN_DIST_DIR = join(PACKAGE_ROOT, "dist/admin/");

/** Which hashed files the shell page must load. Written last, so its presence means a complete build. */
export interface AdminManifest {
  script: string;
  styles: string[];
  builtAt: string;
}

const MANIFEST = "manifest.json";
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } };

/**
 * Bundles frontend/admin with esbuild into hashed files plus a manifest. Files are written
 * to a temporary name and renamed, so a server reading the folder never sees half a file even
 * when two processes build at once.
 */
export async function buildAdminAssets(
  options: { sourceDir?: string; outDir?: string; minify?: boolean } = {},
): Promise<AdminManifest> {
  const sourceDir = options.sourceDir ?? ADMIN_SOURCE_DIR;
  const outDir = options.outDir ?? ADMIN_DIST_DIR;
  const { build } = await import("esbuild"); // a build tool: loaded only when a build is needed
  const result = await build({
    entryPoints: { admin: join(sourceDir, "main.tsx") },
    bundle: true,
    format: "esm",
    splitting: false,
    target: ["es2022", "chrome110", "firefox110", "safari16"],
    jsx: "automatic",
    jsxImportSource: "preact",
    minify: options.minify ?? true,
    sourcemap: false,
    entryNames: "[name]-[hash]",
    assetNames: "[name]-[hash]",
    outdir: outDir,
    write: false,
    metafile: true,
    legalComments: "none",
    logLevel: "silent",
  });
  await mkdir(outDir, { recursive: true });
  for (const file of result.outputFiles) {
    // Precompressed beside the original, so a phone on a slow line downloads a fraction of it.
    await writeAtomically(`${file.path}.br`, await brotli(file.contents, BROTLI));
    await writeAtomically(`${file.path}.gz`, await gzipAsync(file.contents, { level: 9 }));
    await writeAtomically(file.path, file.contents);
  }
  const names = result.outputFiles.map((f) => basename(f.path));
  const script = names.find((n) => n.endsWith(".js"));
  if (!script) throw new Error("esbuild produced no script for the newsroom app");
  const manifest: AdminManifest = {
    script,
    styles: names.filter((n) => n.endsWith(".css")),
    builtAt: new Date().toISOString(),
  };
  await writeAtomically(join(outDir, MANIFEST), JSON.stringify(manifest, null, 2));
  await pruneOldBuilds(outDir, new Set(names));
  return manifest;
}

/**
 * Removes earlier builds' files. Ones younger than an hour stay: a browser may still hold a
 * shell page that points at them.
 */
async function pruneOldBuilds(outDir: string, keep: Set<string>): Promise<void> {
  const cutoff = Date.now() - 60 * 60 * 1000;
  for (const name of await readdir(outDir)) {
    const base = name.replace(/\.(br|gz)$/, "");
    if (name === MANIFEST || keep.has(base) || name.endsWith(".tmp")) continue;
    const path = join(outDir, name);
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Date.now() }));
    if (mtimeMs < cutoff) await rm(path, { force: true });
  }
}

/** The last build's manifest, or null when there is none or the sources changed since. */
export async function readFreshManifest(
  sourceDir = ADMIN_SOURCE_DIR,
  outDir = ADMIN_DIST_DIR,
): Promise<AdminManifest | null> {
  let builtAt: number;
  let manifest: AdminManifest;
  try {
    const path = join(outDir, MANIFEST);
    builtAt = (await stat(path)).mtimeMs;
    manifest = JSON.parse(await readFile(path, "utf8")) as AdminManifest;
  } catch {
    return null;
  }
  // A checkout without sources (a deployed bundle) trusts the build it has.
  const newestSource = await newestMtime(sourceDir).catch(() => 0);
  return newestSource > builtAt ? null : manifest;
}

/** The manifest, building the app first when it is missing or older than its sources. */
export async function ensureAdminAssets(): Promise<AdminManifest> {
  return (await readFreshManifest()) ?? (await buildAdminAssets());
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const m = entry.isDirectory() ? await newestMtime(path) : (await stat(path)).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

async function writeAtomically(path: string, contents: Uint8Array | string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, contents);
  await rename(tmp, path);
}
