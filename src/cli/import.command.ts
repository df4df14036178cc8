import { resolve } from "node:path";
import { createWarta } from "../app.ts";
import { loadConfig } from "../config.ts";
import { ImportFailed, type ImportProgress, importFile } from "../domain/portability/import.service.ts";
import { progressBar } from "./progress.ts";

export async function importCommand(args: string[]): Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) {
    console.error("usage: warta import FILE.ndjson");
    return 2;
  }
  const warta = await createWarta(loadConfig());
  const bars = new Map<ImportProgress["phase"], ReturnType<typeof progressBar>>();
  const labels = { read: "membaca", images: "gambar", write: "menulis" } as const;
  try {
    const summary = await importFile(warta.importDeps, resolve(file), {
      onProgress: (p) => {
        let bar = bars.get(p.phase);
        if (!bar) {
          for (const b of bars.values()) b.stop();
          bar = progressBar(labels[p.phase]);
          bars.set(p.phase, bar);
        }
        bar.update(p.done, p.total);
      },
    });
    for (const b of bars.values()) b.stop();
    console.log(
      `Imported ${summary.articles} articles, ${summary.sections} sections, ${summary.authors} authors, ${summary.images} images, ${summary.views} views from ${file}`,
    );
    return 0;
  } catch (err) {
    for (const b of bars.values()) b.stop();
    if (err instanceof ImportFailed) {
      console.error(`${file}: nothing was imported; fix these lines and run again:`);
      for (const e of err.errors) console.error(`  ${file}:${e.line}: ${e.reason}`);
      return 1;
    }
    throw err;
  } finally {
    await warta.close();
  }
}
