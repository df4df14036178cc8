import type { LocalRateLimiter, RateDecision, RateLimiter } from "../domain/api-keys/rate-limiter.ts";
import { type PrimaryLink, primaryLink, type WorkerHub } from "./links.ts";

/**
 * The content API's rate limits across a cluster's workers: the buckets live in the primary and
 * each worker asks it (links.ts), so a key allowed 600 requests a minute gets 600 from the whole
 * site, not 600 per worker. One message each way per API request.
 *
 * If the primary does not answer within `timeoutMs` (it is busy or going away), the worker
 * decides alone with its own buckets rather than hold the reader's request.
 */
type RateMessage =
  | { warta: "rate-take"; id: number; client: string; limit: number }
  | { warta: "rate-decision"; id: number; decision: RateDecision };

function isRateMessage(msg: unknown): msg is RateMessage {
  const tag = typeof msg === "object" && msg !== null ? (msg as { warta?: unknown }).warta : undefined;
  return tag === "rate-take" || tag === "rate-decision";
}

/** A worker's limiter: asks the primary, falls back to `fallback` when it does not answer. */
export function workerRateLimiter(
  fallback: LocalRateLimiter,
  timeoutMs = 1_000,
  link: PrimaryLink = primaryLink(),
): RateLimiter {
  const waiting = new Map<number, (d: RateDecision) => void>();
  let seq = 0;
  link.onMessage((msg: unknown) => {
    if (!isRateMessage(msg) || msg.warta !== "rate-decision") return;
    waiting.get(msg.id)?.(msg.decision);
    waiting.delete(msg.id);
  });
  return {
    take(client, limit) {
      if (!link.connected) return fallback.take(client, limit);
      const id = ++seq;
      return new Promise<RateDecision>((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          resolve(fallback.take(client, limit));
        }, timeoutMs);
        timer.unref();
        waiting.set(id, (decision) => {
          clearTimeout(timer);
          resolve(decision);
        });
        link.send({ warta: "rate-take", id, client, limit } satisfies RateMessage);
      });
    },
  };
}

/** In the primary: answers the workers' questions from one set of buckets. */
export function serveClusterRateLimits(hub: WorkerHub, limiter: LocalRateLimiter): void {
  hub.onMessage((worker, msg: unknown) => {
    if (!isRateMessage(msg) || msg.warta !== "rate-take") return;
    if (!worker.isConnected()) return;
    const decision = limiter.take(msg.client, msg.limit);
    worker.send({ warta: "rate-decision", id: msg.id, decision } satisfies RateMessage);
  });
}
