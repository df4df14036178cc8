import { slugify } from "../../../src/domain/slug.ts";
import type { Article, ArticleInput, Ref } from "../api/types.ts";

/** What the editor's fields hold. Empty strings stand for "not set". */
export interface ArticleForm {
  title: string;
  kicker: string;
  slug: string;
  excerpt: string;
  sectionId: number | null;
  tags: string[];
  authors: Ref[];
  lead: { mediaId: number; caption: string; credit: string; url: string; alt: string } | null;
  seoTitle: string;
  seoDescription: string;
  bodyHtml: string;
}

export function emptyForm(defaultAuthor: Ref | null): ArticleForm {
  return {
    title: "",
    kicker: "",
    slug: "",
    excerpt: "",
    sectionId: null,
    tags: [],
    authors: defaultAuthor ? [defaultAuthor] : [],
    lead: null,
    seoTitle: "",
    seoDescription: "",
    bodyHtml: "",
  };
}

export function formFromArticle(a: Article): ArticleForm {
  return {
    title: a.title,
    kicker: a.kicker ?? "",
    slug: a.slug,
    excerpt: a.excerpt ?? "",
    sectionId: a.section.id,
    tags: a.tags.map((t) => t.name),
    authors: a.authors,
    lead: a.lead
      ? {
          mediaId: a.lead.mediaId,
          caption: a.lead.caption ?? "",
          credit: a.lead.credit ?? "",
          url: a.lead.url,
          alt: a.lead.alt,
        }
      : null,
    seoTitle: a.seoTitle ?? "",
    seoDescription: a.seoDescription ?? "",
    bodyHtml: a.bodyHtml,
  };
}

const orNull = (s: string) => (s.trim() === "" ? null : s.trim());

/**
 * How a save treats the slug: "locked" once published (not sent), "auto" while it follows the
 * title (sent empty, so the server makes it again from the title), "manual" once someone typed one.
 */
export type SlugMode = "locked" | "auto" | "manual";

/** Whether an article's slug is still the one made from its title (the server adds -2, -3 on clashes). */
export function slugFollowsTitle(slug: string, title: string): boolean {
  return slug.replace(/-\d+$/, "") === slugify(title).slice(0, 100).replace(/-+$/, "");
}

/** The API body for a save. `sectionId` must be set (the caller checks). */
export function inputFromForm(f: ArticleForm, slugMode: SlugMode): ArticleInput {
  return {
    title: f.title.trim(),
    kicker: orNull(f.kicker),
    ...(slugMode === "locked" ? {} : { slug: slugMode === "auto" ? null : orNull(f.slug) }),
    excerpt: orNull(f.excerpt),
    sectionId: f.sectionId ?? 0,
    tags: f.tags,
    authorIds: f.authors.map((a) => a.id),
    lead: f.lead
      ? { mediaId: f.lead.mediaId, caption: orNull(f.lead.caption), credit: orNull(f.lead.credit) }
      : null,
    seoTitle: orNull(f.seoTitle),
    seoDescription: orNull(f.seoDescription),
    bodyHtml: f.bodyHtml,
  };
}

/** Indonesian names of the fields, for conflict and error messages. */
export const FIELD_LABELS: Record<string, string> = {
  title: "Judul",
  kicker: "Kicker",
  slug: "Slug",
  excerpt: "Ringkasan",
  sectionId: "Kanal",
  tags: "Tag",
  authorIds: "Penulis",
  lead: "Foto utama",
  seoTitle: "Judul SEO",
  seoDescription: "Deskripsi SEO",
  bodyHtml: "Isi berita",
};

/** A field's value as a person reads it, for showing two versions side by side. */
export function readableValue(field: string, input: ArticleInput | ArticleForm, sections: Ref[]): string {
  const value = (input as unknown as Record<string, unknown>)[field];
  if (field === "bodyHtml") return htmlToParagraphs(String(value ?? "")).join("\n\n");
  if (field === "sectionId") return sections.find((s) => s.id === value)?.name ?? String(value ?? "");
  if (field === "authorIds" && "authors" in input) return input.authors.map((a) => a.name).join(", ");
  if (field === "lead") {
    const lead = value as { caption?: string | null } | null;
    return lead ? `Foto ${lead.caption ? `(${lead.caption})` : ""}` : "(tanpa foto)";
  }
  if (Array.isArray(value)) return value.join(", ");
  return value === null || value === undefined ? "" : String(value);
}

/**
 * The text of an HTML body, one entry per block. Parsed in an inert document (DOMParser runs no
 * scripts and loads nothing), so showing an old revision or someone else's version is safe.
 */
export function htmlToParagraphs(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const blocks = doc.body.querySelectorAll("p, h2, h3, h4, li, blockquote, figcaption");
  const out: string[] = [];
  for (const el of Array.from(blocks)) {
    if (el.querySelector("p, li")) continue;
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text) out.push(text);
  }
  return out;
}
