import { parseArgs } from "node:util";
import { createWarta } from "../app.ts";
import { loadConfig } from "../config.ts";
import { buildHttpServer } from "../http/server.ts";
import { seedDemoIfEmpty } from "./demo-content.ts";

/** Boot order: config → database (migrated) → demo content if asked and empty → HTTP → view flushing. */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { demo: { type: "boolean", default: false } } });
  const config = loadConfig();
  let app: Awaited<ReturnType<typeof buildHttpServer>> | null = null;
  const warta = await createWarta(config, { log: { error: (obj, msg) => app?.log.error(obj, msg) } });
  if (values.demo && (await seedDemoIfEmpty(warta))) console.log("Demo portal created in", config.dataDir);
  app = await buildHttpServer(warta, { logger: { level: config.logLevel } });
  warta.counter.start(config.views.flushIntervalMs);
  const server = app;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.log.info(`${signal}: closing; pending views are flushed before exit`);
    await server.close();
    await warta.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));

  const address = await server.listen({ port: config.port, host: config.host });
  const storage = config.databaseUrl ? "PostgreSQL" : config.dataDir;
  console.log(`Warta is listening on ${address} as ${config.site.publicUrl} (data: ${storage})`);
  return new Promise<number>(() => {});
}
