import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Clock } from "../../clock.ts";
import type { CatalogRepository } from "../catalog/catalog.repository.ts";

/** How long a preview link works. It also needs a staff session, so a leaked link alone shows nothing. */
export const PREVIEW_TTL_MS = 24 * 3_600_000;
const SECRET_KEY = "preview_secret";

/**
 * Signed preview links (`/pratinjau/:id?exp=…&sig=…`). The key is made once per site and kept in
 * the settings table, so every worker and node signs and checks alike without configuration.
 */
export function createPreviewLinks(catalog: CatalogRepository, clock: Clock) {
  let secret: Promise<string> | null = null;
  const key = () => {
    secret ??= catalog
      .settingOnce(SECRET_KEY, randomBytes(32).toString("base64url"))
      .catch((err: unknown) => {
        secret = null;
        throw err;
      });
    return secret;
  };
  const sign = async (id: number, exp: number) =>
    createHmac("sha256", await key())
      .update(`preview:${id}:${exp}`)
      .digest("base64url");

  return {
    async link(id: number): Promise<{ url: string; expiresAt: Date }> {
      const exp = clock.now().getTime() + PREVIEW_TTL_MS;
      return { url: `/pratinjau/${id}?exp=${exp}&sig=${await sign(id, exp)}`, expiresAt: new Date(exp) };
    },

    async verify(id: number, exp: number, sig: string): Promise<boolean> {
      if (!Number.isSafeInteger(exp) || exp < clock.now().getTime()) return false;
      const expected = Buffer.from(await sign(id, exp));
      const given = Buffer.from(sig);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

export type PreviewLinks = ReturnType<typeof createPreviewLinks>;
