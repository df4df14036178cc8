import { randomBytes } from "node:crypto";
import type { Clock } from "../../clock.ts";
import { Invalid } from "../../errors.ts";
import type { ArticleEvent, EventBus } from "../events/event-bus.ts";
import { fetchPost, type HttpPost } from "./http-post.ts";
import { generateWebhookSecret, signatureHeader } from "./signature.ts";
import type { WebhookRepository } from "./webhook.repository.ts";
import {
  isWebhookEvent,
  MAX_ATTEMPTS,
  retryDelayMs,
  WEBHOOK_EVENTS,
  type WebhookEvent,
} from "./webhook.types.ts";

export interface WebhookServiceDeps {
  repo: WebhookRepository;
  clock: Clock;
  /** Absolute canonical URL of an article page. */
  articleUrl: (slug: string) => string;
  log: { error(obj: unknown, msg?: string): void };
  post?: HttpPost;
  /** How long a claimed delivery belongs to this worker. */
  leaseMs?: number;
  timeoutMs?: number;
}

const BATCH = 20;

/**
 * Outgoing webhooks. Publishing only writes delivery rows (after the article's commit); sending
 * happens in the worker, from the table, so a slow or dead receiver never holds up the newsroom,
 * and a restart picks up where it stopped. Several processes may run workers: the lease on each
 * row makes every attempt happen once.
 */
export function createWebhookService(deps: WebhookServiceDeps) {
  const { repo, clock } = deps;
  const post = deps.post ?? fetchPost;
  const leaseMs = deps.leaseMs ?? 60_000;
  const timeoutMs = deps.timeoutMs ?? 10_000;
  const worker = `${process.pid}-${randomBytes(4).toString("hex")}`;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  function validate(url: string, events: string[]): WebhookEvent[] {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Invalid("bad_url", "URL webhook tidak valid.");
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
      throw new Invalid("bad_url", "URL webhook harus http(s).");
    }
    const unknown = events.filter((e) => !isWebhookEvent(e));
    if (events.length === 0 || unknown.length > 0) {
      throw new Invalid("bad_events", `Peristiwa yang dikenal: ${WEBHOOK_EVENTS.join(", ")}.`);
    }
    return [...new Set(events)] as WebhookEvent[];
  }

  async function enqueue(event: ArticleEvent): Promise<void> {
    if (!isWebhookEvent(event.type)) return;
    const hooks = await repo.subscribersOf(event.type);
    if (hooks.length === 0) return;
    const now = clock.now().getTime();
    const payload = JSON.stringify({
      event: event.type,
      occurredAt: new Date(event.at).toISOString(),
      article: {
        id: event.articleId,
        slug: event.slug,
        url: deps.articleUrl(event.slug),
        sections: event.sectionSlugs,
        tags: event.tagSlugs,
        authors: event.authorSlugs,
      },
    });
    await repo.enqueue(
      hooks.map((h) => ({ webhookId: h.id, event: event.type, payload })),
      now,
    );
  }

  /** Sends everything due now (one try each); returns how many attempts were made. */
  async function runDue(): Promise<number> {
    let made = 0;
    for (;;) {
      const now = clock.now().getTime();
      const batch = await repo.claimDue(now, worker, now + leaseMs, BATCH);
      if (batch.length === 0) return made;
      await Promise.all(
        batch.map(async (d) => {
          const at = clock.now().getTime();
          const started = performance.now();
          let statusCode: number | null = null;
          let error: string | null = null;
          try {
            const res = await post(
              d.url,
              d.payload,
              {
                "content-type": "application/json",
                "user-agent": "Warta-Webhooks/1",
                "x-warta-event": d.event,
                "x-warta-delivery": String(d.id),
                "x-warta-signature": signatureHeader(d.secret, d.payload, Math.floor(at / 1000)),
              },
              timeoutMs,
            );
            statusCode = res.status;
            if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
          } catch (err) {
            error = err instanceof Error ? err.message.slice(0, 500) : String(err);
          }
          const attempts = d.attempts + 1;
          const outcome =
            error === null
              ? ({ status: "delivered" } as const)
              : attempts >= MAX_ATTEMPTS
                ? ({ status: "failed" } as const)
                : ({ status: "pending", nextAttemptAt: at + retryDelayMs(attempts) } as const);
          await repo.finishAttempt({
            id: d.id,
            worker,
            attempt: { at, statusCode, error, durationMs: Math.round(performance.now() - started) },
            outcome,
          });
          made++;
        }),
      );
    }
  }

  const tick = () => {
    if (running) return;
    running = runDue()
      .catch((err) => {
        deps.log.error({ err }, "webhook deliveries failed");
        return 0;
      })
      .finally(() => {
        running = null;
      });
  };

  return {
    validate,
    async add(url: string, events: string[]): Promise<{ id: number; secret: string }> {
      const valid = validate(url, events);
      const secret = generateWebhookSecret();
      const id = await repo.create({ url, secret, events: valid, now: clock.now().getTime() });
      return { id, secret };
    },
    list: () => repo.list(),
    remove: (id: number) => repo.remove(id),
    deliveries: (id: number, limit = 50) => repo.deliveriesOf(id, limit),
    enqueue,
    runDue,

    /** Writes deliveries for every article event (awaited: a row, no network) and nudges the worker. */
    subscribe(events: EventBus): () => void {
      return events.subscribe(async (event) => {
        await enqueue(event);
        if (timer) tick();
      });
    },

    /** Polls for due deliveries (retries, and rows other processes wrote). */
    start(intervalMs = 5_000): void {
      if (timer) return;
      timer = setInterval(tick, intervalMs);
      timer.unref();
      tick();
    },

    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
