// Bundles the server into dist/server/warta.js: `npm run build:server`. npm runs it after
// install (prepare). bin/warta.js runs the bundle when it is at least as new as every source
// file, and the TypeScript sources through tsx otherwise (while editing), so a forgotten build
// can only cost start-up time, never run stale code.
import { buildServerBundle } from "./server-bundle.ts";

const started = performance.now();
const { file, bytes } = await buildServerBundle();
const ms = Math.round(performance.now() - started);
console.log(`server bundled in ${ms} ms: ${file} (${Math.round(bytes / 1024)} KB)`);
