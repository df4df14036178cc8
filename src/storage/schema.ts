import type { Generated } from "kysely";

/**
 * The database as Kysely sees it. Times are stored as epoch milliseconds (UTC) in BIGINT
 * columns on both dialects, so ordering, keyset cursors and hour buckets behave identically.
 */
export interface Database {
  sections: SectionTable;
  authors: AuthorTable;
  tags: TagTable;
  media: MediaTable;
  articles: ArticleTable;
  article_authors: ArticleAuthorTable;
  article_tags: ArticleTagTable;
  views_hourly: ViewsHourlyTable;
  search_terms: SearchTermTable;
  /** PostgreSQL only; SQLite keeps the index in the FTS5 table search_fts (raw SQL). */
  search_documents: SearchDocumentTable;
}

export interface SectionTable {
  id: Generated<number>;
  slug: string;
  name: string;
  parent_id: number | null;
  position: number;
}

export interface AuthorTable {
  id: Generated<number>;
  slug: string;
  name: string;
  bio: string | null;
}

export interface TagTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface MediaTable {
  id: Generated<number>;
  /** sha256 of the original bytes: the same file is stored once. */
  hash: string;
  original_key: string;
  mime: string;
  width: number;
  height: number;
  /** JSON: ImageVariant[] */
  variants: string;
  alt: string;
  caption: string | null;
  credit: string | null;
  file_name: string;
  created_at: number;
}

export interface ArticleTable {
  id: Generated<number>;
  slug: string;
  title: string;
  kicker: string | null;
  excerpt: string | null;
  body_html: string;
  section_id: number;
  lead_media_id: number | null;
  lead_caption: string | null;
  lead_credit: string | null;
  lead_alt: string | null;
  status: "draft" | "published";
  published_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface ArticleAuthorTable {
  article_id: number;
  author_id: number;
  position: number;
}

export interface ArticleTagTable {
  article_id: number;
  tag_id: number;
}

export interface ViewsHourlyTable {
  article_id: number;
  /** Start of the hour, epoch ms UTC. */
  hour: number;
  count: number;
}

/** The vocabulary of public stories: analysed term and how many stories contain it. */
export interface SearchTermTable {
  term: string;
  docs: number;
}

export interface SearchDocumentTable {
  article_id: number;
  tsv: string;
}
