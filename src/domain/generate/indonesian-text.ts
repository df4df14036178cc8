import { type Derivation, derive, headlineVerb } from "./indonesian-morphology.ts";
import {
  ADJECTIVES,
  ADVERBS,
  CONNECTORS,
  DAYS,
  FIRST_NAMES,
  GROUPS,
  INSTITUTIONS,
  IRREGULAR_WORDS,
  LAST_NAMES,
  NOUNS,
  PLACES,
  QUANTITIES,
  ROLES,
  VERB_ROOTS,
} from "./indonesian-words.ts";
import type { Random } from "./random.ts";

/** Word forms grouped by the slot they fill in a sentence. */
interface Lexicon {
  /** Active verbs: membangun, menyampaikan, mengawasi. */
  active: string[];
  /** Headline forms of the same verbs: Bangun, Sampaikan, Awasi. */
  headline: string[];
  passive: string[];
  stative: string[];
  /** Nouns of the act: pembangunan, keamanan, perbaikan. */
  actNouns: string[];
  doers: string[];
  results: string[];
  intransitive: string[];
}

function buildLexicon(): Lexicon {
  const lex: Lexicon = {
    active: [],
    headline: [],
    passive: [],
    stative: [],
    actNouns: [],
    doers: [],
    results: [],
    intransitive: ["berlangsung", "bertahan", "berakhir", "berjalan lancar", "belajar", "bekerja"],
  };
  for (const [root, codes] of VERB_ROOTS) {
    for (const code of codes as Iterable<Derivation>) {
      const word = derive(root, code);
      if (code === "m" || code === "K" || code === "I") {
        lex.active.push(word);
        lex.headline.push(headlineVerb(root, code));
      } else if (code === "d" || code === "D" || code === "J") lex.passive.push(word);
      else if (code === "t") lex.stative.push(word);
      else if (code === "p" || code === "k") lex.actNouns.push(word);
      else if (code === "e") lex.doers.push(word);
      else if (code === "a") lex.results.push(word);
      else lex.intransitive.push(word);
    }
  }
  for (const word of IRREGULAR_WORDS) {
    if (word.startsWith("memper")) {
      lex.active.push(word);
      lex.headline.push(word.slice(2));
    } else if (word.startsWith("diper")) lex.passive.push(word);
    else if (word.startsWith("be")) lex.intransitive.push(word);
    else if (word.endsWith("an")) lex.actNouns.push(word);
    else lex.doers.push(word);
  }
  return lex;
}

const LEXICON = buildLexicon();

const SMALL_WORDS = new Set(["di", "ke", "dari", "dan", "yang", "untuk", "dengan", "oleh", "pada", "atau"]);

/** "harga beras di medan naik" → "Harga Beras di Medan Naik", the way headlines are cased. */
export function titleCase(text: string): string {
  return text
    .split(" ")
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const WORD_RE = /\S*[A-Za-z]\S*/g;

/** Words as a reader counts them: tokens with a letter in them (not "—", "(8/3)" or "17.15"). */
function countWords(text: string): number {
  return text.match(WORD_RE)?.length ?? 0;
}

export interface GeneratedStory {
  title: string;
  excerpt: string;
  /** Safe HTML: paragraphs and subheadings made only of our own words, no markup from outside. */
  bodyHtml: string;
  words: number;
  place: string;
}

/**
 * Composes plausible Indonesian news text: headlines, a dateline lead, quotes, attributions,
 * numbers, connectors, -nya forms and reduplicated plurals, all from the seeded random source.
 */
export class IndonesianWriter {
  constructor(private readonly rng: Random) {}

  person(): string {
    return `${this.rng.pick(FIRST_NAMES)} ${this.rng.pick(LAST_NAMES)}`;
  }

  private noun(): string {
    const r = this.rng.next();
    const n = this.rng.pick(NOUNS);
    if (r < 0.08 && !n.includes(" ")) return `${n}-${n}`;
    if (r < 0.16) return `${n}nya`;
    return n;
  }

  private subject(place: string): string {
    const r = this.rng.next();
    if (r < 0.35) return this.rng.pick(GROUPS);
    if (r < 0.6) return `${this.rng.pick(INSTITUTIONS)} ${place}`;
    if (r < 0.75) return `para ${this.rng.pick(LEXICON.doers)}`;
    if (r < 0.85) return "pihaknya";
    return `${this.rng.pick(ROLES)} ${this.person()}`;
  }

  private object(): string {
    const r = this.rng.next();
    if (r < 0.3) return `${this.rng.pick(LEXICON.actNouns)} ${this.noun()}`;
    if (r < 0.5) return `${this.noun()} ${this.rng.pick(ADJECTIVES)}`;
    if (r < 0.65) return `${this.rng.pick(QUANTITIES)} ${this.rng.pick(NOUNS)}`;
    if (r < 0.8) return this.rng.pick(LEXICON.results);
    return `${this.noun()} yang ${this.rng.pick(LEXICON.stative)}`;
  }

  private when(): string {
    const r = this.rng.next();
    if (r < 0.3) return `pada ${this.rng.pick(DAYS)} (${this.rng.int(1, 28)}/${this.rng.int(1, 12)})`;
    if (r < 0.5)
      return `sekitar pukul ${this.rng.int(6, 23)}.${String(this.rng.int(0, 59)).padStart(2, "0")} WIB`;
    if (r < 0.65) return "sejak pekan lalu";
    if (r < 0.8) return "dalam waktu dekat";
    return "hingga akhir tahun";
  }

  private adverbial(place: string): string {
    const r = this.rng.next();
    if (r < 0.4) return ` di ${place}`;
    if (r < 0.55) return ` di kawasan ${this.rng.pick(PLACES)}`;
    if (r < 0.85) return ` ${this.when()}`;
    return "";
  }

  private clause(place: string): string {
    const r = this.rng.next();
    const adv = this.rng.chance(0.4) ? `${this.rng.pick(ADVERBS)} ` : "";
    if (r < 0.32)
      return `${this.subject(place)} ${adv}${this.rng.pick(LEXICON.active)} ${this.object()}${this.adverbial(place)}`;
    if (r < 0.52) {
      const by = this.rng.chance(0.5) ? ` oleh ${this.subject(place)}` : "";
      return `${this.object()} ${adv}${this.rng.pick(LEXICON.passive)}${by}${this.adverbial(place)}`;
    }
    if (r < 0.64)
      return `${this.rng.pick(QUANTITIES)} ${this.rng.pick(NOUNS)} ${this.rng.pick(LEXICON.stative)}${this.adverbial(place)}`;
    if (r < 0.76)
      return `${this.rng.pick(LEXICON.actNouns)} ${this.rng.pick(NOUNS)} ${this.rng.pick(LEXICON.intransitive)}${this.adverbial(place)}`;
    if (r < 0.88) {
      const change = this.rng.pick(["naik", "turun", "bertambah", "berkurang"]);
      return `${this.noun()} ${change} ${this.rng.int(2, 60)} persen dibandingkan tahun lalu`;
    }
    return `nilai ${this.rng.pick(LEXICON.actNouns)} tersebut mencapai Rp ${this.rng.int(1, 900)} miliar`;
  }

  private sentence(place: string): string {
    const r = this.rng.next();
    if (r < 0.14) {
      const says = this.rng.pick(["kata", "ujar", "tutur", "jelas"]);
      return `“${capitalize(this.clause(place))},” ${says} ${this.rng.pick(ROLES)} ${this.person()}.`;
    }
    if (r < 0.24) return `Menurut ${this.person()}, ${this.clause(place)}.`;
    if (r < 0.4) return `${this.rng.pick(CONNECTORS)} ${this.clause(place)}.`;
    if (r < 0.46)
      return `Hal itu ${this.rng.pick(LEXICON.passive)} ${this.rng.pick(ROLES)} ${this.person()}${this.adverbial(place)}.`;
    return `${capitalize(this.clause(place))}.`;
  }

  private headline(place: string): string {
    const r = this.rng.next();
    if (r < 0.45) {
      const who = this.rng.chance(0.5) ? `${this.rng.pick(INSTITUTIONS)} ${place}` : this.rng.pick(GROUPS);
      return `${who} ${this.rng.pick(LEXICON.headline)} ${this.object()}`;
    }
    if (r < 0.65)
      return `${this.rng.pick(QUANTITIES)} ${this.rng.pick(NOUNS)} di ${place} ${this.rng.pick(LEXICON.stative)}`;
    if (r < 0.8)
      return `${this.rng.pick(NOUNS)} di ${place} ${this.rng.pick(["naik", "turun"])} ${this.rng.int(2, 60)} persen`;
    return `${this.rng.pick(LEXICON.actNouns)} ${this.rng.pick(NOUNS)} di ${place} ${this.rng.pick(LEXICON.passive)}`;
  }

  /** One story: a headline, a dateline lead that doubles as the excerpt, and 400–900 words of body. */
  story(): GeneratedStory {
    const place = this.rng.pick(PLACES);
    const title = titleCase(this.headline(place));
    const lead = this.sentence(place);
    const target = this.rng.int(400, 900);
    const parts: string[] = [];
    let paragraph = `${place.toUpperCase()}, Warta — ${lead}`;
    let words = countWords(paragraph);
    let inParagraph = 1;
    let size = this.rng.int(2, 4);
    let paragraphs = 1;
    while (words < target) {
      if (inParagraph >= size) {
        parts.push(`<p>${paragraph}</p>`);
        paragraphs++;
        if (paragraphs % 6 === 0) {
          const heading = capitalize(`${this.rng.pick(LEXICON.actNouns)} ${this.rng.pick(NOUNS)}`);
          parts.push(`<h2>${heading}</h2>`);
          words += countWords(heading);
        }
        paragraph = "";
        inParagraph = 0;
        size = this.rng.int(2, 4);
      }
      const s = this.sentence(place);
      paragraph = paragraph ? `${paragraph} ${s}` : s;
      inParagraph++;
      words += countWords(s);
    }
    parts.push(`<p>${paragraph}</p>`);
    return { title, excerpt: lead, bodyHtml: parts.join(""), words, place };
  }
}
