import type { FastifyInstance } from "fastify";
import type { Clock } from "../../clock.ts";
import type { SiteConfig } from "../../config.ts";
import type { ReadingService } from "../../domain/articles/reading.service.ts";
import { formatListDate, toZonedIso, zonedIsoDay } from "../../domain/dates/format-date.ts";
import type { SearchPage as SearchResults, SearchService } from "../../domain/search/search.service.ts";
import { type RawSearchFilters, resolveSearchFilters } from "../../domain/search/search-filters.ts";
import { Invalid } from "../../errors.ts";
import { SearchPage, type SearchPageVM } from "../../views/pages/search.tsx";
import { cacheTag } from "../cache/cache-tags.ts";
import type { Presenter } from "./presenter.ts";
import { renderDocument } from "./render.ts";
import { urls } from "./urls.ts";

export interface SearchPagesDeps {
  search: SearchService;
  reading: ReadingService;
  presenter: Presenter;
  site: SiteConfig;
  clock: Clock;
}

export interface SearchPageQuery {
  q?: string;
  kanal?: string;
  penulis?: string;
  dari?: string;
  sampai?: string;
  urut?: "relevansi" | "terbaru";
  lanjut?: string;
}

// Generous limits: longer or odd input reaches the service, which explains the problem on the page.
const querySchema = {
  type: "object",
  properties: {
    q: { type: "string", maxLength: 4000 },
    kanal: { type: "string", maxLength: 200 },
    penulis: { type: "string", maxLength: 200 },
    dari: { type: "string", maxLength: 40 },
    sampai: { type: "string", maxLength: 40 },
    urut: { type: "string", enum: ["relevansi", "terbaru"] },
    lanjut: { type: "string", maxLength: 400 },
  },
} as const;

/** `/cari?q=…` with the query's filters and sort; `lanjut` is the next page's cursor. */
export function searchHref(query: SearchPageQuery): string {
  const params = new URLSearchParams();
  for (const key of ["q", "kanal", "penulis", "dari", "sampai", "urut", "lanjut"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const s = params.toString();
  return s ? `/cari?${s}` : "/cari";
}

/**
 * The reader-facing search page. Unusable queries (too long, binary, operators only, bad filters)
 * get this same page with the problem explained and status 400, never an error page or a 500.
 */
export async function searchPages(app: FastifyInstance, deps: SearchPagesDeps): Promise<void> {
  const { search, reading, presenter, site } = deps;

  app.get<{ Querystring: SearchPageQuery }>(
    "/cari",
    { schema: { querystring: querySchema } },
    async (req, reply) => {
      const query = req.query;
      const q = query.q ?? "";
      const tree = await reading.sections();
      const sort = query.urut === "terbaru" ? "newest" : "relevance";
      let results: SearchResults | null = null;
      let problem: string | null = null;
      if (q.trim() !== "") {
        try {
          const raw: RawSearchFilters = {
            ...(query.kanal ? { section: query.kanal } : {}),
            ...(query.penulis ? { author: query.penulis } : {}),
            ...(query.dari ? { from: query.dari } : {}),
            ...(query.sampai ? { to: query.sampai } : {}),
          };
          const filters = await resolveSearchFilters(reading, raw, site.timeZone);
          results = await search.search(q, {
            filters,
            sort,
            ...(query.lanjut ? { cursor: query.lanjut } : {}),
          });
        } catch (err) {
          if (!(err instanceof Invalid)) throw err;
          problem = err.message;
        }
      }
      const shownQ = q.length > 200 ? `${q.slice(0, 200)}…` : q;
      const base: SearchPageQuery = { ...query, lanjut: undefined };
      const vm: SearchPageVM = {
        chrome: presenter.chrome(tree, {
          title: q ? `Cari: ${shownQ}` : "Cari berita",
          description: `Cari berita di ${site.name}.`,
          path: searchHref(base),
        }),
        form: {
          q: shownQ,
          sort: query.urut ?? "relevansi",
          section: query.kanal ?? "",
          author: query.penulis ?? "",
          from: query.dari ?? "",
          to: query.sampai ?? "",
          sections: tree.all.map((s) => ({ slug: s.slug, name: s.name })),
          maxDate: zonedIsoDay(deps.clock.now(), site.timeZone),
        },
        results: results
          ? results.items.map((hit) => ({
              href: urls.article(hit.slug),
              titleSegments: hit.titleSegments,
              section: { href: urls.section(hit.section.slug), label: hit.section.name },
              dateText: `${formatListDate(hit.publishedAt, site.timeZone)} ${site.timeZoneLabel}`,
              dateIso: toZonedIso(hit.publishedAt, site.timeZone),
              snippetSegments: hit.snippetSegments,
            }))
          : null,
        problem,
        suggestion: results?.suggestion
          ? { href: searchHref({ ...base, q: results.suggestion }), label: results.suggestion }
          : null,
        nextHref: results?.next ? searchHref({ ...base, lanjut: results.next }) : null,
        otherSort:
          results && results.items.length > 1
            ? sort === "relevance"
              ? { href: searchHref({ ...base, urut: "terbaru" }), label: "Urutkan dari yang terbaru" }
              : { href: searchHref({ ...base, urut: undefined }), label: "Urutkan menurut relevansi" }
            : null,
      };
      if (problem) reply.code(400).header("cache-control", "no-store");
      // Results can change with any article change, which purges `index`; each shown story too.
      else reply.cacheTags(cacheTag.index, ...(results?.items ?? []).map((hit) => cacheTag.article(hit.id)));
      return reply.type("text/html; charset=utf-8").send(renderDocument(<SearchPage vm={vm} />));
    },
  );
}
