import type { FastifyInstance } from "fastify";
import type { SiteConfig } from "../../config.ts";
import { loadSharp } from "../../domain/media/load-sharp.ts";
import { LOGO_SIZE } from "./presenter.ts";
import { urls } from "./urls.ts";

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The publisher logo NewsArticle markup, feeds and social cards point at: the site name as a
 * wordmark (600×60, Google's publisher-logo box), drawn once per process from the config.
 */
export async function logoRoutes(app: FastifyInstance, deps: { site: SiteConfig }): Promise<void> {
  let png: Promise<Buffer> | null = null;
  const render = async () => {
    const { width, height } = LOGO_SIZE;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="8" y="46" font-family="DejaVu Serif, serif" font-weight="bold" font-size="44" fill="#a4001b">${escapeXml(deps.site.name)}</text>
</svg>`;
    const sharp = await loadSharp();
    return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  };
  // Browsers ask for /favicon.ico on every site; a 404 there is a console error on every page.
  let icon: Promise<Buffer> | null = null;
  const renderIcon = async () => {
    const letter = escapeXml((deps.site.name.trim()[0] ?? "W").toUpperCase());
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">
<rect width="100%" height="100%" rx="10" fill="#a4001b"/>
<text x="32" y="47" text-anchor="middle" font-family="DejaVu Serif, serif" font-weight="bold" font-size="44" fill="#ffffff">${letter}</text>
</svg>`;
    const sharp = await loadSharp();
    return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  };
  app.get("/favicon.ico", { schema: {} }, async (_req, reply) => {
    icon ??= renderIcon();
    return reply
      .type("image/png")
      .header("cache-control", "public, max-age=86400")
      .send(await icon);
  });

  app.get(urls.logo(), { schema: {} }, async (_req, reply) => {
    png ??= render();
    return reply
      .type("image/png")
      .header("cache-control", "public, max-age=86400")
      .send(await png);
  });
}
