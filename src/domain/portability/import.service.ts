import { readFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import type { Clock } from "../../clock.ts";
import type { BlobStore } from "../../storage/blob-store.ts";
import type { Repositories, UnitOfWork } from "../../storage/repositories.ts";
import type { EventBus } from "../events/event-bus.ts";
import { type ProcessedImage, storeImageWithVariants } from "../media/image-variants.ts";
import { buildSectionTree } from "../sections/section.types.ts";
import { checkReferences, groupRecords } from "./import-plan.ts";
import { type ArticleRecord, ImportLineError, type ImportRecord, parseImportLine } from "./import-records.ts";
import { type ArticleChange, writeAll } from "./import-writer.ts";

export interface ImportProgress {
  phase: "read" | "images" | "write";
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Moves every date by this much (the demo uses it to look fresh). */
  shiftMs?: number;
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportSummary {
  sections: number;
  authors: number;
  articles: number;
  views: number;
  images: number;
}

/** Thrown when a file has bad lines; nothing of the file has been kept. */
export class ImportFailed extends Error {
  constructor(readonly errors: ImportLineError[]) {
    super(errors.map((e) => e.message).join("\n"));
  }
}

const MAX_REPORTED_ERRORS = 50;

export interface ImportDeps {
  repos: Repositories;
  transaction: UnitOfWork;
  blobs: BlobStore;
  clock: Clock;
  events: EventBus;
}

/**
 * Imports an NDJSON file: every line is checked and every reference resolved before anything is
 * written; the writes run in one transaction, so a bad file changes nothing. Records are matched
 * by slug: a re-import updates, never duplicates.
 */
export async function importFile(
  deps: ImportDeps,
  filePath: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const text = await readFile(filePath, "utf8");
  const lines = text.split(/\r?\n/);
  const errors: ImportLineError[] = [];
  const records: ImportRecord[] = [];
  for (const [i, raw] of lines.entries()) {
    if (raw.trim() === "") continue;
    try {
      records.push(parseImportLine(raw, i + 1));
    } catch (err) {
      if (!(err instanceof ImportLineError)) throw err;
      errors.push(err);
    }
    if (i % 1000 === 0) options.onProgress?.({ phase: "read", done: i + 1, total: lines.length });
  }
  const plan = groupRecords(records, errors);
  await checkReferences(deps.repos, plan, errors);
  if (errors.length > 0) throw new ImportFailed(errors.slice(0, MAX_REPORTED_ERRORS));

  const images = await processImages(deps.blobs, dirname(resolve(filePath)), plan.articles, errors, options);
  const created = [...images.values()].flatMap((img) => img.createdKeys);
  if (errors.length > 0) {
    await removeBlobs(deps.blobs, created);
    throw new ImportFailed(errors.slice(0, MAX_REPORTED_ERRORS));
  }
  let written: { summary: ImportSummary; changes: ArticleChange[] };
  try {
    written = await deps.transaction((repos) =>
      writeAll(repos, plan, images, deps.clock.now().getTime(), options),
    );
  } catch (err) {
    await removeBlobs(deps.blobs, created);
    throw err;
  }
  // Sections first: the article events below are described with the new section tree.
  if (plan.sections.length > 0)
    await deps.events.publish({ type: "sections.changed", at: deps.clock.now().getTime() });
  await announce(deps, written.changes);
  return written.summary;
}

/** After commit: tell subscribers (caches, search) what changed. Drafts that stay drafts are nobody's business. */
async function announce(deps: ImportDeps, changes: ArticleChange[]): Promise<void> {
  if (changes.length === 0) return;
  const tree = buildSectionTree(await deps.repos.sections.all());
  const at = deps.clock.now().getTime();
  for (const c of changes) {
    const wasPublished = c.previousStatus === "published";
    const type =
      c.status === "published"
        ? wasPublished
          ? "article.updated"
          : "article.published"
        : wasPublished
          ? "article.unpublished"
          : null;
    if (!type) continue;
    await deps.events.publish({
      type,
      articleId: c.id,
      slug: c.slug,
      sectionSlugs: tree.path(c.sectionId).map((s) => s.slug),
      tagSlugs: c.tagSlugs,
      authorSlugs: c.authorSlugs,
      at,
    });
  }
}

async function processImages(
  blobs: BlobStore,
  baseDir: string,
  articles: ArticleRecord[],
  errors: ImportLineError[],
  options: ImportOptions,
): Promise<Map<string, ProcessedImage & { fileName: string }>> {
  const bySrc = new Map<string, ProcessedImage & { fileName: string }>();
  const withImages = articles.filter((a) => a.image);
  let done = 0;
  for (const article of withImages) {
    const src = article.image?.src ?? "";
    const path = resolve(baseDir, src);
    if (!bySrc.has(path)) {
      try {
        const bytes = await readFile(path);
        bySrc.set(path, { ...(await storeImageWithVariants(blobs, bytes)), fileName: basename(path) });
      } catch (err) {
        const reason =
          (err as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (err as Error).message;
        errors.push(new ImportLineError(article.line, `unreadable image "${src}": ${reason}`));
      }
    }
    options.onProgress?.({ phase: "images", done: ++done, total: withImages.length });
  }
  // Key by the record's own src so writeAll can find it without resolving paths again.
  const out = new Map<string, ProcessedImage & { fileName: string }>();
  for (const article of withImages) {
    const img = bySrc.get(resolve(baseDir, article.image?.src ?? ""));
    if (img) out.set(article.image?.src ?? "", img);
  }
  return out;
}

async function removeBlobs(blobs: BlobStore, keys: string[]): Promise<void> {
  await Promise.all(keys.map((k) => blobs.delete(k).catch(() => undefined)));
}
