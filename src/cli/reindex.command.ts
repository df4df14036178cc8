import { createWarta } from "../app.ts";
import { loadConfig } from "../config.ts";
import { progressBar } from "./progress.ts";

/** `warta reindex`: rebuilds the search index and its vocabulary from the stored articles. */
export async function reindexCommand(args: string[]): Promise<number> {
  if (args.length > 0) {
    console.error("usage: warta reindex");
    return 2;
  }
  const warta = await createWarta(loadConfig());
  const bar = progressBar("indeks");
  try {
    const started = performance.now();
    const count = await warta.search.reindex((done, total) => bar.update(done, total));
    bar.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Indexed ${count} articles for search in ${seconds} s.`);
    return 0;
  } finally {
    bar.stop();
    await warta.close();
  }
}
