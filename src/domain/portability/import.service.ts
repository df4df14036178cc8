import { readFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import type { Clock } from "../../clock.ts";
import type { BlobStore } from "../../storage/blob-store.ts";
import type { Repositories, UnitOfWork } from "../../storage/repositories.ts";
import type { ArticleStatus } from "../articles/article.types.ts";
import { sanitizeBody } from "../articles/sanitize-body.ts";
import type { EventBus } from "../events/event-bus.ts";
import { type ProcessedImage, storeImageWithVariants } from "../media/image-variants.ts";
import { buildSectionTree } from "../sections/section.types.ts";
import { slugify } from "../slug.ts";
import { hourBucket } from "../views/views.repository.ts";
import {
  type ArticleRecord,
  type AuthorRecord,
  ImportLineError,
  type ImportRecord,
  parseImportLine,
  type SectionRecord,
  type ViewsRecord,
} from "./import-records.ts";

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
  await announce(deps, written.changes);
  return written.summary;
}

interface ArticleChange {
  id: number;
  slug: string;
  sectionId: number;
  previousStatus: ArticleStatus | null;
  status: "draft" | "published";
  tagSlugs: string[];
  authorSlugs: string[];
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

interface ImportPlan {
  sections: SectionRecord[];
  authors: AuthorRecord[];
  articles: ArticleRecord[];
  views: ViewsRecord[];
}

function groupRecords(records: ImportRecord[], errors: ImportLineError[]): ImportPlan {
  const plan: ImportPlan = { sections: [], authors: [], articles: [], views: [] };
  const seen = new Map<string, number>();
  for (const r of records) {
    if (r.type === "views") {
      plan.views.push(r);
      continue;
    }
    const key = `${r.type}:${r.slug}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(new ImportLineError(r.line, `${r.type} "${r.slug}" is already defined on line ${first}`));
      continue;
    }
    seen.set(key, r.line);
    if (r.type === "section") plan.sections.push(r);
    else if (r.type === "author") plan.authors.push(r);
    else plan.articles.push(r);
  }
  return plan;
}

async function checkReferences(
  repos: Repositories,
  plan: ImportPlan,
  errors: ImportLineError[],
): Promise<void> {
  const existingSections = new Set((await repos.sections.all()).map((s) => s.slug));
  const fileSections = new Map(plan.sections.map((s) => [s.slug, s]));
  const sectionKnown = (slug: string) => fileSections.has(slug) || existingSections.has(slug);

  for (const s of plan.sections) {
    if (s.parent === null) continue;
    if (!sectionKnown(s.parent)) {
      errors.push(new ImportLineError(s.line, `unknown parent section "${s.parent}"`));
      continue;
    }
    // A parent chain inside the file must end at a root or at a section already stored.
    const chain = new Set([s.slug]);
    let at = fileSections.get(s.parent);
    while (at) {
      if (chain.has(at.slug)) {
        errors.push(new ImportLineError(s.line, `section "${s.slug}" is its own ancestor`));
        break;
      }
      chain.add(at.slug);
      at = at.parent ? fileSections.get(at.parent) : undefined;
    }
  }

  const authorSlugs = [...new Set(plan.articles.flatMap((a) => a.authors))];
  const storedAuthors = await repos.authors.idsBySlugs(
    authorSlugs.filter((a) => !plan.authors.some((x) => x.slug === a)),
  );
  const fileAuthors = new Set(plan.authors.map((a) => a.slug));
  for (const a of plan.articles) {
    if (!sectionKnown(a.section)) errors.push(new ImportLineError(a.line, `unknown section "${a.section}"`));
    for (const author of a.authors) {
      if (!fileAuthors.has(author) && !storedAuthors.has(author)) {
        errors.push(new ImportLineError(a.line, `unknown author "${author}"`));
      }
    }
    if (new Set(a.authors).size !== a.authors.length) {
      errors.push(new ImportLineError(a.line, "an author is listed twice"));
    }
  }

  const fileArticles = new Set(plan.articles.map((a) => a.slug));
  const viewSlugs = [...new Set(plan.views.map((v) => v.article))].filter((s) => !fileArticles.has(s));
  const storedArticles = await repos.articles.idsBySlugs(viewSlugs);
  for (const v of plan.views) {
    if (!fileArticles.has(v.article) && !storedArticles.has(v.article)) {
      errors.push(new ImportLineError(v.line, `unknown article "${v.article}"`));
    }
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

async function writeAll(
  repos: Repositories,
  plan: ImportPlan,
  images: Map<string, ProcessedImage & { fileName: string }>,
  now: number,
  options: ImportOptions,
): Promise<{ summary: ImportSummary; changes: ArticleChange[] }> {
  const shift = options.shiftMs ?? 0;
  const changes: ArticleChange[] = [];
  const total = plan.sections.length + plan.authors.length + plan.articles.length + plan.views.length;
  let done = 0;
  const tick = () => {
    done++;
    if (done % 200 === 0 || done === total) options.onProgress?.({ phase: "write", done, total });
  };

  // Parents before children: stored sections first, then file sections in dependency order.
  const sectionIds = new Map((await repos.sections.all()).map((s) => [s.slug, s.id]));
  const pending = [...plan.sections];
  while (pending.length > 0) {
    const ready = (s: SectionRecord) =>
      s.parent === null || (sectionIds.has(s.parent) && !pending.some((p) => p.slug === s.parent));
    const index = pending.findIndex(ready);
    const [s] = pending.splice(index === -1 ? 0 : index, 1);
    if (!s) break;
    const parentId = s.parent === null ? null : (sectionIds.get(s.parent) ?? null);
    sectionIds.set(
      s.slug,
      await repos.sections.upsertBySlug({ slug: s.slug, name: s.name, parentId, position: s.line }),
    );
    tick();
  }

  const authorIds = await repos.authors.idsBySlugs([...new Set(plan.articles.flatMap((a) => a.authors))]);
  for (const a of plan.authors) {
    authorIds.set(a.slug, await repos.authors.upsertBySlug({ slug: a.slug, name: a.name }));
    tick();
  }

  const articleIds = new Map<string, number>();
  const tagIds = new Map<string, number>();
  for (const a of plan.articles) {
    let mediaId: number | null = null;
    const img = a.image ? images.get(a.image.src) : undefined;
    if (a.image && img) {
      mediaId = await repos.media.ensure(
        {
          hash: img.hash,
          originalKey: img.originalKey,
          mime: img.mime,
          width: img.width,
          height: img.height,
          variants: img.variants,
          alt: a.image.alt ?? "",
          caption: a.image.caption,
          credit: a.image.credit,
          fileName: img.fileName,
        },
        now,
      );
    }
    const ids: number[] = [];
    const tagSlugs: string[] = [];
    for (const name of a.tags) {
      const slug = slugify(name);
      if (!slug) continue;
      if (!tagSlugs.includes(slug)) tagSlugs.push(slug);
      let id = tagIds.get(slug);
      if (id === undefined) {
        id = await repos.tags.ensure({ slug, name: name.trim() });
        tagIds.set(slug, id);
      }
      if (!ids.includes(id)) ids.push(id);
    }
    const publishedAt = a.publishedAt ? a.publishedAt.getTime() + shift : null;
    const sectionId = sectionIds.get(a.section) as number;
    const { id, previousStatus } = await repos.articles.upsertBySlug(
      {
        slug: a.slug,
        title: a.title.trim(),
        kicker: a.kicker,
        excerpt: a.excerpt,
        bodyHtml: sanitizeBody(a.body),
        sectionId,
        leadMediaId: mediaId,
        leadCaption: a.image?.caption ?? null,
        leadCredit: a.image?.credit ?? null,
        leadAlt: a.image?.alt ?? null,
        status: a.status,
        publishedAt,
        updatedAt: a.updatedAt ? a.updatedAt.getTime() + shift : (publishedAt ?? now),
        authorIds: a.authors.map((slug) => authorIds.get(slug) as number),
        tagIds: ids,
      },
      now,
    );
    articleIds.set(a.slug, id);
    changes.push({
      id,
      slug: a.slug,
      sectionId,
      previousStatus,
      status: a.status,
      tagSlugs,
      authorSlugs: a.authors,
    });
    tick();
  }

  const viewTargets = await repos.articles.idsBySlugs(
    [...new Set(plan.views.map((v) => v.article))].filter((s) => !articleIds.has(s)),
  );
  const batch = plan.views.map((v) => ({
    articleId: (articleIds.get(v.article) ?? viewTargets.get(v.article)) as number,
    hour: hourBucket(v.at.getTime() + shift),
    count: v.count,
  }));
  let views = 0;
  for (let i = 0; i < batch.length; i += 500) {
    views += await repos.views.addViews(batch.slice(i, i + 500));
    for (let j = 0; j < Math.min(500, batch.length - i); j++) tick();
  }
  const summary = {
    sections: plan.sections.length,
    authors: plan.authors.length,
    articles: plan.articles.length,
    views,
    images: new Set([...images.values()].map((i) => i.hash)).size,
  };
  return { summary, changes };
}

async function removeBlobs(blobs: BlobStore, keys: string[]): Promise<void> {
  await Promise.all(keys.map((k) => blobs.delete(k).catch(() => undefined)));
}
