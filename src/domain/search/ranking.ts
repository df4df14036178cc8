import { Invalid } from "../../errors.ts";
import type { Candidate, SearchSort } from "./search.types.ts";

/**
 * How results are ordered: the blend, in one place, computed in TypeScript from what both engines
 * report identically (which stories match, which match in the headline), so SQLite and
 * PostgreSQL rank the same stories the same way.
 *
 * 1. **Text score**: `1 + (HEADLINE_WEIGHT − 1) × share`, where `share` is the part of the query
 *    found in the headline, each searched word weighted by its rarity in the site's vocabulary
 *    (`ln(1 + 1,000,000 / (1 + stories containing it))`). A story with every word in its headline
 *    scores HEADLINE_WEIGHT (3), one with the words only in the body scores 1.
 * 2. **Freshness**, multiplied in: `score = text × (1 + FRESHNESS_BOOST × 2^(−age / HALF_LIFE))`.
 *    A story published just now counts double, one a month old 1.5×, one a year old ~1×: among
 *    comparable matches newer stories come first, but a headline match from last year still
 *    beats a passing mention from this morning. Age is measured from the moment the first page
 *    was asked for (carried in the cursor), so paging never reshuffles.
 * 3. Ties: newer first, then higher id.
 *
 * The engines' own scores (FTS5 `bm25`, PostgreSQL `ts_rank`/`ts_rank_cd` with headline weight A
 * over body B) were measured against this blend (bench/search-engines.ts; docs/performance.md)
 * and are not used, because of cost on SQLite, not agreement:
 * - FTS5's bm25 counts, inside FTS5 and on every query, every story holding each searched word
 *   (its idf). On the 1,000,000-story archive that alone is 6–20 ms per common word even when
 *   only the newest 300 matches are scored (45 ms for three words, against a 50 ms budget for the
 *   whole search), and ranking all matches by bm25 takes 0.25–1.6 s. No cache can avoid it.
 * - For a word in more than half of the stories bm25's idf is zero or less, which FTS5 clamps
 *   to 1e-6: for the commonest words it says nothing.
 * - On the judged set the engines' scores (with freshness blended in as below) agree with each
 *   other on all 45 queries, but rank worse than this blend (precision at 5 0.978 instead of
 *   1.000; first result right 39 of 40 instead of 40).
 * The rarity of a word comes from the per-term story counts kept in `search_terms` (exact after a
 * rebuild), the same numbers on both engines.
 *
 * What gets ranked: the CANDIDATE_LIMIT most recently added matches (highest article id), plus,
 * for each searched word, the HEADLINE_CANDIDATE_LIMIT most recently added matches with that word
 * in the headline. The headline look-ups read the short list of the word's marked headline term
 * (see HEADLINE_MARK in analyzer.ts) and skip ahead in the other words' lists, so a word found in
 * hundreds of thousands of stories costs about what a rare one does. A reader can page through
 * every candidate; sorting by newest uses the same candidates. "Recently added" follows article
 * ids, which follow publication for stories written in the newsroom and for imports made oldest
 * first; a story published long after it was created (an embargo) is scored by its publish time
 * but enters the windows by its id, so for a very common word it may only be found through its
 * headline.
 */
export const HEADLINE_WEIGHT = 3;
export const FRESHNESS_BOOST = 1;
export const FRESHNESS_HALF_LIFE_DAYS = 30;
export const CANDIDATE_LIMIT = 300;
export const HEADLINE_CANDIDATE_LIMIT = 100;

/** How much a searched word counts, from how many stories contain it. */
export function rarity(storiesWithWord: number): number {
  return Math.log(1 + 1_000_000 / (1 + storiesWithWord));
}

/** The text score of a story, from which of the query's parts (with their weights) are in its headline. */
export function textScore(inHeadline: boolean[], weights: number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return 1;
  const found = weights.reduce((sum, w, i) => sum + (inHeadline[i] ? w : 0), 0);
  return 1 + (HEADLINE_WEIGHT - 1) * (found / total);
}

const HALF_LIFE_MS = FRESHNESS_HALF_LIFE_DAYS * 86_400_000;

export function blendedScore(c: Candidate, t0: number): number {
  const age = Math.max(0, t0 - c.publishedAt);
  return c.textScore * (1 + FRESHNESS_BOOST * 2 ** (-age / HALF_LIFE_MS));
}

export interface Ranked extends Candidate {
  key: number;
}

/** Candidates in result order with the key the cursor remembers (score or publish time). */
export function rank(candidates: Candidate[], sort: SearchSort, t0: number): Ranked[] {
  const ranked = candidates.map((c) => ({
    ...c,
    key: sort === "newest" ? c.publishedAt : blendedScore(c, t0),
  }));
  return ranked.sort((a, b) => b.key - a.key || b.publishedAt - a.publishedAt || b.id - a.id);
}

/** Where the next page starts: after the entry with this key and id, scored at time t0. */
export interface SearchCursor {
  sort: SearchSort;
  t0: number;
  key: number;
  id: number;
}

export function encodeSearchCursor(c: SearchCursor): string {
  return Buffer.from(JSON.stringify([c.sort === "newest" ? "n" : "r", c.t0, c.key, c.id])).toString(
    "base64url",
  );
}

export function decodeSearchCursor(raw: string): SearchCursor {
  const bad = () => new Invalid("bad_cursor", "Penanda halaman hasil pencarian tidak valid.");
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(raw)) throw bad();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw bad();
  }
  if (!Array.isArray(value) || value.length !== 4) throw bad();
  const [s, t0, key, id] = value as unknown[];
  if (
    (s !== "n" && s !== "r") ||
    !Number.isSafeInteger(t0) ||
    typeof key !== "number" ||
    !Number.isFinite(key) ||
    !Number.isSafeInteger(id)
  )
    throw bad();
  return { sort: s === "n" ? "newest" : "relevance", t0: t0 as number, key, id: id as number };
}

/** The entries after the cursor, in the same order (by position if the entry is still there). */
export function after(ranked: Ranked[], cursor: SearchCursor): Ranked[] {
  const at = ranked.findIndex((r) => r.id === cursor.id);
  if (at >= 0) return ranked.slice(at + 1);
  const next = ranked.findIndex((r) => r.key < cursor.key || (r.key === cursor.key && r.id < cursor.id));
  return next < 0 ? [] : ranked.slice(next);
}
