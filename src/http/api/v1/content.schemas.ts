import { SLUG_PATTERN } from "../../../domain/slug.ts";

/** JSON schemas of the content API, kept beside its routes; they also make the OpenAPI document. */
const slug = { type: "string", pattern: SLUG_PATTERN, maxLength: 200 } as const;
const ref = {
  type: "object",
  properties: { slug: { type: "string" }, name: { type: "string" }, url: { type: "string" } },
} as const;

export const articleSchema = {
  type: "object",
  properties: {
    id: { type: "integer" },
    slug: { type: "string" },
    url: { type: "string", description: "Canonical URL of the article page" },
    title: { type: "string" },
    kicker: { type: ["string", "null"] },
    excerpt: { type: ["string", "null"] },
    publishedAt: { type: "string", description: "ISO 8601 with the site's offset" },
    updatedAt: { type: "string" },
    section: ref,
    authors: { type: "array", items: ref },
    tags: { type: "array", items: ref },
    image: {
      type: ["object", "null"],
      properties: {
        url: { type: ["string", "null"] },
        width: { type: "integer" },
        height: { type: "integer" },
        alt: { type: "string" },
        caption: { type: ["string", "null"] },
        credit: { type: ["string", "null"] },
        crops: {
          type: "array",
          items: {
            type: "object",
            properties: {
              ratio: { type: "string", enum: ["16:9", "4:3", "1:1"] },
              url: { type: "string" },
              width: { type: "integer" },
              height: { type: "integer" },
            },
          },
        },
      },
    },
    body: { type: "string", description: "Sanitised HTML; only with body=true or for one article" },
  },
} as const;

export const listArticlesSchema = {
  summary: "Published articles, newest first",
  querystring: {
    type: "object",
    properties: {
      section: { ...slug, description: "Section slug; includes its subsections" },
      tag: slug,
      author: slug,
      from: { type: "string", maxLength: 40, description: "YYYY-MM-DD (site zone) or ISO 8601; inclusive" },
      to: {
        type: "string",
        maxLength: 40,
        description: "YYYY-MM-DD (whole day, site zone) or ISO 8601; exclusive",
      },
      cursor: { type: "string", maxLength: 40, description: "nextCursor of the previous page" },
      limit: { type: "integer", minimum: 1, maximum: 100, default: 20 },
      body: { type: "boolean", default: false, description: "Include each article's full body" },
    },
    additionalProperties: false,
  },
  response: {
    200: {
      type: "object",
      properties: {
        articles: { type: "array", items: articleSchema },
        nextCursor: { type: ["string", "null"] },
      },
    },
  },
} as const;

export const oneArticleSchema = {
  summary: "One published article by slug, with its body",
  params: { type: "object", required: ["slug"], properties: { slug } },
  response: { 200: { type: "object", properties: { article: articleSchema } } },
} as const;

export const sectionsSchema = {
  summary: "Every section, parents before children",
  response: {
    200: {
      type: "object",
      properties: {
        sections: {
          type: "array",
          items: { type: "object", properties: { ...ref.properties, parent: { type: ["string", "null"] } } },
        },
      },
    },
  },
} as const;

export const authorsSchema = {
  summary: "Every author",
  response: { 200: { type: "object", properties: { authors: { type: "array", items: ref } } } },
} as const;

export const tagsSchema = {
  summary: "Tags in slug order",
  querystring: {
    type: "object",
    properties: {
      cursor: { ...slug, description: "nextCursor of the previous page" },
      limit: { type: "integer", minimum: 1, maximum: 500, default: 100 },
    },
    additionalProperties: false,
  },
  response: {
    200: {
      type: "object",
      properties: { tags: { type: "array", items: ref }, nextCursor: { type: ["string", "null"] } },
    },
  },
} as const;

export const mostReadSchema = {
  summary: "Most-read articles in the trailing window (Populer)",
  querystring: {
    type: "object",
    properties: { limit: { type: "integer", minimum: 1, maximum: 50 } },
    additionalProperties: false,
  },
  response: {
    200: {
      type: "object",
      properties: {
        window: {
          type: "object",
          properties: { days: { type: "integer" }, from: { type: "string" }, to: { type: "string" } },
        },
        articles: {
          type: "array",
          items: {
            ...articleSchema,
            properties: { ...articleSchema.properties, views: { type: "integer" } },
          },
        },
      },
    },
  },
} as const;
