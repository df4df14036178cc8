import type { Clock } from "../../clock.ts";

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until one request is allowed again (0 when allowed). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Decides whether a client may make one more request. In one process the buckets are local; in
 * a cluster the workers ask the primary (src/cluster/cluster-rate-limiter.ts), so a key's limit
 * holds for the whole site, not per worker.
 */
export interface RateLimiter {
  take(client: string, limit: number): RateDecision | Promise<RateDecision>;
}

/**
 * Token buckets per client (API key id or, without a key, the address): `limit` requests a
 * minute, refilled continuously, bursts up to `limit`. In memory, in the process that owns them.
 */
export function createRateLimiter(clock: Clock, maxClients = 50_000) {
  const buckets = new Map<string, Bucket>();

  return {
    take(client: string, limit: number): RateDecision {
      const now = clock.now().getTime();
      const perMs = limit / 60_000;
      const b = buckets.get(client) ?? { tokens: limit, at: now };
      b.tokens = Math.min(limit, b.tokens + Math.max(0, now - b.at) * perMs);
      b.at = now;
      buckets.delete(client);
      buckets.set(client, b); // most recently used last: the map's order is an LRU
      if (buckets.size > maxClients) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return { allowed: true, limit, remaining: Math.floor(b.tokens), retryAfterSeconds: 0 };
      }
      return {
        allowed: false,
        limit,
        remaining: 0,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000)),
      };
    },
  };
}

export type LocalRateLimiter = ReturnType<typeof createRateLimiter>;
