import type { PushConfig } from "../../config.ts";
import type { ArticleEvent, EventBus } from "../events/event-bus.ts";
import { fetchPost, type HttpPost } from "../webhooks/http-post.ts";

export interface PushLinks {
  article(slug: string): string;
  siteFeed(): string;
  sectionFeed(slug: string): string;
  tagFeed(slug: string): string;
  authorFeed(slug: string): string;
  /** Where IndexNow engines fetch our key file to check we own the host. */
  indexNowKeyFile(key: string): string;
}

export interface PushDeps {
  config: PushConfig;
  links: PushLinks;
  log: { warn?(obj: unknown, msg?: string): void; error(obj: unknown, msg?: string): void };
  post?: HttpPost;
  /** Waits between tries; the last is given up and logged. */
  retryDelaysMs?: number[];
}

const PUSHED = new Set(["article.published", "article.updated", "article.unpublished"]);

/**
 * Tells the outside world a story changed, without holding up the writer: WebSub hubs get the
 * feeds that list the article (so subscribers fetch them now instead of polling), IndexNow
 * endpoints get the article's URL. Both are configured by the operator; none by default.
 * Failures are retried a few times in the background, then logged; nothing here is durable,
 * since the next publish pings again and crawlers still read the sitemaps.
 */
export function createPushService(deps: PushDeps) {
  const { config, links } = deps;
  const post = deps.post ?? fetchPost;
  const delays = deps.retryDelaysMs ?? [2_000, 10_000, 60_000];
  const inFlight = new Set<Promise<void>>();

  async function withRetries(what: string, send: () => Promise<{ status: number }>): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      let problem: unknown;
      try {
        const res = await send();
        if (res.status >= 200 && res.status < 300) return;
        problem = `HTTP ${res.status}`;
      } catch (err) {
        problem = err;
      }
      const wait = delays[attempt];
      if (wait === undefined) {
        deps.log.error({ err: problem, target: what }, "push notification gave up");
        return;
      }
      await new Promise((r) => setTimeout(r, wait).unref());
    }
  }

  function feedsOf(event: ArticleEvent): string[] {
    return [
      links.siteFeed(),
      ...event.sectionSlugs.map(links.sectionFeed),
      ...event.tagSlugs.map(links.tagFeed),
      ...event.authorSlugs.map(links.authorFeed),
    ];
  }

  async function push(event: ArticleEvent): Promise<void> {
    const jobs: Promise<void>[] = [];
    for (const hub of config.websubHubs) {
      for (const feed of feedsOf(event)) {
        const body = new URLSearchParams({ "hub.mode": "publish", "hub.url": feed }).toString();
        jobs.push(
          withRetries(hub, () =>
            post(hub, body, { "content-type": "application/x-www-form-urlencoded" }, 10_000),
          ),
        );
      }
    }
    if (config.indexNowKey) {
      const url = links.article(event.slug);
      const body = JSON.stringify({
        host: new URL(url).host,
        key: config.indexNowKey,
        keyLocation: links.indexNowKeyFile(config.indexNowKey),
        urlList: [url],
      });
      for (const endpoint of config.indexNowEndpoints) {
        jobs.push(
          withRetries(endpoint, () =>
            post(endpoint, body, { "content-type": "application/json; charset=utf-8" }, 10_000),
          ),
        );
      }
    }
    await Promise.all(jobs);
  }

  return {
    enabled: config.websubHubs.length > 0 || config.indexNowEndpoints.length > 0,
    /** Starts pings for each article event and returns at once. */
    subscribe(events: EventBus): () => void {
      return events.subscribe((event) => {
        if (!PUSHED.has(event.type)) return;
        if (config.websubHubs.length === 0 && config.indexNowEndpoints.length === 0) return;
        const p = push(event).catch((err) => deps.log.error({ err }, "push notification failed"));
        inFlight.add(p);
        void p.finally(() => inFlight.delete(p));
      });
    },
    /** Resolves when every ping started so far is done (tests, shutdown). */
    async idle(): Promise<void> {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

export type PushService = ReturnType<typeof createPushService>;
