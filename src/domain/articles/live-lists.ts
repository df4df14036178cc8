import type { Clock } from "../../clock.ts";
import type { ListConfig } from "../../config.ts";
import type { ViewsRepository } from "../views/views.repository.ts";
import type { ArticleSummary } from "./article.types.ts";
import type { PopularEntry, ReadingService } from "./reading.service.ts";

export type ListName = "update" | "populer";

export interface SidebarLists {
  /** Populer: most viewed inside the trailing window. */
  popular: PopularEntry[];
  /** UPDATE: the latest published. */
  latest: ArticleSummary[];
}

/**
 * Populer and UPDATE kept in memory, so a page prints them without a query. `refresh()`
 * recomputes both (the caller runs it on an interval); `articleChanged()` brings them up to date
 * after one article changed, cheaply: UPDATE is one indexed query, and Populer is only ranked
 * again when the article could have entered it (views inside the window). Both return which
 * lists now print differently, so the pages showing them can be purged.
 */
export class LiveLists {
  private lists: SidebarLists | null = null;
  /** One update at a time, in order: a snapshot is never half old, half new. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly reading: ReadingService,
    private readonly views: Pick<ViewsRepository, "viewsInWindow">,
    private readonly clock: Clock,
    private readonly config: ListConfig,
  ) {}

  /** The current lists (loaded on first use). */
  async current(): Promise<SidebarLists> {
    return this.lists ?? this.serially(async () => (this.lists ??= await this.compute()));
  }

  refresh(): Promise<ListName[]> {
    return this.serially(async () => this.swap(await this.compute()));
  }

  articleChanged(articleId: number): Promise<ListName[]> {
    return this.serially(async () => {
      if (!this.lists) return [];
      const latest = await this.reading.latest();
      return this.swap({ latest, popular: await this.popularAfterChange(this.lists.popular, articleId) });
    });
  }

  private async popularAfterChange(popular: PopularEntry[], articleId: number): Promise<PopularEntry[]> {
    const ids = popular.map((p) => p.article.id);
    if (ids.includes(articleId)) {
      // Its views did not change, so neither did the ranking; only what the entries print, and
      // whether they are still public.
      const fresh = await this.reading.summaries(ids);
      if (fresh.length < ids.length) return this.reading.popular();
      return fresh.map((article, i) => ({ article, views: popular[i]?.views ?? 0 }));
    }
    const to = this.clock.now().getTime();
    const views = await this.views.viewsInWindow(
      articleId,
      to - this.config.popularWindowDays * 86_400_000,
      to,
    );
    const last = popular[popular.length - 1];
    const couldEnter =
      views > 0 && (popular.length < this.config.popularLimit || views >= (last?.views ?? 0));
    return couldEnter ? this.reading.popular() : popular;
  }

  private async compute(): Promise<SidebarLists> {
    const [popular, latest] = await Promise.all([this.reading.popular(), this.reading.latest()]);
    return { popular, latest };
  }

  private swap(next: SidebarLists): ListName[] {
    const before = this.lists;
    this.lists = next;
    if (!before) return [];
    const changed: ListName[] = [];
    if (printed(before.latest) !== printed(next.latest)) changed.push("update");
    if (printed(before.popular.map((p) => p.article)) !== printed(next.popular.map((p) => p.article))) {
      changed.push("populer");
    }
    return changed;
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** What a list entry prints (not `updatedAt`, which changes on edits nobody sees in a list). */
function printed(items: ArticleSummary[]): string {
  return JSON.stringify(items.map(({ updatedAt: _updated, ...shown }) => shown));
}
