/** The shapes of the admin API (docs/admin-api.md). Times are ISO-8601 strings in UTC. */

export type Role = "admin" | "editor" | "reporter";
export type ArticleStatus = "draft" | "in_review" | "scheduled" | "published" | "unpublished";
export type Permission =
  | "articles.write"
  | "articles.submit"
  | "articles.publish"
  | "articles.delete"
  | "media.upload"
  | "media.manage"
  | "catalog.manage"
  | "users.manage";

export interface Ref {
  id: number;
  slug: string;
  name: string;
}

export interface Person {
  id: number;
  name: string;
}

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  author: Ref | null;
  permissions: Permission[];
}

export interface SessionInfo {
  user: User;
  csrfToken: string;
}

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

export interface LeadImage {
  mediaId: number;
  caption: string | null;
  credit: string | null;
  alt: string;
  url: string;
  width: number;
  height: number;
}

export interface ArticleAbilities {
  edit: boolean;
  submit: boolean;
  publish: boolean;
  schedule: boolean;
  unpublish: boolean;
  returnToDraft: boolean;
  correct: boolean;
  delete: boolean;
}

export interface Article {
  id: number;
  slug: string;
  slugLocked: boolean;
  status: ArticleStatus;
  version: number;
  title: string;
  kicker: string | null;
  excerpt: string | null;
  bodyHtml: string;
  seoTitle: string | null;
  seoDescription: string | null;
  section: Ref;
  tags: Ref[];
  authors: Ref[];
  lead: LeadImage | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: Person | null;
  corrections: { id: number; note: string; at: string }[];
  publicUrl: string;
  can: ArticleAbilities;
}

export interface ArticleListItem {
  id: number;
  slug: string;
  title: string;
  status: ArticleStatus;
  version: number;
  section: Ref;
  authors: Ref[];
  publishedAt: string | null;
  updatedAt: string;
  createdBy: Person | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface RevisionSummary {
  id: number;
  version: number;
  createdAt: string;
  user: Person | null;
}

export interface Revision extends RevisionSummary {
  content: ArticleInput;
}

export interface ArticleEvent {
  type: string;
  at: string;
  user: Person | null;
  detail: unknown;
}

/** The body of a 409 on a stale save. */
export interface StaleVersion {
  code: "stale_version";
  message: string;
  currentVersion: number;
  changed: string[];
  current: Article;
}

export interface Dashboard {
  myDrafts: ArticleListItem[];
  inReview: ArticleListItem[];
  scheduled: ArticleListItem[];
  recentlyPublished: ArticleListItem[];
  mostReadToday: { article: ArticleListItem; views: number }[];
}

export interface Media {
  id: number;
  fileName: string;
  mime: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  url: string;
  thumbUrl: string;
  variants: { width: number; format: string; url: string }[];
  createdAt: string;
}

export interface Section {
  id: number;
  slug: string;
  name: string;
  parentId: number | null;
  position: number;
}

export interface Tag {
  id: number;
  slug: string;
  name: string;
}

export interface Author {
  id: number;
  slug: string;
  name: string;
  bio: string | null;
}

export interface ManagedUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  author: Ref | null;
  disabled: boolean;
  createdAt: string;
}

/** Distribution settings (admins only), from src/http/api/distribution-admin.routes.ts. */
export type WebhookEvent = "article.published" | "article.updated" | "article.unpublished";

export interface Webhook {
  id: number;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  createdAt: string;
}

export type DeliveryStatus = "pending" | "delivered" | "failed";

export interface DeliveryAttempt {
  at: string;
  /** Null when no answer came (refused connection, timeout). */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface Delivery {
  id: number;
  event: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  /** Only while the delivery is still pending. */
  nextAttemptAt: string | null;
  createdAt: string;
  finishedAt: string | null;
  log: DeliveryAttempt[];
}

export interface ApiKey {
  id: number;
  name: string;
  /** The key's first characters, enough to recognise it; the key itself is never shown again. */
  prefix: string;
  /** Null: the server's default limit. */
  ratePerMinute: number | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
