import { slugify } from "../slug.ts";
import { HOUR_MS, type HourlyViews } from "../views/views.repository.ts";
import { FIRST_NAMES, GENERAL_TAGS, LAST_NAMES, PLACES, TOPICS } from "./indonesian-words.ts";
import type { Random } from "./random.ts";

export interface PlannedSection {
  slug: string;
  name: string;
  parent: string | null;
  /** How often articles land here, relative to the other sections. */
  weight: number;
}

/** A root, eight channels and subsections, like a national portal's navigation. */
export const SECTIONS: readonly PlannedSection[] = [
  { slug: "berita", name: "Berita", parent: null, weight: 0 },
  { slug: "nasional", name: "Nasional", parent: "berita", weight: 10 },
  { slug: "hukum", name: "Hukum", parent: "nasional", weight: 5 },
  { slug: "pendidikan", name: "Pendidikan", parent: "nasional", weight: 3 },
  { slug: "politik", name: "Politik", parent: "berita", weight: 9 },
  { slug: "ekonomi", name: "Ekonomi", parent: "berita", weight: 7 },
  { slug: "bisnis", name: "Bisnis", parent: "ekonomi", weight: 4 },
  { slug: "keuangan", name: "Keuangan", parent: "ekonomi", weight: 3 },
  { slug: "daerah", name: "Daerah", parent: "berita", weight: 12 },
  { slug: "internasional", name: "Internasional", parent: "berita", weight: 5 },
  { slug: "olahraga", name: "Olahraga", parent: "berita", weight: 4 },
  { slug: "sepak-bola", name: "Sepak Bola", parent: "olahraga", weight: 6 },
  { slug: "bulu-tangkis", name: "Bulu Tangkis", parent: "olahraga", weight: 2 },
  { slug: "teknologi", name: "Teknologi", parent: "berita", weight: 4 },
  { slug: "hiburan", name: "Hiburan", parent: "berita", weight: 3 },
  { slug: "musik", name: "Musik", parent: "hiburan", weight: 2 },
  { slug: "film", name: "Film", parent: "hiburan", weight: 2 },
  { slug: "gaya-hidup", name: "Gaya Hidup", parent: "berita", weight: 3 },
  { slug: "kesehatan", name: "Kesehatan", parent: "gaya-hidup", weight: 3 },
  { slug: "kuliner", name: "Kuliner", parent: "gaya-hidup", weight: 2 },
];

export const AUTHOR_COUNT = 40;

/** Reporters with Indonesian names (distinct), plus the desk account most portals have. */
export function planAuthors(rng: Random): Array<{ slug: string; name: string }> {
  const out = new Map<string, string>();
  while (out.size < AUTHOR_COUNT - 1) {
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    out.set(slugify(name), name);
  }
  out.set("redaksi", "Redaksi");
  return [...out].map(([slug, name]) => ({ slug, name }));
}

/** Every topic in every place ("Banjir Samarinda"), plus standing national topics. */
export function planTags(): string[] {
  return [...GENERAL_TAGS, ...TOPICS.flatMap((topic) => PLACES.map((place) => `${topic} ${place}`))];
}

/** Picks sections in proportion to their weights. */
export function sectionPicker(rng: Random, sectionIds: Map<string, number>): () => number {
  const pool: number[] = [];
  for (const s of SECTIONS) {
    const id = sectionIds.get(s.slug);
    if (id !== undefined) for (let i = 0; i < s.weight; i++) pool.push(id);
  }
  return () => rng.pick(pool);
}

/**
 * How far back the archive reaches: three years for a small archive, up to ten for a million
 * articles, so the daily volume stays that of a real newsroom (tens to hundreds a day).
 */
export function archiveSpanMs(articles: number): number {
  const years = 3 + 7 * Math.min(1, articles / 1_000_000);
  return Math.round(years * 365.25 * 24 * HOUR_MS);
}

/**
 * Publish time of the i-th article (oldest first): more articles per day in recent years, as a
 * growing newsroom publishes, and strictly not after `now`. Rounded to the minute.
 */
export function publishTime(i: number, total: number, now: number, span: number, jitter: number): number {
  const u = (i + jitter) / total;
  const at = now - span + span * Math.sqrt(u);
  return Math.min(now - 60_000, Math.floor(at / 60_000) * 60_000);
}

/** How long before `now` an article still gets views: Populer looks back about a week. */
export const VIEW_HISTORY_MS = 21 * 24 * HOUR_MS;

/**
 * Hourly views of one article published at `publishedAt`: a burst in the first two days that
 * fades, then a few readers a day. A few stories go viral; most are read by a few hundred.
 */
export function viewHistory(rng: Random, articleId: number, publishedAt: number, now: number): HourlyViews[] {
  const out: HourlyViews[] = [];
  const first = publishedAt - (publishedAt % HOUR_MS);
  const last = now - (now % HOUR_MS);
  const peak = 5 + Math.floor(3000 * rng.next() ** 6);
  for (let hour = first, h = 0; hour <= last; hour += HOUR_MS, h++) {
    if (h > 48 && rng.next() > 1 / 24) continue;
    const count = Math.round(peak * Math.exp(-h / 10) * (0.5 + rng.next()) + (h > 48 ? rng.int(1, 5) : 0));
    if (count > 0) out.push({ articleId, hour, count });
  }
  return out;
}
