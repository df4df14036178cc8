/**
 * A separate serving process for the Populer window test: opens the site given by the
 * environment (WARTA_NOW is its clock), waits for a line on stdin, then runs rounds of counting
 * views of the given articles, flushing them and reading Populer (which moves the window when
 * the hour changed), and prints how many views it counted as one JSON line.
 *
 * argv: a JSON object { articleIds: number[], rounds: number }.
 */
import { createWarta } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";

const { articleIds, rounds } = JSON.parse(process.argv[2] ?? "{}") as {
  articleIds: number[];
  rounds: number;
};
const warta = await createWarta(loadConfig(), { migrate: false });
process.stdout.write("ready\n");
await new Promise<void>((resolve) => process.stdin.once("data", () => resolve()));
let recorded = 0;
for (let round = 0; round < rounds; round++) {
  for (const [i, id] of articleIds.entries()) {
    for (let n = 0; n <= (round + i) % 3; n++) {
      warta.counter.record(id);
      recorded++;
    }
  }
  await warta.counter.flush();
  await warta.reading.popular();
}
await warta.close();
process.stdout.write(`${JSON.stringify({ recorded })}\n`);
process.exit(0);
