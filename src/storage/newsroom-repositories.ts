import type { Kysely } from "kysely";
import { createEditorialRepository } from "../domain/articles/editorial.repository.ts";
import { createCatalogRepository } from "../domain/catalog/catalog.repository.ts";
import { createJobRepository } from "../domain/jobs/job.repository.ts";
import { createUserRepository } from "../domain/users/user.repository.ts";
import type { Db } from "./database.ts";
import { createRepositories } from "./repositories.ts";
import type { Database } from "./schema.ts";

/** The reading repositories plus the newsroom's own: what editorial work needs inside one transaction. */
export function createNewsroomRepositories(db: Kysely<Database>) {
  return {
    ...createRepositories(db),
    editorial: createEditorialRepository(db),
    users: createUserRepository(db),
    jobs: createJobRepository(db),
    catalog: createCatalogRepository(db),
  };
}

export type NewsroomRepositories = ReturnType<typeof createNewsroomRepositories>;

export type NewsroomUnitOfWork = <T>(work: (repos: NewsroomRepositories) => Promise<T>) => Promise<T>;

/** Runs `work` with every repository bound to one transaction: all of it is kept, or none. */
export function newsroomUnitOfWork(db: Db): NewsroomUnitOfWork {
  return (work) => db.kysely.transaction().execute((trx) => work(createNewsroomRepositories(trx)));
}
