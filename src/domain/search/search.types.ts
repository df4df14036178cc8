/**
 * A query as the engines see it, independent of SQL: every clause in `all` must match, none in
 * `none` may. A clause is a list of alternatives; an alternative is a sequence of terms that must
 * stand next to each other (a single term, or a phrase).
 */
export interface MatchExpr {
  all: string[][][];
  none: string[][][];
}

export type SearchSort = "relevance" | "newest";

/** Who is searching: readers see only what is public now; staff see drafts too. */
export type SearchScope =
  | { kind: "public"; now: number }
  /** `authorId` set: a contributor, who sees published stories plus their own drafts. */
  | { kind: "staff"; authorId: number | null };

export interface SearchFilters {
  sectionIds?: number[];
  authorId?: number;
  /** Inclusive, epoch ms. */
  publishedFrom?: number;
  /** Exclusive, epoch ms. */
  publishedBefore?: number;
}

/** A matching article and its publish time, as the engine finds it. */
export interface Match {
  id: number;
  publishedAt: number;
}

/** A matching article with its text score (higher is better) and its publish time. */
export interface Candidate {
  id: number;
  textScore: number;
  publishedAt: number;
}

/** The analysed form of one article, as stored in the index. */
export interface SearchDocument {
  articleId: number;
  headline: string[];
  body: string[];
  /** Only public stories feed the vocabulary, so suggestions never reveal a draft's words. */
  isPublished: boolean;
}
