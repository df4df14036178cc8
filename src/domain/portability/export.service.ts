import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { BlobStore } from "../../storage/blob-store.ts";
import type { Repositories } from "../../storage/repositories.ts";
import { buildSectionTree } from "../sections/section.types.ts";

export interface ExportSummary {
  sections: number;
  authors: number;
  articles: number;
  views: number;
  images: number;
}

/**
 * Writes the whole archive in the import format: sections (parents first), authors, articles,
 * each followed by its view history. Original images are copied into `media/` beside the file and referenced
 * relative to it, so the output imports as it is.
 */
export async function exportArchive(
  repos: Repositories,
  blobs: BlobStore,
  filePath: string,
  onProgress?: (done: number) => void,
): Promise<ExportSummary> {
  const outDir = dirname(filePath);
  await mkdir(join(outDir, "media"), { recursive: true });
  const out = createWriteStream(filePath, { encoding: "utf8" });
  const write = (record: object) =>
    new Promise<void>((resolve, reject) => {
      const ok = out.write(`${JSON.stringify(record)}\n`);
      if (ok) resolve();
      else out.once("drain", resolve).once("error", reject);
    });
  const summary: ExportSummary = { sections: 0, authors: 0, articles: 0, views: 0, images: 0 };

  const tree = buildSectionTree(await repos.sections.all());
  const walk = async (parentId: number | null, parentSlug: string | null): Promise<void> => {
    for (const s of tree.children(parentId)) {
      await write({ type: "section", slug: s.slug, name: s.name, parent: parentSlug });
      summary.sections++;
      await walk(s.id, s.slug);
    }
  };
  await walk(null, null);

  for (const a of await repos.authors.all()) {
    await write({ type: "author", slug: a.slug, name: a.name });
    summary.authors++;
  }

  const copied = new Set<number>();
  for await (const a of repos.articles.allForExport()) {
    let image: object | undefined;
    if (a.leadImage) {
      const media = await repos.media.findById(a.leadImage.mediaId);
      if (media) {
        const ext = media.originalKey.split(".").pop() ?? "bin";
        const src = `media/${media.hash}.${ext}`;
        if (!copied.has(media.id)) {
          await writeFile(join(outDir, src), await blobs.get(media.originalKey));
          copied.add(media.id);
          summary.images++;
        }
        image = {
          src,
          caption: a.leadImage.caption,
          credit: a.leadImage.credit,
          alt: a.leadImage.alt || null,
        };
      }
    }
    await write({
      type: "article",
      slug: a.slug,
      section: a.section.slug,
      title: a.title,
      kicker: a.kicker,
      excerpt: a.excerpt,
      authors: a.authors.map((p) => p.slug),
      publishedAt: a.status === "published" ? a.publishedAt.toISOString() : null,
      updatedAt: a.updatedAt.toISOString(),
      body: a.bodyHtml,
      ...(image ? { image } : {}),
      tags: a.tags.map((t) => t.name),
      // The import format knows drafts and published articles; anything not public is a draft there.
      status: a.status === "published" ? "published" : "draft",
    });
    summary.articles++;
    for (const b of await repos.views.bucketsFor(a.id)) {
      await write({ type: "views", article: a.slug, at: new Date(b.hour).toISOString(), count: b.count });
      summary.views++;
    }
    onProgress?.(summary.articles);
  }
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
  return summary;
}
