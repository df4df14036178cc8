import type { Clock } from "../../clock.ts";
import { Conflict } from "../../errors.ts";
import type { BlobStore } from "../../storage/blob-store.ts";
import type { Repositories, UnitOfWork } from "../../storage/repositories.ts";
import { type ProcessedImage, storeImageWithVariants } from "../media/image-variants.ts";
import { slugify } from "../slug.ts";
import type { HourlyViews } from "../views/views.repository.ts";
import {
  archiveSpanMs,
  planAuthors,
  planTags,
  publishTime,
  SECTIONS,
  sectionPicker,
  VIEW_HISTORY_MS,
  viewHistory,
} from "./archive-plan.ts";
import type { GeneratedArticleRow, GenerateRepository } from "./generate.repository.ts";
import { IndonesianWriter } from "./indonesian-text.ts";
import { FIRST_NAMES, LAST_NAMES, TOPICS } from "./indonesian-words.ts";
import { makeLeadImages } from "./lead-images.ts";
import { Random } from "./random.ts";

export interface GenerateDeps {
  repos: Repositories;
  transaction: UnitOfWork;
  bulk: GenerateRepository;
  blobs: BlobStore;
  clock: Clock;
}

export interface GenerateProgress {
  phase: "articles" | "views";
  done: number;
  total: number;
}

export interface GenerateOptions {
  articles: number;
  seed: number;
  onProgress?: (p: GenerateProgress) => void;
}

export interface GenerateSummary {
  articles: number;
  published: number;
  sections: number;
  authors: number;
  tags: number;
  images: number;
  viewBuckets: number;
  views: number;
}

const LEAD_IMAGES = 6;
/** Articles per transaction: large enough that commits cost nothing, small enough to stay in memory. */
const ARTICLES_PER_TRANSACTION = 5_000;
const VIEW_BUCKETS_PER_TRANSACTION = 50_000;
const DRAFT_SHARE = 0.003;

/**
 * Fills an empty archive with a realistic newsroom's output: the section tree, reporters, many
 * tags, shared lead photos, N articles of generated Indonesian text spread over years up to the
 * clock's now, and the recent weeks' hourly view counts. The same seed, size and clock give the
 * same archive. Bodies are our own safe HTML, so they skip the import sanitiser.
 */
export async function generateArchive(
  deps: GenerateDeps,
  options: GenerateOptions,
): Promise<GenerateSummary> {
  const existing = await deps.repos.articles.count();
  if (existing > 0) {
    throw new Conflict(
      "archive_not_empty",
      `The archive already holds ${existing} articles; generate into an empty data dir or database.`,
    );
  }
  const rng = new Random(options.seed);
  const now = deps.clock.now().getTime();

  const images = await makeLeadImages(rng, LEAD_IMAGES);
  const processed: ProcessedImage[] = [];
  for (const bytes of images) processed.push(await storeImageWithVariants(deps.blobs, bytes));

  const setup = await deps.transaction(async (repos) => {
    const sectionIds = new Map<string, number>();
    for (const [position, s] of SECTIONS.entries()) {
      const parentId = s.parent === null ? null : (sectionIds.get(s.parent) ?? null);
      sectionIds.set(
        s.slug,
        await repos.sections.upsertBySlug({ slug: s.slug, name: s.name, parentId, position }),
      );
    }
    const authorIds: number[] = [];
    for (const a of planAuthors(rng)) authorIds.push(await repos.authors.upsertBySlug(a));
    const tagIds = new Map<string, number>();
    for (const name of planTags()) tagIds.set(name, await repos.tags.ensure({ slug: slugify(name), name }));
    const mediaIds: number[] = [];
    for (const [i, img] of processed.entries()) {
      mediaIds.push(
        await repos.media.ensure(
          {
            hash: img.hash,
            originalKey: img.originalKey,
            mime: img.mime,
            width: img.width,
            height: img.height,
            variants: img.variants,
            alt: "Ilustrasi",
            caption: null,
            credit: "Warta",
            fileName: `ilustrasi-${i + 1}.jpg`,
          },
          now,
        ),
      );
    }
    return { sectionIds, authorIds, tagIds, mediaIds };
  });

  const writer = new IndonesianWriter(rng);
  const pickSection = sectionPicker(rng, setup.sectionIds);
  const generalTags = [...setup.tagIds.keys()].filter(
    (name) => !TOPICS.some((t) => name.startsWith(`${t} `)),
  );
  const span = archiveSpanMs(options.articles);
  const viewsFrom = now - VIEW_HISTORY_MS;
  const recent: Array<{ id: number; publishedAt: number }> = [];
  let published = 0;
  let batch: GeneratedArticleRow[] = [];
  await deps.bulk.startBulkLoad();

  for (let i = 0; i < options.articles; i++) {
    const id = i + 1;
    const story = writer.story();
    const draft = rng.chance(DRAFT_SHARE);
    const at = publishTime(i, options.articles, now, span, rng.next());
    const topic = rng.pickSkewed(TOPICS, 1.6);
    const tagIds = [setup.tagIds.get(`${topic} ${story.place}`) as number];
    for (let k = rng.int(0, 2); k > 0; k--) {
      const tag = setup.tagIds.get(rng.pickSkewed(generalTags)) as number;
      if (!tagIds.includes(tag)) tagIds.push(tag);
    }
    const authorIds = [rng.pickSkewed(setup.authorIds, 1.5)];
    if (rng.chance(0.1)) {
      const second = rng.pick(setup.authorIds);
      if (second !== authorIds[0]) authorIds.push(second);
    }
    const hasImage = rng.chance(0.85);
    const photographer = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    batch.push({
      id,
      slug: `${slugify(story.title).slice(0, 90).replace(/-+$/, "")}-${id}`,
      title: story.title,
      kicker: rng.chance(0.3) ? topic : null,
      excerpt: story.excerpt,
      bodyHtml: story.bodyHtml,
      sectionId: pickSection(),
      leadMediaId: hasImage ? rng.pick(setup.mediaIds) : null,
      leadCaption: hasImage ? `Suasana di ${story.place}. (Warta/${photographer})` : null,
      leadCredit: hasImage ? `Warta/${photographer}` : null,
      status: draft ? "draft" : "published",
      publishedAt: draft ? null : at,
      createdAt: at - rng.int(5, 240) * 60_000,
      updatedAt: rng.chance(0.1) ? Math.min(now, at + rng.int(10, 600) * 60_000) : at,
      authorIds,
      tagIds,
    });
    if (!draft) {
      published++;
      if (at >= viewsFrom) recent.push({ id, publishedAt: at });
    }
    if (batch.length === ARTICLES_PER_TRANSACTION || i === options.articles - 1) {
      await deps.bulk.writeArticles(batch);
      batch = [];
      options.onProgress?.({ phase: "articles", done: id, total: options.articles });
    }
  }
  let viewBuckets = 0;
  let views = 0;
  let pending: HourlyViews[] = [];
  for (const [i, a] of recent.entries()) {
    for (const v of viewHistory(rng, a.id, a.publishedAt, now)) {
      pending.push(v);
      views += v.count;
    }
    if (pending.length >= VIEW_BUCKETS_PER_TRANSACTION || i === recent.length - 1) {
      await deps.bulk.writeViews(pending);
      viewBuckets += pending.length;
      pending = [];
      options.onProgress?.({ phase: "views", done: i + 1, total: recent.length });
    }
  }
  // The buckets were written around addViews, so Populer's running sums are made afresh.
  await deps.repos.views.rebuildWindow();
  await deps.bulk.finishBulkLoad();

  return {
    articles: options.articles,
    published,
    sections: setup.sectionIds.size,
    authors: setup.authorIds.length,
    tags: setup.tagIds.size,
    images: setup.mediaIds.length,
    viewBuckets,
    views,
  };
}
