import type { Repositories } from "../../storage/repositories.ts";
import type { ArticleStatus } from "../articles/article.types.ts";
import { sanitizeBody } from "../articles/sanitize-body.ts";
import type { ProcessedImage } from "../media/image-variants.ts";
import { slugify } from "../slug.ts";
import { hourBucket } from "../views/views.repository.ts";
import type { ImportOptions, ImportSummary } from "./import.service.ts";
import type { ImportPlan } from "./import-plan.ts";
import type { SectionRecord } from "./import-records.ts";

/** What one imported article was before and after: the announcement after commit is built from it. */
export interface ArticleChange {
  id: number;
  slug: string;
  sectionId: number;
  previousStatus: ArticleStatus | null;
  status: "draft" | "published";
  tagSlugs: string[];
  authorSlugs: string[];
}

/** Writes a checked plan inside the caller's transaction: parents before children, then articles and views. */
export async function writeAll(
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
