import { scanWords, wordMatches, wordPositions } from "./analyzer.ts";

/** A piece of text to print, marked when it is one of the words the reader searched for. */
export interface TextSegment {
  text: string;
  hit: boolean;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The readable text of stored (sanitised) body HTML: tags become spaces, entities characters. */
export function htmlToText(html: string): string {
  return htmlText(html).replace(/\s+/g, " ").trim();
}

/** htmlToText without tidying the spaces: enough for finding words (indexing). */
export function htmlText(html: string): string {
  return html.replace(/<[^>]*>/g, " ").replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : " ";
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Decides, with memory, whether a written word is one of the searched terms. One per search. */
export type WordMatcher = (word: string) => boolean;

export function wordMatcher(terms: ReadonlySet<string>): WordMatcher {
  const seen = new Map<string, boolean>();
  return (word) => {
    let hit = seen.get(word);
    if (hit === undefined) {
      hit = wordMatches(word, terms);
      seen.set(word, hit);
    }
    return hit;
  };
}

/** The whole text, split so that every word whose terms meet the search is its own marked segment. */
export function highlight(text: string, matches: WordMatcher): TextSegment[] {
  const spans = Array.from(wordPositions(text), (p) => ({ ...p, hit: matches(text.slice(p.start, p.end)) }));
  return segmentsOf(text, 0, text.length, spans);
}

/**
 * About `maxWords` words starting a little before the first matched word, with "…" where the
 * text was cut; text without a match gives its opening words. Words are examined only up to the
 * end of that window, so a long body costs what a short one does.
 */
export function snippet(text: string, matches: WordMatcher, maxWords = 32): TextSegment[] {
  const LEAD = 6;
  const spans: { start: number; end: number; hit: boolean }[] = [];
  let firstHit = -1;
  scanWords(text, (start, end) => {
    const i = spans.length;
    const hit = matches(text.slice(start, end));
    spans.push({ start, end, hit });
    if (hit && firstHit < 0) firstHit = i;
    const from = firstHit < 0 ? -1 : Math.max(0, firstHit - LEAD);
    if (from >= 0 && i >= from + maxWords - 1) return false;
    if (firstHit < 0 && i >= SNIPPET_SCAN_WORDS) return false;
  });
  if (spans.length === 0) return [];
  const startWord = firstHit < 0 ? 0 : Math.max(0, firstHit - LEAD);
  const endWord = Math.min(spans.length - 1, startWord + maxWords - 1);
  const from = startWord === 0 ? 0 : (spans[startWord]?.start ?? 0);
  const last = spans[endWord];
  const isEnd = last !== undefined && last.end >= text.trimEnd().length;
  const to = isEnd ? text.length : (last?.end ?? text.length);
  const out = segmentsOf(text, from, to, spans);
  if (from > 0) out.unshift({ text: "… ", hit: false });
  if (to < text.length) out.push({ text: " …", hit: false });
  return out;
}

/** Past this many words without a match, a snippet shows the opening instead. */
const SNIPPET_SCAN_WORDS = 1500;

function segmentsOf(
  text: string,
  from: number,
  to: number,
  spans: { start: number; end: number; hit: boolean }[],
): TextSegment[] {
  const out: TextSegment[] = [];
  let at = from;
  for (const s of spans) {
    if (s.start < from || s.end > to || !s.hit) continue;
    if (s.start > at) out.push({ text: text.slice(at, s.start), hit: false });
    out.push({ text: text.slice(s.start, s.end), hit: true });
    at = s.end;
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}
