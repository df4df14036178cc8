import { exactTags } from "./cache-tags.ts";

export interface CdnPurger {
  /** Queues tags for purging; returns at once. Tags queued close together go in one call. */
  purge(tags: readonly string[]): void;
  /** Sends what is queued now (retries still run in the background). */
  flush(): Promise<void>;
  /** Sends what is queued, once; retries still waiting are given up. */
  stop(): Promise<void>;
}

export interface CdnPurgerOptions {
  url: string;
  /** Sent as `Authorization: Bearer …` (Cloudflare's API token; other CDNs take a proxy). */
  token: string | null;
  log: { warn(obj: unknown, msg?: string): void; error(obj: unknown, msg?: string): void };
  fetch?: typeof fetch;
  /** Quiet time before queued tags are sent together. */
  batchDelayMs?: number;
  /** Cloudflare takes at most 30 tags per call. */
  maxTagsPerCall?: number;
  attempts?: number;
  firstRetryMs?: number;
}

/**
 * Purges tags at a CDN, in the background: `POST url` with `{"tags": [...]}` (Cloudflare's
 * purge-by-tag body) and the same tags space-separated in `Surrogate-Key` (Fastly's). Failures
 * are retried with doubling waits, then logged; nothing waits for the CDN, since its copies
 * expire on their own after `s-maxage` anyway.
 */
export function createCdnPurger(options: CdnPurgerOptions): CdnPurger {
  const send = options.fetch ?? fetch;
  const batchDelayMs = options.batchDelayMs ?? 50;
  const perCall = options.maxTagsPerCall ?? 30;
  const attempts = options.attempts ?? 5;
  const firstRetryMs = options.firstRetryMs ?? 1000;
  const queued = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  async function call(tags: string[]): Promise<void> {
    const res = await send(options.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "surrogate-key": tags.join(" "),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`CDN purge answered ${res.status}`);
  }

  async function deliver(tags: string[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await call(tags);
        return;
      } catch (err) {
        if (attempt >= attempts || stopped) {
          options.log.error({ err, tags }, "CDN purge failed; the CDN's copies expire after s-maxage");
          return;
        }
        options.log.warn({ err, attempt }, "CDN purge failed; retrying");
        await new Promise((r) => setTimeout(r, firstRetryMs * 2 ** (attempt - 1)).unref());
      }
    }
  }

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const tags = [...queued];
    queued.clear();
    const calls: Promise<void>[] = [];
    for (let i = 0; i < tags.length; i += perCall) calls.push(deliver(tags.slice(i, i + perCall)));
    return Promise.all(calls).then(() => undefined);
  }

  return {
    purge(tags) {
      if (stopped) return;
      for (const t of exactTags(tags)) queued.add(t);
      if (!timer && queued.size > 0) {
        timer = setTimeout(() => void flush(), batchDelayMs);
        timer.unref();
      }
    },
    flush,
    async stop() {
      stopped = true;
      await flush();
    },
  };
}
