/** Events an outgoing webhook may subscribe to. */
export const WEBHOOK_EVENTS = ["article.published", "article.updated", "article.unpublished"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export function isWebhookEvent(value: string): value is WebhookEvent {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

export interface Webhook {
  id: number;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  createdAt: number;
}

export type DeliveryStatus = "pending" | "delivered" | "failed";

export interface Delivery {
  id: number;
  webhookId: number;
  event: string;
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: number;
  finishedAt: number | null;
}

export interface DeliveryAttempt {
  at: number;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** How many times a delivery is tried before it is marked failed (the last try is hours after the first). */
export const MAX_ATTEMPTS = 12;

/**
 * Wait before try `attempt + 1`, after `attempt` failed tries: 30 s, 1, 2, 4, … minutes, capped
 * at an hour. With MAX_ATTEMPTS tries a receiver that is down keeps being retried for about
 * five hours, well past the hour the contract promises.
 */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
}
