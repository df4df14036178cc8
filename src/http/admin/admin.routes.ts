import { mkdir } from "node:fs/promises";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { SiteConfig } from "../../config.ts";
import { ADMIN_DIST_DIR, type AdminManifest, ensureAdminAssets } from "./admin-assets.ts";
import { renderAdminShell } from "./admin-shell.ts";

export interface AdminAppOptions {
  site: SiteConfig;
  /** Where the built app comes from; tests and the default build it on demand. */
  assets?: () => Promise<AdminManifest>;
}

/**
 * The newsroom app's server side: one shell page for every /admin URL (the app routes in the
 * browser) and its content-hashed assets. The shell is never cached, so a deploy is picked up
 * on the next load; the assets never change under their names, so they are cached for a year.
 */
export async function adminApp(app: FastifyInstance, options: AdminAppOptions): Promise<void> {
  const load = options.assets ?? ensureAdminAssets;
  let manifest: Promise<AdminManifest> | null = null;
  const assets = (): Promise<AdminManifest> => {
    manifest ??= load().catch((err: unknown) => {
      manifest = null;
      throw err;
    });
    return manifest;
  };
  // Start building now (when the app is missing or stale) so the first visitor does not wait;
  // a failure here is reported by the first request instead of stopping the public site.
  assets().catch((err: unknown) => app.log.error({ err }, "building the newsroom app failed"));

  // The folder may not exist yet on a fresh checkout; the build above fills it.
  await mkdir(ADMIN_DIST_DIR, { recursive: true });
  await app.register(fastifyStatic, {
    root: ADMIN_DIST_DIR,
    prefix: "/admin/assets/",
    decorateReply: false,
    immutable: true,
    maxAge: "365d",
    index: false,
    preCompressed: true,
    wildcard: true,
  });

  const shellSchema = {
    schema: {
      params: { type: "object", properties: { "*": { type: "string", maxLength: 500 } } },
      response: { 200: { type: "string" } },
    },
  };
  const sendShell = async (_req: unknown, reply: FastifyReply) => {
    const html = renderAdminShell(await assets(), options.site);
    return reply
      .header("cache-control", "no-store")
      .header("content-security-policy", SHELL_CSP)
      .header("x-robots-tag", "noindex, nofollow")
      .type("text/html; charset=utf-8")
      .send(html);
  };
  app.get("/admin", shellSchema, sendShell);
  app.get("/admin/*", shellSchema, sendShell);
}

/**
 * The app runs only its own bundle: no inline or foreign scripts, so HTML that slipped into an
 * article body could not run here even if sanitising failed. Inline styles stay allowed because
 * the editor positions its menus with them.
 */
const SHELL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https: http:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join("; ");
