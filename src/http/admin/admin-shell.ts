import type { SiteConfig } from "../../config.ts";
import type { AdminManifest } from "./admin-assets.ts";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The one HTML page behind every /admin URL: the app's hashed assets and a mount point. */
export function renderAdminShell(manifest: AdminManifest, site: SiteConfig): string {
  const name = escapeHtml(site.name);
  const styles = manifest.styles
    .map((file) => `<link rel="stylesheet" href="/admin/assets/${escapeHtml(file)}">`)
    .join("");
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="theme-color" content="#a4001b">
<title>Ruang Redaksi · ${name}</title>
${styles}
<script type="module" src="/admin/assets/${escapeHtml(manifest.script)}"></script>
</head>
<body>
<div id="app" data-site-name="${name}" data-public-url="${escapeHtml(site.publicUrl)}" data-time-zone="${escapeHtml(site.timeZone)}" data-zone-label="${escapeHtml(site.timeZoneLabel)}"><p class="boot">Memuat ruang redaksi…</p></div>
<noscript><p class="boot">Ruang redaksi memerlukan JavaScript. Aktifkan JavaScript di peramban Anda.</p></noscript>
</body>
</html>
`;
}
