import { parseArgs } from "node:util";
import { createWarta, type Warta } from "../app.ts";
import { loadConfig } from "../config.ts";
import { createGenerateRepository } from "../domain/generate/generate.repository.ts";
import {
  type GenerateDeps,
  type GenerateProgress,
  generateArchive,
} from "../domain/generate/generate.service.ts";
import { Conflict } from "../errors.ts";
import { unitOfWork } from "../storage/repositories.ts";
import { progressBar } from "./progress.ts";

/** What the generator needs from a running Warta: its repositories, a bulk writer, blobs and clock. */
export function generateDeps(warta: Warta): GenerateDeps {
  return {
    repos: warta.repos,
    transaction: unitOfWork(warta.db),
    bulk: createGenerateRepository(warta.db.kysely, warta.db.dialect),
    blobs: warta.blobs,
    clock: warta.clock,
  };
}

const USAGE = "usage: warta generate --articles N [--seed S]";

/** `warta generate`: fills an empty archive with N generated articles (for benchmarks and trials). */
export async function generateCommand(args: string[]): Promise<number> {
  let values: { articles?: string; seed?: string };
  try {
    ({ values } = parseArgs({ args, options: { articles: { type: "string" }, seed: { type: "string" } } }));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const articles = Number(values.articles);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isSafeInteger(articles) || articles < 1 || !Number.isSafeInteger(seed) || seed < 0) {
    console.error(`--articles must be a whole number above 0 and --seed a whole number\n${USAGE}`);
    return 2;
  }
  const warta = await createWarta(loadConfig());
  const labels = { articles: "artikel", views: "dibaca" } as const;
  let phase: GenerateProgress["phase"] | null = null;
  let bar = progressBar(labels.articles);
  const started = performance.now();
  try {
    const summary = await generateArchive(generateDeps(warta), {
      articles,
      seed,
      onProgress: (p) => {
        if (phase !== p.phase) {
          bar.stop();
          bar = progressBar(labels[p.phase]);
          phase = p.phase;
        }
        bar.update(p.done, p.total);
      },
    });
    bar.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Generated ${summary.articles} articles (${summary.published} published) in ${seconds} s: ` +
        `${summary.sections} sections, ${summary.authors} authors, ${summary.tags} tags, ` +
        `${summary.images} images, ${summary.views} views in ${summary.viewBuckets} hourly buckets`,
    );
    return 0;
  } catch (err) {
    bar.stop();
    if (err instanceof Conflict) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    await warta.close();
  }
}
