#!/usr/bin/env node
// The `warta` command. It runs the bundle dist/server/warta.js (made by `npm run build`, which
// npm runs on install) when the bundle is at least as new as every file under src/; otherwise
// (while editing, or with WARTA_FROM_SOURCE=1) the TypeScript sources through tsx's loader.
import { existsSync, readdirSync, statSync } from "node:fs";

const bundle = new URL("../dist/server/warta.js", import.meta.url);

/** The newest modification time of the files under `dir` that go into the bundle (tests do not). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (!entry.isDirectory() && /\.test\.tsx?$/.test(entry.name)) continue;
    const t = entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    if (t > latest) latest = t;
  }
  return latest;
}

function bundleIsCurrent() {
  if (process.env.WARTA_FROM_SOURCE === "1" || !existsSync(bundle)) return false;
  return statSync(bundle).mtimeMs >= newest(new URL("../src", import.meta.url).pathname);
}

let main;
if (bundleIsCurrent()) {
  ({ main } = await import(bundle.href));
} else {
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: new URL("../tsconfig.json", import.meta.url).pathname });
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
