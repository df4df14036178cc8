import type { ImageVariant } from "../media/media.types.ts";
import type { AuthorRef, SectionRef, TagRef } from "./article.types.ts";

export const EDITORIAL_STATUSES = ["draft", "in_review", "scheduled", "published", "unpublished"] as const;
export type EditorialStatus = (typeof EDITORIAL_STATUSES)[number];

/** The editable part of an article: what a save writes, a revision keeps and a conflict compares. */
export interface ArticleContent {
  title: string;
  kicker: string | null;
  slug: string;
  excerpt: string | null;
  sectionId: number;
  tags: string[];
  authorIds: number[];
  lead: { mediaId: number; caption: string | null; credit: string | null } | null;
  seoTitle: string | null;
  seoDescription: string | null;
  bodyHtml: string;
}

export const CONTENT_FIELDS: (keyof ArticleContent)[] = [
  "title",
  "kicker",
  "slug",
  "excerpt",
  "sectionId",
  "tags",
  "authorIds",
  "lead",
  "seoTitle",
  "seoDescription",
  "bodyHtml",
];

/** What a caller sends to create or save: like ArticleContent, with the optional parts optional. */
export interface ArticleInput {
  title: string;
  kicker?: string | null;
  slug?: string | null;
  excerpt?: string | null;
  sectionId: number;
  tags?: string[];
  authorIds?: number[];
  lead?: { mediaId: number; caption?: string | null; credit?: string | null } | null;
  seoTitle?: string | null;
  seoDescription?: string | null;
  bodyHtml?: string;
}

export interface PersonRef {
  id: number;
  name: string;
}

export interface LeadImage {
  mediaId: number;
  caption: string | null;
  credit: string | null;
  alt: string;
  width: number;
  height: number;
  variants: ImageVariant[];
}

export interface Correction {
  id: number;
  note: string;
  at: Date;
}

/** An article as the newsroom sees it, whatever its status. */
export interface EditorialArticle {
  id: number;
  slug: string;
  status: EditorialStatus;
  version: number;
  content: ArticleContent;
  section: SectionRef;
  tags: TagRef[];
  authors: AuthorRef[];
  lead: LeadImage | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: PersonRef | null;
  corrections: Correction[];
}

export interface EditorialListItem {
  id: number;
  slug: string;
  title: string;
  status: EditorialStatus;
  version: number;
  section: SectionRef;
  authors: AuthorRef[];
  publishedAt: Date | null;
  updatedAt: Date;
  createdBy: PersonRef | null;
}

export interface EditorialFilter {
  status?: EditorialStatus;
  sectionIds?: number[];
  authorId?: number;
  createdBy?: number;
  /** Inclusive lower and exclusive upper bound on updatedAt, epoch ms. */
  updatedFrom?: number;
  updatedBefore?: number;
  titleContains?: string;
}

/** Position in the newsroom's list, newest change first. */
export interface EditorialCursor {
  updatedAt: number;
  id: number;
}

export interface Revision {
  id: number;
  version: number;
  createdAt: Date;
  user: PersonRef | null;
}

export interface ArticleHistoryEvent {
  type: string;
  at: Date;
  user: PersonRef | null;
  detail: Record<string, unknown> | null;
}
