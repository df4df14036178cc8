import { Invalid, NotFound } from "../../errors.ts";
import type { ReadingService } from "../articles/reading.service.ts";
import { zonedDayRange } from "../dates/format-date.ts";
import type { SearchFilters } from "./search.types.ts";

/** Filters as they arrive from a URL: slugs and calendar days in the site's zone. */
export interface RawSearchFilters {
  section?: string;
  author?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  /** YYYY-MM-DD, inclusive. */
  to?: string;
}

/**
 * Slugs to ids (a section includes its subsections) and days to instants. Throws Invalid with
 * codes `bad_section`, `bad_author`, `bad_from`, `bad_to`, so callers can name the parameter.
 */
export async function resolveSearchFilters(
  reading: ReadingService,
  raw: RawSearchFilters,
  timeZone: string,
): Promise<SearchFilters> {
  const out: SearchFilters = {};
  if (raw.section) {
    try {
      out.sectionIds = (await reading.section(raw.section)).filter.sectionIds;
    } catch (err) {
      if (err instanceof NotFound) throw new Invalid("bad_section", "Kanal yang dipilih tidak ada.");
      throw err;
    }
  }
  if (raw.author) {
    try {
      out.authorId = (await reading.author(raw.author)).id;
    } catch (err) {
      if (err instanceof NotFound) throw new Invalid("bad_author", "Penulis yang dipilih tidak ada.");
      throw err;
    }
  }
  if (raw.from) {
    const range = zonedDayRange(raw.from, timeZone);
    if (!range) throw new Invalid("bad_from", "Tanggal awal tidak valid. Gunakan format TTTT-BB-HH.");
    out.publishedFrom = range.start.getTime();
  }
  if (raw.to) {
    const range = zonedDayRange(raw.to, timeZone);
    if (!range) throw new Invalid("bad_to", "Tanggal akhir tidak valid. Gunakan format TTTT-BB-HH.");
    out.publishedBefore = range.end.getTime();
  }
  if (
    out.publishedFrom !== undefined &&
    out.publishedBefore !== undefined &&
    out.publishedFrom >= out.publishedBefore
  ) {
    throw new Invalid("bad_to", "Tanggal akhir harus sama dengan atau sesudah tanggal awal.");
  }
  return out;
}
