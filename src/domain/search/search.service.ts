import type { Clock } from "../../clock.ts";
import type { EventBus } from "../events/event-bus.ts";
import { type ParsedQuery, parseQuery } from "./query-parser.ts";
import {
  after,
  CANDIDATE_LIMIT,
  decodeSearchCursor,
  encodeSearchCursor,
  HEADLINE_CANDIDATE_LIMIT,
  type Ranked,
  rank,
  rarity,
  textScore,
} from "./ranking.ts";
import { rebuildAnalysis } from "./rebuild-analysis.ts";
import type { IndexedText, ResultRow, SearchRepository } from "./search.repository.ts";
import type { Candidate, MatchExpr, SearchFilters, SearchScope, SearchSort } from "./search.types.ts";
import { documentOf } from "./search-document.ts";
import {
  highlight,
  htmlToText,
  snippet,
  type TextSegment,
  type WordMatcher,
  wordMatcher,
} from "./snippet.ts";
import { bestSuggestion } from "./suggest.ts";

/** How many vocabulary words the last, maybe unfinished word may stand for. */
const PREFIX_EXPANSIONS = 8;

export interface SearchRequest {
  /** Readers: only what is public now. Staff: drafts too (a reporter's own, an editor's all). */
  scope?: "public" | "staff";
  /** Staff scope: set for reporters, who see published stories and their own drafts only. */
  staffAuthorId?: number | null;
  filters?: SearchFilters;
  sort?: SearchSort;
  cursor?: string;
  limit?: number;
}

export interface SearchHit {
  id: number;
  slug: string;
  title: string;
  status: string;
  publishedAt: Date;
  section: { id: number; slug: string; name: string };
  authors: { slug: string; name: string }[];
  titleSegments: TextSegment[];
  snippetSegments: TextSegment[];
}

export interface SearchPage {
  query: ParsedQuery;
  items: SearchHit[];
  /** Cursor of the next page, or null on the last. */
  next: string | null;
  /** "Mungkin maksud Anda": a vocabulary word for a single misspelt word that found nothing. */
  suggestion: string | null;
  /** Matches ranked (at most CANDIDATE_LIMIT + HEADLINE_CANDIDATE_LIMIT per searched word). */
  matched: number;
}

/**
 * Search for readers (public) and the newsroom (staff) over one engine. Queries are parsed and
 * analysed here, matched by the repository's dialect, ranked by `ranking.ts`, and shown with the
 * matched words marked.
 */
export function createSearchService(repo: SearchRepository, clock: Clock, defaultLimit = 20) {
  async function matchOf(q: ParsedQuery): Promise<{ match: MatchExpr; marked: Set<string> }> {
    const marked = new Set<string>();
    const all: string[][][] = [];
    for (const [i, part] of q.required.entries()) {
      for (const t of part.terms) marked.add(t);
      if (q.prefix && q.prefix.partIndex === i) {
        // A finished word the vocabulary knows ("pemilu") is not also read as affix + stem ("ilu…").
        const forms = (await repo.hasTerm(q.prefix.stem)) ? q.prefix.forms.slice(0, 1) : q.prefix.forms;
        const found = await Promise.all(forms.map((f) => repo.termsWithPrefix(f, PREFIX_EXPANSIONS)));
        const more = [...new Set(found.flat())].slice(0, PREFIX_EXPANSIONS);
        for (const t of more) marked.add(t);
        all.push([part.terms, ...more.filter((t) => t !== q.prefix?.stem).map((t) => [t])]);
      } else {
        all.push([part.terms]);
      }
    }
    return { match: { all, none: q.excluded.map((p) => [p.terms]) }, marked };
  }

  function hitOf(row: ResultRow, matches: WordMatcher): SearchHit {
    const inText = snippet(htmlToText(row.bodyHtml), matches);
    const snippetSegments =
      inText.some((s) => s.hit) || !row.excerpt ? inText : snippet(row.excerpt, matches);
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      status: row.status,
      publishedAt: new Date(row.publishedAt ?? row.updatedAt),
      section: row.section,
      authors: row.authors,
      titleSegments: highlight(row.title, matches),
      snippetSegments,
    };
  }

  async function suggestionFor(q: ParsedQuery, scope: SearchScope): Promise<string | null> {
    const word = q.singleWord;
    const stem = q.required[0]?.terms[0];
    if (!word || !stem || word.length < 3 || /\d/.test(word)) return null;
    const forms = [...new Set([word, stem])];
    const candidates = await repo.termsNear(word[0] ?? "", word.length - 2, word.length + 2);
    const suggestion = bestSuggestion(forms, candidates);
    if (!suggestion) return null;
    // Only suggest what would find something the same reader may see.
    const found = await repo.matches({ all: [[[suggestion]]], none: [] }, scope, {}, 1);
    return found.length > 0 ? suggestion : null;
  }

  /** The newest matches plus the newest headline matches of each part, scored (see ranking.ts). */
  async function candidatesFor(
    match: MatchExpr,
    scope: SearchScope,
    filters: SearchFilters,
  ): Promise<Candidate[]> {
    const recent = await repo.matches(match, scope, filters, CANDIDATE_LIMIT);
    if (recent.length === 0) return [];
    const inHeadline: Set<number>[] = [];
    const all = new Map(recent.map((m) => [m.id, m]));
    for (const [i] of match.all.entries()) {
      const found = await repo.matches(match, scope, filters, HEADLINE_CANDIDATE_LIMIT, i);
      inHeadline.push(new Set(found.map((m) => m.id)));
      for (const m of found) all.set(m.id, m);
    }
    // A part weighs as much as its rarest word (a phrase is as rare as its rarest word).
    const frequencies = await repo.documentFrequencies([...new Set(match.all.flat(2))]);
    const weights = match.all.map((alts) =>
      rarity(Math.min(...(alts[0] ?? []).map((t) => frequencies.get(t) ?? 0))),
    );
    return [...all.values()].map((m) => ({
      ...m,
      textScore: textScore(
        inHeadline.map((ids) => ids.has(m.id)),
        weights,
      ),
    }));
  }

  // Draft saves announce nothing (only public changes are events), so before a staff search the
  // unpublished articles changed since the last look are indexed. They are few; readers never wait.
  let draftsSeenUntil = 0;
  async function catchUpUnpublished(): Promise<void> {
    const changed = await repo.unpublishedChangedSince(draftsSeenUntil);
    for (const c of changed) {
      await service.indexArticle(c.id);
      draftsSeenUntil = Math.max(draftsSeenUntil, c.updatedAt);
    }
  }

  const service = {
    /** One page of results. Throws Invalid (with a reader-facing message) for unusable queries. */
    async search(raw: string, req: SearchRequest = {}): Promise<SearchPage> {
      const q = parseQuery(raw);
      const sort = req.sort ?? "relevance";
      const limit = req.limit ?? defaultLimit;
      const cursor = req.cursor ? decodeSearchCursor(req.cursor) : null;
      const now = clock.now().getTime();
      const scope: SearchScope =
        req.scope === "staff"
          ? { kind: "staff", authorId: req.staffAuthorId ?? null }
          : { kind: "public", now };
      if (scope.kind === "staff") await catchUpUnpublished();
      const { match, marked } = await matchOf(q);
      const filters = req.filters ?? {};
      const candidates = await candidatesFor(match, scope, filters);
      const t0 = cursor?.t0 ?? now;
      let ranked: Ranked[] = rank(candidates, cursor?.sort ?? sort, t0);
      if (cursor) ranked = after(ranked, cursor);
      const page = ranked.slice(0, limit);
      const rows = await repo.resultRows(page.map((r) => r.id));
      const matches = wordMatcher(marked);
      const last = page[page.length - 1];
      const suggestion = candidates.length === 0 ? await suggestionFor(q, scope) : null;
      return {
        query: q,
        items: rows.map((row) => hitOf(row, matches)),
        next:
          last && ranked.length > limit
            ? encodeSearchCursor({ sort: cursor?.sort ?? sort, t0, key: last.key, id: last.id })
            : null,
        suggestion,
        matched: candidates.length,
      };
    },

    /** (Re)indexes one article as it is stored now: drafts too, for staff search. */
    async indexArticle(id: number): Promise<void> {
      const [article] = await repo.indexable([id]);
      if (!article) {
        await repo.remove(id);
        return;
      }
      await repo.write(documentOf(article));
    },

    removeArticle: (id: number) => repo.remove(id),

    /**
     * Rebuilds the whole index and the vocabulary from the articles table, in batches, reporting
     * progress. Searches keep working meanwhile (on a partly filled index).
     */
    async reindex(onProgress?: (done: number, total: number) => void, batchSize = 2000): Promise<number> {
      const total = await repo.articleCount();
      await repo.clear();
      const analysis = rebuildAnalysis();
      let done = 0;
      try {
        let afterId = 0;
        // The next batch is analysed (in the worker) while this one is written.
        let analysing: { count: number; texts: Promise<IndexedText[]> } | null = null;
        for (;;) {
          const batch = await repo.indexableBatch(afterId, batchSize);
          afterId = batch[batch.length - 1]?.id ?? afterId;
          const next = batch.length > 0 ? { count: batch.length, texts: analysis.analyse(batch) } : null;
          // Its failure is reported where it is awaited, not as an unhandled rejection meanwhile.
          next?.texts.catch(() => {});
          if (analysing) {
            await repo.writeBatch(await analysing.texts);
            done += analysing.count;
            onProgress?.(done, Math.max(total, done));
          }
          analysing = next;
          if (!analysing) break;
        }
        await repo.replaceVocabulary(await analysis.vocabulary());
      } finally {
        await analysis.close();
      }
      await repo.finishRebuild();
      return done;
    },

    /** Keeps the index in step with the newsroom and imports: every article event updates it at once. */
    subscribe(events: EventBus): () => void {
      return events.subscribe(async (event) => {
        if (event.type === "article.deleted") await service.removeArticle(event.articleId);
        else await service.indexArticle(event.articleId);
      });
    },

    /** True when articles exist but the index is empty (made before search existed, or emptied by an upgrade). */
    async needsReindex(): Promise<boolean> {
      return (await repo.indexIsEmpty()) && (await repo.hasArticles());
    },
  };
  return service;
}

export type SearchService = ReturnType<typeof createSearchService>;
