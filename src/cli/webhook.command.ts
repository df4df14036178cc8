import { parseArgs } from "node:util";
import { createWarta } from "../app.ts";
import { loadConfig } from "../config.ts";
import { WEBHOOK_EVENTS } from "../domain/webhooks/webhook.types.ts";
import { Invalid } from "../errors.ts";

const USAGE = `usage:
  warta webhook add URL --events ${WEBHOOK_EVENTS.join(",")}   (prints the signing secret once)
  warta webhook list
  warta webhook remove ID
  warta webhook deliveries ID     the delivery log: status, attempts, status codes`;

/** `warta webhook …`: outgoing webhooks, the same settings the newsroom's /api/admin/webhooks edits. */
export async function webhookCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { events: { type: "string" } },
  });
  const warta = await createWarta(loadConfig());
  try {
    if (action === "add" && positionals.length === 1 && values.events) {
      const events = values.events
        .split(",")
        .map((e) => e.trim())
        .filter(Boolean);
      try {
        const { id, secret } = await warta.webhooks.add(positionals[0] ?? "", events);
        console.log(`Webhook ${id} added. Its signing secret (shown once):\n${secret}`);
        return 0;
      } catch (err) {
        if (!(err instanceof Invalid)) throw err;
        console.error(err.message);
        return 2;
      }
    }
    if (action === "list") {
      const hooks = await warta.webhooks.list();
      if (hooks.length === 0) console.log("No webhooks.");
      for (const h of hooks)
        console.log(`${h.id}\t${h.active ? "active" : "paused"}\t${h.events.join(",")}\t${h.url}`);
      return 0;
    }
    if ((action === "remove" || action === "deliveries") && positionals.length === 1) {
      const id = Number(positionals[0]);
      if (action === "remove") {
        const done = Number.isInteger(id) && (await warta.webhooks.remove(id));
        console.log(done ? `Webhook ${id} removed.` : `No webhook ${positionals[0]}.`);
        return done ? 0 : 1;
      }
      for (const d of await warta.webhooks.deliveries(id)) {
        const codes = d.log.map((a) => a.statusCode ?? "—").join(" ");
        console.log(
          `${d.id}\t${d.event}\t${d.status}\t${d.attempts} attempt(s)\tcodes: ${codes}\t${d.lastError ?? ""}`,
        );
      }
      return 0;
    }
    console.error(USAGE);
    return 2;
  } finally {
    await warta.close();
  }
}
