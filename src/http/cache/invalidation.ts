import type { Clock } from "../../clock.ts";
import type { ArticleRepository } from "../../domain/articles/article.repository.ts";
import type { ListName, LiveLists } from "../../domain/articles/live-lists.ts";
import type { ReadingService } from "../../domain/articles/reading.service.ts";
import type { EventBus } from "../../domain/events/event-bus.ts";
import { cacheTag, tagsTouchedBy } from "./cache-tags.ts";
import type { CdnPurger } from "./cdn-purge.ts";
import type { PageCache } from "./page-cache.ts";

export interface InvalidationDeps {
  events: EventBus;
  cache: PageCache;
  lists: LiveLists;
  reading: Pick<ReadingService, "sections">;
  articles: Pick<ArticleRepository, "publishedBetween">;
  clock: Clock;
  log: { error(obj: unknown, msg?: string): void };
}

export interface Invalidation {
  /** Recomputes the lists and catches articles whose publish time has come; the interval's work. */
  tick(): Promise<void>;
  start(intervalMs: number): void;
  stop(): void;
}

const LIST_TAGS: Record<ListName, string> = { update: cacheTag.latestList, populer: cacheTag.popularList };
/** More articles than this coming due in one interval: simpler to drop the whole cache. */
const DUE_BATCH = 500;

/**
 * Keeps this process's page cache true to the data:
 *
 * - an article event purges what the article touches (tagsTouchedBy) and, if UPDATE or Populer
 *   now print differently, every page showing that list; all before the event's publisher
 *   (the write) returns, since the bus awaits its subscribers;
 * - every interval, the lists are recomputed (views move Populer) and pages showing a changed
 *   list are purged, and articles scheduled for a time that has now come are purged like a
 *   publish (no event announces the moment they go public).
 */
export function createInvalidation(deps: InvalidationDeps): Invalidation {
  const { cache, lists, clock } = deps;
  let lastTick = clock.now().getTime();
  let timer: NodeJS.Timeout | null = null;
  let ticking: Promise<void> | null = null;

  const purgeLists = (changed: ListName[]) => {
    if (changed.length > 0) cache.purge(changed.map((l) => LIST_TAGS[l]));
  };

  const unsubscribeArticles = deps.events.subscribe(
    async (event) => {
      cache.purge(tagsTouchedBy(event));
      purgeLists(await lists.articleChanged(event.articleId));
    },
    { everyWorker: true },
  );
  // Every page shows the section navigation (and list entries their section's name).
  const unsubscribeSections = deps.events.subscribeSections(
    async () => {
      cache.clear();
      await lists.refresh();
    },
    { everyWorker: true },
  );
  const unsubscribe = () => {
    unsubscribeArticles();
    unsubscribeSections();
  };

  async function purgeDue(now: number): Promise<void> {
    const due = await deps.articles.publishedBetween(lastTick, now, DUE_BATCH);
    lastTick = now;
    if (due.length === 0) return;
    if (due.length >= DUE_BATCH) return cache.clear();
    const tree = await deps.reading.sections();
    for (const a of due) {
      cache.purge(
        tagsTouchedBy({
          type: "article.published",
          articleId: a.id,
          slug: a.slug,
          sectionSlugs: tree.path(a.sectionId).map((s) => s.slug),
          tagSlugs: a.tagSlugs,
          authorSlugs: a.authorSlugs,
          at: now,
        }),
      );
    }
  }

  async function tick(): Promise<void> {
    if (ticking) return ticking;
    ticking = (async () => {
      const now = clock.now().getTime();
      await purgeDue(now);
      purgeLists(await lists.refresh());
    })().finally(() => {
      ticking = null;
    });
    return ticking;
  }

  return {
    tick,
    start(intervalMs) {
      if (timer) return;
      timer = setInterval(() => {
        tick().catch((err) => deps.log.error({ err }, "list refresh failed; pages keep the previous lists"));
      }, intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
      unsubscribe();
    },
  };
}

/** Sends every change's tags to the CDN, once per change (in the publishing process). */
export function subscribeCdnPurge(events: EventBus, purger: CdnPurger): () => void {
  const articles = events.subscribe((event) => purger.purge(tagsTouchedBy(event)));
  const sections = events.subscribeSections(() => purger.purge([cacheTag.site]));
  return () => {
    articles();
    sections();
  };
}
