import type { Clock } from "../../clock.ts";
import type { ListConfig } from "../../config.ts";
import { Invalid, NotFound } from "../../errors.ts";
import type { Repositories } from "../../storage/repositories.ts";
import { buildSectionTree, type Section, type SectionTree } from "../sections/section.types.ts";
import type {
  Article,
  ArticleFilter,
  ArticleSummary,
  AuthorRef,
  ListPage,
  PageRequest,
  TagRef,
} from "./article.types.ts";
import { decodeCursor } from "./list-cursor.ts";

export interface PageQuery {
  /** Raw `sebelum` (older than) cursor from the URL. */
  olderThan?: string;
  /** Raw `sesudah` (newer than) cursor from the URL. */
  newerThan?: string;
}

export interface PopularEntry {
  article: ArticleSummary;
  views: number;
}

/**
 * What readers can see: only published articles whose publish time has come. Every function
 * takes the time from the clock, so WARTA_NOW fixes all of it.
 */
export function createReadingService(repos: Repositories, clock: Clock, lists: ListConfig) {
  const now = () => clock.now().getTime();

  function pageRequest(query: PageQuery, limit = lists.pageSize): PageRequest {
    if (query.olderThan && query.newerThan) {
      throw new Invalid("bad_cursor", "Gunakan salah satu saja: halaman sebelumnya atau berikutnya.");
    }
    return {
      limit,
      ...(query.olderThan ? { olderThan: decodeCursor(query.olderThan) } : {}),
      ...(query.newerThan ? { newerThan: decodeCursor(query.newerThan) } : {}),
    };
  }

  /**
   * The tree of the section list the repository hands out: built once per list, since every page
   * asks for it and the (cached) list stays the same array until the sections change.
   */
  const trees = new WeakMap<readonly Section[], SectionTree>();
  async function sections(): Promise<SectionTree> {
    const all = await repos.sections.all();
    let tree = trees.get(all);
    if (!tree) {
      tree = buildSectionTree(all);
      trees.set(all, tree);
    }
    return tree;
  }

  return {
    sections,

    async article(slug: string): Promise<Article> {
      const article = await repos.articles.findVisibleBySlug(slug, now());
      if (!article) throw new NotFound("article_not_found", "Berita yang Anda cari tidak ditemukan.");
      return article;
    },

    /** UPDATE: the latest published articles. */
    async latest(limit = lists.latestLimit): Promise<ArticleSummary[]> {
      return (await repos.articles.listVisible({}, { limit }, now())).items;
    },

    /** Populer: most views received inside the trailing window, whenever the article was published. */
    async popular(limit = lists.popularLimit): Promise<PopularEntry[]> {
      const to = now();
      const top = await repos.views.mostReadInWindow(lists.popularWindowDays * 86_400_000, limit, to);
      const articles = await repos.articles.visibleSummariesByIds(
        top.map((t) => t.articleId),
        to,
      );
      const views = new Map(top.map((t) => [t.articleId, t.views]));
      return articles.map((article) => ({ article, views: views.get(article.id) ?? 0 }));
    },

    /** Summaries of the given articles that are public now, in the order of the ids. */
    async summaries(ids: number[]): Promise<ArticleSummary[]> {
      return repos.articles.visibleSummariesByIds(ids, now());
    },

    async list(filter: ArticleFilter, query: PageQuery, limit?: number): Promise<ListPage<ArticleSummary>> {
      return repos.articles.listVisible(filter, pageRequest(query, limit), now());
    },

    /** A section and the filter that lists it with everything below it. */
    async section(slug: string): Promise<{ section: Section; tree: SectionTree; filter: ArticleFilter }> {
      const tree = await sections();
      const section = tree.bySlug(slug);
      if (!section) throw new NotFound("section_not_found", "Kanal ini tidak ada.");
      return { section, tree, filter: { sectionIds: tree.descendantIds(section.id) } };
    },

    async tag(slug: string): Promise<TagRef> {
      const tag = await repos.tags.findBySlug(slug);
      if (!tag) throw new NotFound("tag_not_found", "Topik ini tidak ada.");
      return tag;
    },

    async author(slug: string): Promise<AuthorRef> {
      const author = await repos.authors.findBySlug(slug);
      if (!author) throw new NotFound("author_not_found", "Penulis ini tidak ada.");
      return author;
    },
  };
}

export type ReadingService = ReturnType<typeof createReadingService>;
