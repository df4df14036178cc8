import { resolve } from "node:path";
import { createWarta } from "../app.ts";
import { loadConfig } from "../config.ts";
import { exportArchive } from "../domain/portability/export.service.ts";

export async function exportCommand(args: string[]): Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) {
    console.error("usage: warta export FILE.ndjson   (images are written to media/ beside FILE)");
    return 2;
  }
  const warta = await createWarta(loadConfig());
  try {
    const s = await exportArchive(warta.repos, warta.blobs, resolve(file));
    console.log(
      `Exported ${s.articles} articles, ${s.sections} sections, ${s.authors} authors, ${s.images} images, ${s.views} view buckets to ${file}`,
    );
    return 0;
  } finally {
    await warta.close();
  }
}
