import type { Kysely } from "kysely";
import { createApiKeyRepository } from "../domain/api-keys/api-key.repository.ts";
import { createArticleRepository } from "../domain/articles/article.repository.ts";
import { createAuthorRepository } from "../domain/authors/author.repository.ts";
import { createFeedRepository } from "../domain/feeds/feed.repository.ts";
import { createMediaRepository } from "../domain/media/media.repository.ts";
import { createSectionRepository } from "../domain/sections/section.repository.ts";
import { createSitemapRepository } from "../domain/sitemaps/sitemap.repository.ts";
import { createTagRepository } from "../domain/tags/tag.repository.ts";
import { createViewsRepository } from "../domain/views/views.repository.ts";
import { createWebhookRepository } from "../domain/webhooks/webhook.repository.ts";
import type { Db } from "./database.ts";
import type { Database } from "./schema.ts";

export function createRepositories(db: Kysely<Database>) {
  return {
    articles: createArticleRepository(db),
    sections: createSectionRepository(db),
    authors: createAuthorRepository(db),
    tags: createTagRepository(db),
    media: createMediaRepository(db),
    views: createViewsRepository(db),
    feeds: createFeedRepository(db),
    sitemaps: createSitemapRepository(db),
    apiKeys: createApiKeyRepository(db),
    webhooks: createWebhookRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

/** Runs `work` with repositories bound to one transaction: all of it is kept, or none. */
export type UnitOfWork = <T>(work: (repos: Repositories) => Promise<T>) => Promise<T>;

export function unitOfWork(db: Db): UnitOfWork {
  return (work) => db.kysely.transaction().execute((trx) => work(createRepositories(trx)));
}
