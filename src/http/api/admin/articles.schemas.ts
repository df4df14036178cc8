import { EDITORIAL_STATUSES } from "../../../domain/articles/editorial.types.ts";
import { nullableString } from "./admin.schemas.ts";

const articleFields = {
  title: { type: "string", maxLength: 1000 },
  kicker: nullableString(1000),
  slug: nullableString(200),
  excerpt: nullableString(5000),
  sectionId: { type: "integer", minimum: 1, maximum: 2_147_483_647 },
  tags: { type: "array", maxItems: 100, items: { type: "string", maxLength: 200 } },
  authorIds: {
    type: "array",
    maxItems: 50,
    items: { type: "integer", minimum: 1, maximum: 2_147_483_647 },
  },
  lead: {
    type: ["object", "null"],
    required: ["mediaId"],
    properties: {
      mediaId: { type: "integer", minimum: 1, maximum: 2_147_483_647 },
      caption: nullableString(2000),
      credit: nullableString(500),
    },
  },
  seoTitle: nullableString(1000),
  seoDescription: nullableString(2000),
  bodyHtml: { type: "string", maxLength: 2_000_000 },
} as const;

export const articleInputSchema = {
  type: "object",
  required: ["title", "sectionId"],
  properties: articleFields,
} as const;

export const articleSaveSchema = {
  type: "object",
  required: ["title", "sectionId", "baseVersion"],
  properties: { ...articleFields, baseVersion: { type: "integer", minimum: 1 } },
} as const;

export const articleListQuery = {
  type: "object",
  properties: {
    status: { type: "string", enum: [...EDITORIAL_STATUSES] },
    section: { type: "string", maxLength: 200 },
    author: { type: "string", maxLength: 200 },
    from: { type: "string", maxLength: 10 },
    to: { type: "string", maxLength: 10 },
    q: { type: "string", maxLength: 200 },
    mine: { type: "boolean" },
    cursor: { type: "string", maxLength: 40 },
    limit: { type: "integer", minimum: 1, maximum: 100, default: 20 },
  },
} as const;

export interface ArticleListQuery {
  status?: (typeof EDITORIAL_STATUSES)[number];
  section?: string;
  author?: string;
  from?: string;
  to?: string;
  q?: string;
  mine?: boolean;
  cursor?: string;
  limit: number;
}
