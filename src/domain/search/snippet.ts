import { analyzeSpans } from "./analyzer.ts";

/** A piece of text to print, marked when it is one of the words the reader searched for. */
export interface TextSegment {
  text: string;
  hit: boolean;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The readable text of stored (sanitised) body HTML: tags become spaces, entities characters. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#") {
        const code =
          name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : " ";
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** The whole text, split so that every word whose terms meet `terms` is its own marked segment. */
export function highlight(text: string, terms: ReadonlySet<string>): TextSegment[] {
  return segmentsOf(text, 0, text.length, terms);
}

/**
 * A window of about `maxWords` words around the densest cluster of matched words, with "…" where
 * the text was cut. Text without a match gives its opening words.
 */
export function snippet(text: string, terms: ReadonlySet<string>, maxWords = 32): TextSegment[] {
  const spans = analyzeSpans(text);
  if (spans.length === 0) return [];
  const hits = spans.map((s) => s.terms.some((t) => terms.has(t)));
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < spans.length; i++) {
    if (hits[i]) count++;
    if (i >= maxWords && hits[i - maxWords]) count--;
    const start = Math.max(0, i - maxWords + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  // Start a few words before the first hit so it reads as a sentence, not a fragment.
  const firstHit = hits.indexOf(true, best);
  let startWord = bestCount > 0 && firstHit >= 0 ? Math.max(0, firstHit - 6) : 0;
  const endWord = Math.min(spans.length - 1, startWord + maxWords - 1);
  if (endWord - startWord < maxWords - 1) startWord = Math.max(0, endWord - maxWords + 1);
  const from = startWord === 0 ? 0 : (spans[startWord]?.start ?? 0);
  const to = endWord === spans.length - 1 ? text.length : (spans[endWord]?.end ?? text.length);
  const out = segmentsOf(text, from, to, terms, spans);
  if (from > 0) out.unshift({ text: "… ", hit: false });
  if (to < text.length) out.push({ text: " …", hit: false });
  return out;
}

function segmentsOf(
  text: string,
  from: number,
  to: number,
  terms: ReadonlySet<string>,
  spans = analyzeSpans(text),
): TextSegment[] {
  const out: TextSegment[] = [];
  let at = from;
  for (const s of spans) {
    if (s.start < from || s.end > to) continue;
    if (!s.terms.some((t) => terms.has(t))) continue;
    if (s.start > at) out.push({ text: text.slice(at, s.start), hit: false });
    out.push({ text: text.slice(s.start, s.end), hit: true });
    at = s.end;
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}
