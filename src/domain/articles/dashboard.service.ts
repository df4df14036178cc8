import type { Clock } from "../../clock.ts";
import type { NewsroomRepositories } from "../../storage/newsroom-repositories.ts";
import { zonedDayRange, zonedIsoDay } from "../dates/format-date.ts";
import type { Actor } from "../users/user.types.ts";
import type { EditorialListItem } from "./editorial.types.ts";

export interface Dashboard {
  myDrafts: EditorialListItem[];
  inReview: EditorialListItem[];
  scheduled: EditorialListItem[];
  recentlyPublished: EditorialListItem[];
  mostReadToday: { article: EditorialListItem; views: number }[];
}

const SIZE = 10;

/** The newsroom's front page: what is mine, what waits, what goes out next, what readers read today. */
export function createDashboardService(repos: NewsroomRepositories, clock: Clock, timeZone: string) {
  return {
    async forActor(actor: Actor): Promise<Dashboard> {
      const now = clock.now();
      const today = zonedDayRange(zonedIsoDay(now, timeZone), timeZone);
      const from = today?.start.getTime() ?? now.getTime() - 86_400_000;
      const [myDrafts, inReview, scheduled, recentlyPublished, top] = await Promise.all([
        repos.editorial.list({ status: "draft", createdBy: actor.id }, null, SIZE),
        repos.editorial.byStatus("in_review", SIZE),
        repos.editorial.byStatus("scheduled", SIZE),
        // Imported stories may carry a future time; "recently published" means already out.
        repos.editorial.byStatus("published", SIZE, now.getTime()),
        // topInWindow takes buckets overlapping the window; this keeps only the hours from midnight on.
        repos.views.topInWindow(from + 3_599_999, now.getTime(), SIZE, now.getTime()),
      ]);
      const items = await repos.editorial.itemsByIds(top.map((t) => t.articleId));
      const views = new Map(top.map((t) => [t.articleId, t.views]));
      return {
        myDrafts,
        inReview,
        scheduled,
        recentlyPublished,
        mostReadToday: items.map((article) => ({ article, views: views.get(article.id) ?? 0 })),
      };
    },
  };
}
