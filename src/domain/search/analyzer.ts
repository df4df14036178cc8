import { Stemmer } from "sastrawijs";
import { STOP_WORDS } from "./stopwords-id.ts";

/**
 * Indonesian text analysis, run in TypeScript so that SQLite and PostgreSQL index exactly the same
 * terms: fold case and diacritics, drop stop words, stem with Sastrawi (dictionary-based, so
 * me-/ber-/di-/ter-/pe-…-an/-kan/-i/-nya forms meet their root: "berkunjung", "kunjungan" and
 * "dikunjungi" all become "kunjung"), collapse reduplication ("anak-anak" → "anak"). Words the
 * dictionary does not know (names, places, brands) and anything with a digit are kept as typed.
 * Terms contain only letters and digits, so both engines' tokenizers see one word per term.
 */

const stemmer = new Stemmer();
// Roots in Sastrawi's dictionary that steal common news words: "pemain" would become "ain",
// "mengunjungi" "unjung", "pemilu" "ilu". Without them the right root is found.
stemmer.remove(["ain", "unjung", "ilu", "milu"]);
/** Words that look affixed but are roots of their own in news ("pemilu" is not "pe-" + "milu"). */
const KEEP_AS_IS = new Set([
  "pemilu",
  "pilkada",
  "pilpres",
  "pileg",
  "ponsel",
  "narkoba",
  "balita",
  "berita",
]);

const STEM_CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string>();

function stem(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  const out = KEEP_AS_IS.has(word) ? word : stemmer.stem(word).toLowerCase();
  // Sastrawi returns pieces with hyphens or odd characters for a few inputs; keep terms clean.
  const clean = /^[\p{L}\p{N}]+$/u.test(out) && out.length > 0 ? out : word;
  stemCache.set(word, clean);
  return clean;
}

/**
 * The index holds each headline term a second time, prefixed with "ḣ" (U+1E23), as a term of its
 * own: "banjir in the headline" then has its own short list in the index, so finding the newest
 * stories with a word in their headline reads a few thousand entries instead of the hundreds of
 * thousands of every story that mentions the word. The analyzer never produces "ḣ" (folding
 * decomposes it into "h" and a dot that is dropped), so a marked term cannot meet a real one;
 * both engines' tokenizers treat it as a letter.
 */
export const HEADLINE_MARK = "\u1e23";

export function headlineTerm(term: string): string {
  return HEADLINE_MARK + term;
}

/** Lowercase without diacritics or compatibility forms: "Pelé" → "pele", "ＡＢＣ" → "abc". */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * A word as written in a text: a run of letters, digits and marks (`[\p{L}\p{N}\p{M}]+`), runs
 * joined by a hyphen or apostrophe (`anak-anak`, `Jum'at`), or by `.`/`,` between two digits
 * (`1.000.000`, `2,5`). As a regular expression:
 * `[\p{L}\p{N}\p{M}]+(?:(?:[-'’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*` (with /u); this
 * hand-written scanner finds exactly the same words about 2.5× faster and allocates no match
 * objects, which matters when a rebuild reads a billion words. Calls `onWord` with each word's
 * start and end (UTF-16 offsets); scanning stops when it returns false.
 */
export function scanWords(text: string, onWord: (start: number, end: number) => unknown): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.codePointAt(i) as number;
    if (!isWordCode(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let last = cp;
    i += cp > 0xffff ? 2 : 1;
    for (;;) {
      while (i < n) {
        cp = text.codePointAt(i) as number;
        if (!isWordCode(cp)) break;
        last = cp;
        i += cp > 0xffff ? 2 : 1;
      }
      if (i + 1 >= n) break;
      const sep = text.charCodeAt(i);
      const joins = sep === 0x2d || sep === 0x27 || sep === 0x2019;
      if (!joins && !((sep === 0x2e || sep === 0x2c) && isDigitCode(last))) break;
      const next = text.codePointAt(i + 1) as number;
      if (joins ? !isWordCode(next) : !isDigitCode(next)) break;
      i += 1;
    }
    if (onWord(start, i) === false) return;
  }
}

const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
const DIGIT_RE = /\p{N}/u;

function isWordCode(cp: number): boolean {
  if (cp < 0x80)
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return WORD_CHAR_RE.test(String.fromCodePoint(cp));
}

function isDigitCode(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return DIGIT_RE.test(String.fromCodePoint(cp));
}

const MAX_TERM_LENGTH = 40;

export interface WordSpan {
  start: number;
  end: number;
  /** The terms this word contributes to the index (often one, none for stop words). */
  terms: string[];
}

/** The terms of one written word. Exported for the query parser, which analyses word by word. */
export function analyzeWord(raw: string): string[] {
  // News text repeats its words (Zipf): remembering whole words makes a rebuild mostly lookups.
  const hit = wordCache.get(raw);
  if (hit !== undefined) return hit;
  if (wordCache.size >= STEM_CACHE_LIMIT) wordCache.clear();
  const terms = analyzeFreshWord(raw);
  wordCache.set(raw, terms);
  return terms;
}

const wordCache = new Map<string, string[]>();

function analyzeFreshWord(raw: string): string[] {
  let word = fold(raw).replace(/['\u2019]/g, "");
  // 1.000.000 is one number; 2,5 is two parts (both engines would split it anyway).
  if (/^\d{1,3}(\.\d{3})+$/.test(word)) word = word.replace(/\./g, "");
  const parts = word.split(/[-.,]/).filter((p) => p.length > 0);
  if (parts.length > 1) {
    const stems = parts.map(termOf);
    const first = stems[0];
    // Reduplication: "anak-anak", "anak-anaknya", "bermain-main" all have one root.
    if (first && stems.every((s) => s === first)) return [first];
    return stems.filter((s): s is string => s !== null);
  }
  const only = parts[0] ? termOf(parts[0]) : null;
  return only ? [only] : [];
}

function termOf(part: string): string | null {
  if (STOP_WORDS.has(part)) return null;
  // Very long "words" (hashes, run-together junk) are cut, the same way in texts and queries.
  if (part.length > MAX_TERM_LENGTH || /\p{N}/u.test(part)) return part.slice(0, MAX_TERM_LENGTH);
  if (part.length < 2) return null;
  return stem(part);
}

/** Every word of a text with its position and terms, for highlighting matches in the original. */
export function analyzeSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  scanWords(text, (start, end) => {
    out.push({ start, end, terms: analyzeWord(text.slice(start, end)) });
  });
  return out;
}

/** Where the words of a text are, without analysing them. */
export function wordPositions(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  scanWords(text, (start, end) => {
    out.push({ start, end });
  });
  return out;
}

/**
 * Whether a written word analyses to one of `terms`. Most words are ruled out without stemming:
 * a word can only reach a root it contains, perhaps without the first letter (meN- replaces
 * t/k/p/s: "menanam" holds "anam" of "tanam").
 */
export function wordMatches(word: string, terms: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  let possible = false;
  for (const t of terms) {
    if (lower.includes(t) || (t.length > 3 && lower.includes(t.slice(1)))) {
      possible = true;
      break;
    }
  }
  if (!possible && !/[^\u0020-\u007e]/.test(word)) return false;
  return analyzeWord(word).some((t) => terms.has(t));
}

/** The index terms of a text, in order (positions matter for phrases). */
export function analyze(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (start, end) => {
    for (const t of analyzeWord(text.slice(start, end))) out.push(t);
  });
  return out;
}

/** The words of a text as written, for the query parser. */
export function words(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (start, end) => {
    out.push(text.slice(start, end));
  });
  return out;
}
