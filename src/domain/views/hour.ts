export const HOUR_MS = 3_600_000;

/** The start of the hour holding `at` (epoch ms): the key of a views bucket. */
export function hourBucket(at: number): number {
  return at - (at % HOUR_MS);
}
