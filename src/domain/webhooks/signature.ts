import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** A new signing secret for a webhook, shown once to the operator. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64url")}`;
}

/**
 * `X-Warta-Signature: t=<unix seconds>,sha256=<hex>`: HMAC-SHA256 with the webhook's secret over
 * `<t>.<body>`. The timestamp inside the signed text lets receivers refuse replays of old deliveries.
 */
export function signatureHeader(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac("sha256", secret).update(`${unixSeconds}.${body}`).digest("hex");
  return `t=${unixSeconds},sha256=${mac}`;
}

/** What a receiver does: recompute and compare in constant time. Exported for tests and docs. */
export function verifySignature(secret: string, body: string, header: string): boolean {
  const m = /^t=(\d+),sha256=([0-9a-f]{64})$/.exec(header);
  if (!m?.[1] || !m[2]) return false;
  const expected = signatureHeader(secret, body, Number(m[1])).split("sha256=")[1] ?? "";
  return timingSafeEqual(Buffer.from(expected, "hex"), Buffer.from(m[2], "hex"));
}
