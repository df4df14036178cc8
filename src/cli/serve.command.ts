import { parseArgs } from "node:util";
import { createWarta } from "../app.ts";
import { loadConfig } from "../config.ts";
import { buildHttpServer } from "../http/server.ts";
import { seedDemoIfEmpty } from "./demo-content.ts";

/**
 * Boot order: config → database (migrated) → demo content if asked and empty → first admin of an
 * empty site → missed scheduled publishes → HTTP → view flushing and the job runner.
 */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { demo: { type: "boolean", default: false } } });
  const config = loadConfig();
  let app: Awaited<ReturnType<typeof buildHttpServer>> | null = null;
  const warta = await createWarta(config, { log: { error: (obj, msg) => app?.log.error(obj, msg) } });
  if (values.demo && (await seedDemoIfEmpty(warta))) console.log("Demo portal created in", config.dataDir);
  const firstAdmin = await warta.newsroom.users.ensureFirstAdmin(config.newsroom.firstAdminEmail);
  if (firstAdmin) {
    // Printed once, to the terminal only (never to the log): the site has no default password.
    console.log(
      `First admin created: ${firstAdmin.user.email}\nPassword (shown once, change it after signing in): ${firstAdmin.password}\nSign in at ${config.site.publicUrl}/admin`,
    );
  }
  // Scheduled publishes missed while no process ran go out before the first request is served.
  await warta.newsroom.jobs.runDue();
  app = await buildHttpServer(warta, { logger: { level: config.logLevel } });
  warta.counter.start(config.views.flushIntervalMs);
  warta.newsroom.jobs.start();
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
