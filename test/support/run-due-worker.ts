/**
 * A separate worker process for the scheduling test: opens the site given by the environment,
 * runs the due jobs once and prints what it did (jobs run, events seen) as one JSON line.
 */
import { createWarta } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";

const warta = await createWarta(loadConfig());
const events: string[] = [];
warta.events.subscribe((e) => {
  events.push(`${e.type}:${e.articleId}`);
});
// Start together: each waits for the go file the test writes once both are ready.
process.stdout.write("ready\n");
await new Promise<void>((resolve) => process.stdin.once("data", () => resolve()));
const done = await warta.newsroom.jobs.runDue();
process.stdout.write(`${JSON.stringify({ done, events })}\n`);
await warta.close();
process.exit(0);
