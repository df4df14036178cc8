import type { ThrottleRecord } from "./user.repository.ts";

/** Failures counted within this window; reaching a limit locks the key for the same time. */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const ACCOUNT_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 20;

export const accountKey = (email: string) => `account:${email}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/** Milliseconds until the latest lock among `records` ends, or 0 when none is in force. */
export function lockedFor(records: ThrottleRecord[], now: number): number {
  return Math.max(0, ...records.map((r) => (r.lockedUntil !== null ? r.lockedUntil - now : 0)));
}

/** The record after one more failure: a new window when the old one is over, a lock at the limit. */
export function afterFailure(
  key: string,
  previous: ThrottleRecord | undefined,
  limit: number,
  now: number,
): ThrottleRecord {
  const fresh = !previous || now - previous.windowStart >= THROTTLE_WINDOW_MS;
  const failures = fresh ? 1 : previous.failures + 1;
  const windowStart = fresh ? now : previous.windowStart;
  return { key, failures, windowStart, lockedUntil: failures >= limit ? now + THROTTLE_WINDOW_MS : null };
}
