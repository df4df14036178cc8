import type { Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import { createDashboardService } from "./domain/articles/dashboard.service.ts";
import { createEditorialService, PUBLISH_JOB } from "./domain/articles/editorial.service.ts";
import { createPreviewLinks } from "./domain/articles/preview-link.ts";
import { createCatalogService } from "./domain/catalog/catalog.service.ts";
import type { EventBus } from "./domain/events/event-bus.ts";
import { createJobRunner } from "./domain/jobs/job-runner.ts";
import { createMediaLibraryRepository } from "./domain/media/media-library.repository.ts";
import { createMediaLibrary } from "./domain/media/media-library.service.ts";
import { createAuthService } from "./domain/users/auth.service.ts";
import { createUserService } from "./domain/users/user.service.ts";
import type { BlobStore } from "./storage/blob-store.ts";
import type { Db } from "./storage/database.ts";
import { createNewsroomRepositories, newsroomUnitOfWork } from "./storage/newsroom-repositories.ts";

/**
 * The newsroom's part of the composition root (app.ts calls it): accounts, the editorial
 * workflow, media library, catalog, dashboard, preview links and the job runner.
 */
export function createNewsroom(deps: {
  db: Db;
  config: Config;
  clock: Clock;
  blobs: BlobStore;
  events: EventBus;
  log: { error(obj: unknown, msg?: string): void };
}) {
  const { db, config, clock, blobs, events, log } = deps;
  const repos = createNewsroomRepositories(db.kysely);
  const transaction = newsroomUnitOfWork(db);
  const editorial = createEditorialService({ repos, transaction, clock, events });
  const jobs = createJobRunner({
    jobs: repos.jobs,
    clock,
    log,
    handlers: {
      [PUBLISH_JOB]: async (payload) => {
        await editorial.publishScheduled((payload as { articleId: number }).articleId);
      },
    },
  });
  return {
    repos,
    auth: createAuthService(repos.users, clock),
    users: createUserService({ users: repos.users, repos, clock }),
    editorial,
    dashboard: createDashboardService(repos, clock, config.site.timeZone),
    media: createMediaLibrary({
      library: createMediaLibraryRepository(db.kysely),
      transaction,
      blobs,
      clock,
      onChanged: async (mediaId) =>
        editorial.announceChanged(await repos.editorial.publishedIdsUsing({ mediaId })),
    }),
    catalog: createCatalogService(repos, editorial.announceChanged, () =>
      events.publish({ type: "sections.changed", at: clock.now().getTime() }),
    ),
    previews: createPreviewLinks(repos.catalog, clock),
    jobs,
  };
}

export type Newsroom = ReturnType<typeof createNewsroom>;
