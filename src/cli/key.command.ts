import { parseArgs } from "node:util";
import { createWarta } from "../app.ts";
import { loadConfig } from "../config.ts";
import { generateApiKey } from "../domain/api-keys/api-key.ts";

const USAGE = `usage:
  warta key add --name NAME [--rate N]   create a content API key (printed once); N requests a minute
  warta key list                          list keys (never the keys themselves)
  warta key revoke ID                     stop a key from working`;

/** `warta key …`: content API keys for third-party apps. The key is printed once and only its hash is kept. */
export async function keyCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { name: { type: "string" }, rate: { type: "string" } },
  });
  if (action === "add") {
    const name = values.name?.trim();
    const rate = values.rate === undefined ? null : Number(values.rate);
    if (!name || (rate !== null && (!Number.isInteger(rate) || rate < 1))) {
      console.error(USAGE);
      return 2;
    }
    return withWarta(async (warta) => {
      const key = generateApiKey();
      const id = await warta.repos.apiKeys.create({
        name,
        hash: key.hash,
        prefix: key.prefix,
        ratePerMinute: rate,
        now: warta.clock.now().getTime(),
      });
      console.log(`Key ${id} "${name}" created. Store it now; it is not shown again:\n${key.key}`);
      return 0;
    });
  }
  if (action === "list") {
    return withWarta(async (warta) => {
      const keys = await warta.repos.apiKeys.list();
      if (keys.length === 0) console.log("No API keys.");
      for (const k of keys) {
        const state = k.revokedAt ? "revoked" : "active";
        const used = k.lastUsedAt ? new Date(k.lastUsedAt).toISOString() : "never";
        console.log(
          `${k.id}\t${k.prefix}…\t${state}\t${k.ratePerMinute ?? "default"}/min\tlast used ${used}\t${k.name}`,
        );
      }
      return 0;
    });
  }
  if (action === "revoke" && positionals.length === 1) {
    const id = Number(positionals[0]);
    return withWarta(async (warta) => {
      const done =
        Number.isInteger(id) && (await warta.repos.apiKeys.revoke(id, warta.clock.now().getTime()));
      console.log(done ? `Key ${id} revoked.` : `No active key ${positionals[0]}.`);
      return done ? 0 : 1;
    });
  }
  console.error(USAGE);
  return 2;
}

async function withWarta(
  work: (warta: Awaited<ReturnType<typeof createWarta>>) => Promise<number>,
): Promise<number> {
  const warta = await createWarta(loadConfig());
  try {
    return await work(warta);
  } finally {
    await warta.close();
  }
}
