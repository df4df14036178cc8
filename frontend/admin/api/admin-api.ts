import { http } from "./client.ts";
import type {
  ApiKey,
  Article,
  ArticleEvent,
  ArticleInput,
  ArticleListItem,
  ArticleStatus,
  Author,
  Dashboard,
  Delivery,
  ManagedUser,
  Media,
  Page,
  Revision,
  RevisionSummary,
  Role,
  Section,
  SessionInfo,
  Tag,
  Webhook,
  WebhookEvent,
} from "./types.ts";

/** Every call the app makes, one function each, typed to docs/admin-api.md. */

export const session = {
  get: () => http.get<SessionInfo>("/session"),
  login: (email: string, password: string) => http.post<SessionInfo>("/session", { email, password }),
  logout: () => http.delete<void>("/session"),
  changePassword: (currentPassword: string, newPassword: string) =>
    http.post<void>("/me/password", { currentPassword, newPassword }),
};

export interface ArticleQuery {
  status?: ArticleStatus | "";
  section?: string;
  author?: string;
  from?: string;
  to?: string;
  q?: string;
  mine?: boolean;
  cursor?: string | null;
  limit?: number;
}

const article = (id: number, action = "") => `/articles/${id}${action}`;

export const articles = {
  list: (query: ArticleQuery) =>
    http.get<Page<ArticleListItem>>("/articles", { ...query, mine: query.mine ? true : undefined }),
  create: (input: ArticleInput) => http.post<Article>("/articles", input),
  get: (id: number) => http.get<Article>(article(id)),
  save: (id: number, input: ArticleInput, baseVersion: number) =>
    http.put<Article>(article(id), { ...input, baseVersion }),
  remove: (id: number) => http.delete<void>(article(id)),
  submit: (id: number) => http.post<Article>(article(id, "/submit")),
  returnToDraft: (id: number, note?: string) =>
    http.post<Article>(article(id, "/return"), note ? { note } : {}),
  schedule: (id: number, publishAt: string) => http.post<Article>(article(id, "/schedule"), { publishAt }),
  publish: (id: number) => http.post<Article>(article(id, "/publish")),
  unpublish: (id: number) => http.post<Article>(article(id, "/unpublish")),
  correct: (id: number, note: string) => http.post<Article>(article(id, "/corrections"), { note }),
  revisions: (id: number) => http.get<{ items: RevisionSummary[] }>(article(id, "/revisions")),
  revision: (id: number, revisionId: number) => http.get<Revision>(article(id, `/revisions/${revisionId}`)),
  restore: (id: number, revisionId: number, baseVersion: number) =>
    http.post<Article>(article(id, `/revisions/${revisionId}/restore`), { baseVersion }),
  events: (id: number) => http.get<{ items: ArticleEvent[] }>(article(id, "/events")),
  previewLink: (id: number) => http.post<{ url: string; expiresAt: string }>(article(id, "/preview-link")),
};

export const dashboard = {
  get: () => http.get<Dashboard>("/dashboard"),
};

export const media = {
  list: (query: { q?: string; cursor?: string | null; limit?: number }) =>
    http.get<Page<Media>>("/media", query),
  get: (id: number) => http.get<Media>(`/media/${id}`),
  upload: (file: File, fields: { alt: string; caption?: string; credit?: string }) => {
    const form = new FormData();
    form.set("alt", fields.alt);
    if (fields.caption) form.set("caption", fields.caption);
    if (fields.credit) form.set("credit", fields.credit);
    form.set("file", file, file.name);
    return http.post<Media>("/media", form);
  },
  update: (id: number, fields: { alt?: string; caption?: string | null; credit?: string | null }) =>
    http.patch<Media>(`/media/${id}`, fields),
};

export interface SectionInput {
  name: string;
  slug?: string;
  parentId?: number | null;
  position?: number;
}

export const sections = {
  list: () => http.get<{ items: Section[] }>("/sections"),
  create: (input: SectionInput) => http.post<Section>("/sections", input),
  update: (id: number, input: Partial<SectionInput>) => http.patch<Section>(`/sections/${id}`, input),
  remove: (id: number) => http.delete<void>(`/sections/${id}`),
};

export const tags = {
  list: (q?: string) => http.get<{ items: Tag[] }>("/tags", { q }),
  create: (input: { name: string; slug?: string }) => http.post<Tag>("/tags", input),
  update: (id: number, input: { name?: string; slug?: string }) => http.patch<Tag>(`/tags/${id}`, input),
  remove: (id: number) => http.delete<void>(`/tags/${id}`),
};

export const authors = {
  list: () => http.get<{ items: Author[] }>("/authors"),
  create: (input: { name: string; slug?: string; bio?: string | null }) =>
    http.post<Author>("/authors", input),
  update: (id: number, input: { name?: string; slug?: string; bio?: string | null }) =>
    http.patch<Author>(`/authors/${id}`, input),
  remove: (id: number) => http.delete<void>(`/authors/${id}`),
};

export const users = {
  list: () => http.get<{ items: ManagedUser[] }>("/users"),
  create: (input: { email: string; name?: string; role: Role; authorId?: number | null }) =>
    http.post<{ user: ManagedUser; password: string }>("/users", input),
  update: (id: number, input: { name?: string; role?: Role; authorId?: number | null; disabled?: boolean }) =>
    http.patch<ManagedUser>(`/users/${id}`, input),
  resetPassword: (id: number) => http.post<{ password: string }>(`/users/${id}/password`),
};

export const webhooks = {
  list: () => http.get<{ events: WebhookEvent[]; items: Webhook[] }>("/webhooks"),
  /** Answers with the signing secret; the server never shows it again. */
  create: (input: { url: string; events: WebhookEvent[] }) =>
    http.post<{ id: number; secret: string }>("/webhooks", input),
  remove: (id: number) => http.delete<void>(`/webhooks/${id}`),
  deliveries: (id: number) => http.get<{ items: Delivery[] }>(`/webhooks/${id}/deliveries`),
};

export const apiKeys = {
  list: () => http.get<{ items: ApiKey[]; defaultRatePerMinute: number }>("/api-keys"),
  /** Answers with the key itself; the server keeps only its hash. */
  create: (input: { name: string; ratePerMinute?: number | null }) =>
    http.post<{ id: number; key: string }>("/api-keys", input),
  revoke: (id: number) => http.delete<void>(`/api-keys/${id}`),
};
