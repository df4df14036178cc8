import type { Kysely, Selectable } from "kysely";
import type { Database, WebhookDeliveryTable } from "../../storage/schema.ts";
import type { Delivery, DeliveryAttempt, Webhook, WebhookEvent } from "./webhook.types.ts";

const toDelivery = (r: Selectable<WebhookDeliveryTable>): Delivery => ({
  id: r.id,
  webhookId: r.webhook_id,
  event: r.event,
  payload: r.payload,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: Number(r.next_attempt_at),
  lastStatusCode: r.last_status_code,
  lastError: r.last_error,
  createdAt: Number(r.created_at),
  finishedAt: r.finished_at === null ? null : Number(r.finished_at),
});

/**
 * All SQL of webhooks and their deliveries. Deliveries are a work queue: a worker claims a due
 * row with a conditional UPDATE (a lease in `locked_until`), so each attempt runs on one worker
 * and a crashed worker's rows come back once the lease runs out.
 */
export function createWebhookRepository(db: Kysely<Database>) {
  return {
    async create(input: {
      url: string;
      secret: string;
      events: WebhookEvent[];
      now: number;
    }): Promise<number> {
      const row = await db
        .insertInto("webhooks")
        .values({
          url: input.url,
          secret: input.secret,
          events: input.events.join(","),
          created_at: input.now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async list(): Promise<Webhook[]> {
      const rows = await db
        .selectFrom("webhooks")
        .select(["id", "url", "events", "active", "created_at"])
        .orderBy("id")
        .execute();
      return rows.map((r) => ({
        id: r.id,
        url: r.url,
        events: r.events.split(",").filter(Boolean) as WebhookEvent[],
        active: Number(r.active) === 1,
        createdAt: Number(r.created_at),
      }));
    },

    async remove(id: number): Promise<boolean> {
      const res = await db.deleteFrom("webhooks").where("id", "=", id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    /** Active webhooks subscribed to an event, with their secrets (for the worker only). */
    async subscribersOf(event: WebhookEvent): Promise<{ id: number }[]> {
      const rows = await db.selectFrom("webhooks").select(["id", "events"]).where("active", "=", 1).execute();
      return rows.filter((r) => r.events.split(",").includes(event)).map((r) => ({ id: r.id }));
    },

    async enqueue(
      items: { webhookId: number; event: string; payload: string }[],
      now: number,
    ): Promise<void> {
      if (items.length === 0) return;
      await db
        .insertInto("webhook_deliveries")
        .values(
          items.map((i) => ({
            webhook_id: i.webhookId,
            event: i.event,
            payload: i.payload,
            status: "pending" as const,
            next_attempt_at: now,
            created_at: now,
          })),
        )
        .execute();
    },

    /** Claims up to `limit` due deliveries for `worker` until `leaseUntil`; returns those it won. */
    async claimDue(
      now: number,
      worker: string,
      leaseUntil: number,
      limit: number,
    ): Promise<(Delivery & { url: string; secret: string })[]> {
      const candidates = await db
        .selectFrom("webhook_deliveries")
        .select("id")
        .where("status", "=", "pending")
        .where("next_attempt_at", "<=", now)
        .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now)]))
        .orderBy("next_attempt_at")
        .limit(limit)
        .execute();
      const won: number[] = [];
      for (const { id } of candidates) {
        const res = await db
          .updateTable("webhook_deliveries")
          .set({ locked_until: leaseUntil, locked_by: worker })
          .where("id", "=", id)
          .where("status", "=", "pending")
          .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now)]))
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 1) won.push(id);
      }
      if (won.length === 0) return [];
      const rows = await db
        .selectFrom("webhook_deliveries as d")
        .innerJoin("webhooks as w", "w.id", "d.webhook_id")
        .selectAll("d")
        .select(["w.url", "w.secret"])
        .where("d.id", "in", won)
        .orderBy("d.id")
        .execute();
      return rows.map((r) => ({ ...toDelivery(r), url: r.url, secret: r.secret }));
    },

    /** Logs one attempt and moves the delivery on: delivered, retried later, or failed for good. */
    async finishAttempt(input: {
      id: number;
      worker: string;
      attempt: DeliveryAttempt;
      outcome: { status: "delivered" | "failed" } | { status: "pending"; nextAttemptAt: number };
    }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("webhook_attempts")
          .values({
            delivery_id: input.id,
            at: input.attempt.at,
            status_code: input.attempt.statusCode,
            error: input.attempt.error,
            duration_ms: input.attempt.durationMs,
          })
          .execute();
        const done = input.outcome.status !== "pending";
        await trx
          .updateTable("webhook_deliveries")
          .set((eb) => ({
            status: input.outcome.status,
            attempts: eb("attempts", "+", 1),
            last_status_code: input.attempt.statusCode,
            last_error: input.attempt.error,
            locked_until: null,
            locked_by: null,
            ...(input.outcome.status === "pending" ? { next_attempt_at: input.outcome.nextAttemptAt } : {}),
            ...(done ? { finished_at: input.attempt.at } : {}),
          }))
          .where("id", "=", input.id)
          .where("locked_by", "=", input.worker)
          .execute();
      });
    },

    /** The delivery log of one webhook, newest first, each with its attempts. */
    async deliveriesOf(webhookId: number, limit: number): Promise<(Delivery & { log: DeliveryAttempt[] })[]> {
      const rows = await db
        .selectFrom("webhook_deliveries")
        .selectAll()
        .where("webhook_id", "=", webhookId)
        .orderBy("id", "desc")
        .limit(limit)
        .execute();
      if (rows.length === 0) return [];
      const attempts = await db
        .selectFrom("webhook_attempts")
        .selectAll()
        .where(
          "delivery_id",
          "in",
          rows.map((r) => r.id),
        )
        .orderBy("id")
        .execute();
      return rows.map((r) => ({
        ...toDelivery(r),
        log: attempts
          .filter((a) => a.delivery_id === r.id)
          .map((a) => ({
            at: Number(a.at),
            statusCode: a.status_code,
            error: a.error,
            durationMs: a.duration_ms,
          })),
      }));
    },
  };
}

export type WebhookRepository = ReturnType<typeof createWebhookRepository>;
