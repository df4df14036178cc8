// Builds the newsroom app (frontend/admin) into dist/admin: `npm run build:admin`.
// npm runs it after install (prepare); the server also builds it on start when it is missing.
import { ADMIN_DIST_DIR, buildAdminAssets } from "../src/http/admin/admin-assets.ts";

const started = performance.now();
const manifest = await buildAdminAssets();
const ms = Math.round(performance.now() - started);
console.log(`newsroom app built in ${ms} ms: ${ADMIN_DIST_DIR}${manifest.script}`);
