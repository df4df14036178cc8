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
  views_window: ViewsWindowTable;
  views_window_state: ViewsWindowStateTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  login_throttle: LoginThrottleTable;
  article_revisions: ArticleRevisionTable;
  article_events: ArticleEventTable;
  article_corrections: ArticleCorrectionTable;
  jobs: JobTable;
  settings: SettingTable;
  search_terms: SearchTermTable;
  /** PostgreSQL only; SQLite keeps the index in the FTS5 table search_fts (raw SQL). */
  search_documents: SearchDocumentTable;
  api_keys: ApiKeyTable;
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_attempts: WebhookAttemptTable;
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
  uploaded_by: Generated<number | null>;
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
  status: "draft" | "in_review" | "scheduled" | "published" | "unpublished";
  published_at: number | null;
  created_at: number;
  updated_at: number;
  seo_title: Generated<string | null>;
  seo_description: Generated<string | null>;
  /** Bumped by every editorial save; a save based on an older version is refused. */
  version: Generated<number>;
  created_by: Generated<number | null>;
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

/** Populer's running sums: an article's views in the buckets of the state's hours (none at 0). */
export interface ViewsWindowTable {
  article_id: number;
  views: number;
}

/** One row (id 1): the hours views_window sums, both ends included, as hour starts in epoch ms. */
export interface ViewsWindowStateTable {
  id: number;
  oldest_hour: number;
  newest_hour: number;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: "admin" | "editor" | "reporter";
  /** scrypt$N$r$p$salt$hash, base64 parts. */
  password_hash: string;
  author_id: number | null;
  disabled_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface SessionTable {
  id: Generated<number>;
  /** sha256 of the cookie value: a leaked table does not hand out sessions. */
  token_hash: string;
  csrf_token: string;
  user_id: number;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  prefix: string;
  token_hash: string;
  created_at: number;
  last_used_at: number | null;
}

export interface LoginThrottleTable {
  /** `account:<email>` or `ip:<address>`. */
  key: string;
  failures: number;
  window_start: number;
  locked_until: number | null;
}

export interface ArticleRevisionTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  user_id: number | null;
  created_at: number;
  /** JSON: the editable fields as saved (ArticleContent). */
  content: string;
}

export interface ArticleEventTable {
  id: Generated<number>;
  article_id: number;
  /** created, saved, submitted, returned, scheduled, published, unpublished, corrected, restored, deleted */
  type: string;
  user_id: number | null;
  at: number;
  detail: string | null;
}

export interface ArticleCorrectionTable {
  id: Generated<number>;
  article_id: number;
  note: string;
  user_id: number | null;
  created_at: number;
}

export interface JobTable {
  id: Generated<number>;
  kind: string;
  /** One pending job per key (e.g. `publish-article:12`): rescheduling replaces, never duplicates. */
  key: string;
  payload: string;
  run_at: number;
  /** Lease: while in the future, one worker owns the job. */
  locked_until: number | null;
  locked_by: string | null;
  attempts: number;
  done_at: number | null;
  last_error: string | null;
  created_at: number;
}

export interface SettingTable {
  key: string;
  value: string;
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

export interface ApiKeyTable {
  id: Generated<number>;
  name: string;
  /** sha256 of the key: the key itself is shown once and never stored. */
  key_hash: string;
  /** The key's first characters, to tell keys apart in lists. */
  key_prefix: string;
  rate_per_minute: number | null;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface WebhookTable {
  id: Generated<number>;
  url: string;
  /** HMAC-SHA256 key for the signature header. */
  secret: string;
  /** Comma-separated event types. */
  events: string;
  active: Generated<number>;
  created_at: number;
}

export interface WebhookDeliveryTable {
  id: Generated<number>;
  webhook_id: number;
  event: string;
  /** The exact JSON body sent (and signed) on every attempt. */
  payload: string;
  status: "pending" | "delivered" | "failed";
  attempts: Generated<number>;
  next_attempt_at: number;
  locked_until: number | null;
  locked_by: string | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: number;
  finished_at: number | null;
}

export interface WebhookAttemptTable {
  id: Generated<number>;
  delivery_id: number;
  at: number;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}
