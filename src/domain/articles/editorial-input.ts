import { Invalid } from "../../errors.ts";
import type { NewsroomRepositories } from "../../storage/newsroom-repositories.ts";
import { slugify } from "../slug.ts";
import type { ArticleContent, ArticleInput } from "./editorial.types.ts";
import { sanitizeBody } from "./sanitize-body.ts";

const LIMITS = { title: 300, kicker: 120, excerpt: 1000, seoTitle: 200, seoDescription: 400, tags: 30 };

const optionalText = (value: string | null | undefined, field: keyof typeof LIMITS): string | null => {
  const trimmed = value?.trim() ?? "";
  if (trimmed.length > LIMITS[field]) {
    throw new Invalid("too_long", `Maksimal ${LIMITS[field]} karakter.`, { field });
  }
  return trimmed || null;
};

/**
 * Checks and normalises what a caller sent into the content a save writes: trimmed text,
 * existing section, authors and image, tags by name, the body sanitised. The slug is left to
 * the service (it depends on the article's history). Throws Invalid naming the field.
 */
export async function normalizeInput(
  repos: NewsroomRepositories,
  input: ArticleInput,
): Promise<{ content: Omit<ArticleContent, "slug">; tagSlugs: string[] }> {
  const title = input.title?.trim() ?? "";
  if (!title) throw new Invalid("title_required", "Judul wajib diisi.", { field: "title" });
  if (title.length > LIMITS.title) {
    throw new Invalid("too_long", `Judul maksimal ${LIMITS.title} karakter.`, { field: "title" });
  }
  const sections = await repos.sections.all();
  if (!sections.some((s) => s.id === input.sectionId)) {
    throw new Invalid("unknown_section", "Pilih kanal yang ada.", { field: "sectionId" });
  }
  const authorIds = input.authorIds ?? [];
  if (new Set(authorIds).size !== authorIds.length) {
    throw new Invalid("duplicate_author", "Seorang penulis tercantum dua kali.", { field: "authorIds" });
  }
  if (authorIds.length > 0) {
    const known = new Set((await repos.authors.all()).map((a) => a.id));
    if (authorIds.some((id) => !known.has(id))) {
      throw new Invalid("unknown_author", "Penulis tidak ditemukan.", { field: "authorIds" });
    }
  }
  const tags: string[] = [];
  const tagSlugs: string[] = [];
  for (const raw of input.tags ?? []) {
    const name = raw.trim();
    const slug = slugify(name);
    if (!slug) continue;
    if (name.length > 100)
      throw new Invalid("too_long", "Nama topik maksimal 100 karakter.", { field: "tags" });
    if (tagSlugs.includes(slug)) continue;
    tagSlugs.push(slug);
    tags.push(name);
  }
  if (tags.length > LIMITS.tags) {
    throw new Invalid("too_many_tags", `Maksimal ${LIMITS.tags} topik.`, { field: "tags" });
  }
  let lead: ArticleContent["lead"] = null;
  if (input.lead) {
    if (!(await repos.media.findById(input.lead.mediaId))) {
      throw new Invalid("unknown_media", "Gambar tidak ditemukan di pustaka media.", {
        field: "lead.mediaId",
      });
    }
    lead = {
      mediaId: input.lead.mediaId,
      caption: input.lead.caption?.trim() || null,
      credit: input.lead.credit?.trim() || null,
    };
  }
  return {
    content: {
      title,
      kicker: optionalText(input.kicker, "kicker"),
      excerpt: optionalText(input.excerpt, "excerpt"),
      sectionId: input.sectionId,
      tags,
      authorIds,
      lead,
      seoTitle: optionalText(input.seoTitle, "seoTitle"),
      seoDescription: optionalText(input.seoDescription, "seoDescription"),
      bodyHtml: sanitizeBody(input.bodyHtml ?? ""),
    },
    tagSlugs,
  };
}

/** Finds or creates the tags by name, in order. */
export async function ensureTags(repos: NewsroomRepositories, names: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) {
    const id = await repos.tags.ensure({ slug: slugify(name), name });
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
