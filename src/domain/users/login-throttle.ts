import type { ThrottleRecord } from "./user.repository.ts";

/**
 * Failures counted within this window; reaching a limit locks the key for the same time (the
 * counting itself is one upsert in the user repository, safe under simultaneous attempts).
 */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const ACCOUNT_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 20;

export const accountKey = (email: string) => `account:${email}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/** Milliseconds until the latest lock among `records` ends, or 0 when none is in force. */
export function lockedFor(records: ThrottleRecord[], now: number): number {
  return Math.max(0, ...records.map((r) => (r.lockedUntil !== null ? r.lockedUntil - now : 0)));
}
