import { createHash, randomBytes } from "node:crypto";

/** Keys look like `wk_` + 32 url-safe random characters (192 bits): guessing one is hopeless. */
const KEY_PATTERN = /^wk_[A-Za-z0-9_-]{32}$/;

export interface NewApiKey {
  /** Shown once to the operator; never stored. */
  key: string;
  hash: string;
  prefix: string;
}

export function generateApiKey(): NewApiKey {
  const key = `wk_${randomBytes(24).toString("base64url")}`;
  return { key, hash: hashApiKey(key), prefix: key.slice(0, 10) };
}

/**
 * sha256, unsalted: the keys are long random strings, so a slow password hash buys nothing
 * and an exact-match lookup by hash stays one indexed query per request.
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function looksLikeApiKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}
