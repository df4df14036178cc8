import type { ImageRef } from "../media/media.types.ts";

/** Every status an article can have; readers only ever see `published` ones whose time has come. */
export type ArticleStatus = "draft" | "in_review" | "scheduled" | "published" | "unpublished";

export interface SectionRef {
  id: number;
  slug: string;
  name: string;
}

export interface AuthorRef {
  id: number;
  slug: string;
  name: string;
}

export interface TagRef {
  id: number;
  slug: string;
  name: string;
}

/** What a list entry needs: no body, no byline. */
export interface ArticleSummary {
  id: number;
  slug: string;
  title: string;
  kicker: string | null;
  excerpt: string | null;
  publishedAt: Date;
  updatedAt: Date;
  section: SectionRef;
  leadImage: ImageRef | null;
}

export interface Article extends ArticleSummary {
  status: ArticleStatus;
  bodyHtml: string;
  authors: AuthorRef[];
  tags: TagRef[];
  /** The newsroom's search-engine title and description, when they differ from the headline's. */
  seoTitle?: string | null;
  seoDescription?: string | null;
}

/** A position in a newest-first list: the (publishedAt, id) of an entry. */
export interface ListCursor {
  publishedAt: number;
  id: number;
}

export interface ListPage<T> {
  items: T[];
  /** Cursor for the page of newer entries, or null on the first page. */
  newer: ListCursor | null;
  /** Cursor for the page of older entries, or null on the last page. */
  older: ListCursor | null;
}

/** Which published articles a list shows. All fields narrow the list; none means everything. */
export interface ArticleFilter {
  sectionIds?: number[];
  tagId?: number;
  authorId?: number;
  /** Inclusive lower bound on publishedAt, epoch ms. */
  publishedFrom?: number;
  /** Exclusive upper bound on publishedAt, epoch ms. */
  publishedBefore?: number;
}

export interface PageRequest {
  limit: number;
  /** Entries strictly older than this cursor. */
  olderThan?: ListCursor;
  /** Entries strictly newer than this cursor. */
  newerThan?: ListCursor;
}
