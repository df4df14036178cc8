import { Invalid } from "../../errors.ts";
import { analyzeWord, fold, words } from "./analyzer.ts";

export const MAX_QUERY_LENGTH = 200;

/** One thing the reader asked for: a word (its terms) or a quoted phrase. */
export interface QueryPart {
  terms: string[];
  /** As typed, for messages and suggestions. */
  text: string;
}

export interface ParsedQuery {
  /** Every part must match. */
  required: QueryPart[];
  /** No part may match. */
  excluded: QueryPart[];
  /**
   * The last word, folded, when it may still be being typed (not quoted, not excluded, at the
   * very end): the search also accepts words that start with it.
   */
  prefix: { partIndex: number; stem: string; forms: string[] } | null;
  /** The query is one plain word: the case where a spelling suggestion makes sense. */
  singleWord: string | null;
}

// C0/C1 controls (tab, newline and CR are plain spaces to us), unpaired surrogates, U+FFFD from
// undecodable bytes, and the noncharacters: nobody types these; binary junk does.
function hasBadCharacters(text: string): boolean {
  if (/\p{Cs}|[\uFFFD\uFFFE\uFFFF]/u.test(text)) return true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/**
 * Reads the syntax people already know from web search: words (all must match), "exact phrase",
 * -excluded (a word or a "phrase"). Throws Invalid with a reader-facing message for empty, too
 * long, binary or operator-only input.
 */
export function parseQuery(raw: string): ParsedQuery {
  if (raw.length > MAX_QUERY_LENGTH) {
    throw new Invalid(
      "query_too_long",
      `Kata kunci terlalu panjang: paling banyak ${MAX_QUERY_LENGTH} karakter.`,
    );
  }
  if (hasBadCharacters(raw)) {
    throw new Invalid("query_bad_characters", "Kata kunci berisi karakter yang tidak dapat dibaca.");
  }
  const text = raw.trim();
  if (text === "") throw new Invalid("query_empty", "Tuliskan kata yang ingin Anda cari.");

  const required: QueryPart[] = [];
  const excluded: QueryPart[] = [];
  let prefix: ParsedQuery["prefix"] = null;
  let sawWord = false;
  // A token: optional minus, then a quoted phrase (closing quote optional) or a bare word.
  const TOKEN = /(-?)(?:"([^"]*)"?|([^\s"]+))/g;
  for (const m of text.matchAll(TOKEN)) {
    const negated = m[1] === "-";
    const isPhrase = m[2] !== undefined;
    const body = m[2] ?? m[3] ?? "";
    const ws = words(body);
    if (ws.length === 0) continue;
    sawWord = true;
    const terms = ws.flatMap(analyzeWord);
    if (terms.length === 0) continue;
    const part = { terms, text: body.trim() };
    if (negated) {
      excluded.push(part);
      continue;
    }
    required.push(part);
    const atEnd = (m.index ?? 0) + m[0].length === text.length && raw.trimEnd() === raw;
    const lastWord = ws[ws.length - 1] ?? "";
    if (!isPhrase && ws.length === 1 && atEnd && terms.length === 1 && fold(lastWord).length >= 3) {
      prefix = { partIndex: required.length - 1, stem: terms[0] ?? "", forms: prefixForms(fold(lastWord)) };
    }
  }
  if (required.length === 0) {
    if (!sawWord)
      throw new Invalid(
        "query_no_words",
        "Kata kunci hanya berisi tanda baca; tuliskan kata yang ingin dicari.",
      );
    if (excluded.length > 0)
      throw new Invalid(
        "query_only_excluded",
        "Tuliskan juga kata yang dicari, bukan hanya kata yang dikecualikan.",
      );
    throw new Invalid(
      "query_too_common",
      "Kata yang Anda cari terlalu umum. Tambahkan kata yang lebih khusus.",
    );
  }
  const only = required[0];
  const singleWord =
    required.length === 1 && excluded.length === 0 && only && only.terms.length === 1 && !/\s|"/.test(text)
      ? fold(only.text)
      : null;
  return { required, excluded, prefix, singleWord };
}

// Longest first: "peng" before "pe". The index holds stems, so "perpus" must also look for "pus…".
const AFFIXES = [
  "memper",
  "meng",
  "meny",
  "peng",
  "peny",
  "diper",
  "mem",
  "men",
  "pem",
  "pen",
  "per",
  "ber",
  "ter",
  "me",
  "pe",
  "be",
  "di",
  "ke",
  "se",
];

/** A half-typed word and its likely stem beginnings, for matching vocabulary terms by prefix. */
export function prefixForms(word: string): string[] {
  const clean = word.replace(/['\u2019]/g, "");
  const forms = [clean];
  const affix = AFFIXES.find((a) => clean.startsWith(a) && clean.length - a.length >= 3);
  if (affix) forms.push(clean.slice(affix.length));
  return forms;
}
