import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Kysely, sql } from "kysely";
import { importFile } from "../src/domain/portability/import.service.ts";
import { up as addHeadlineMarks } from "../src/storage/migrations/202611260303_search_headline_marks.ts";
import { startTestSite, type TestSite, testDialects } from "./support/harness.ts";
import { SEARCH_FIXTURE_FILE, SEARCH_FIXTURE_NOW } from "./support/search-fixture.ts";

/**
 * Upgrading an index written before headline words were marked (migration
 * 202611260303_search_headline_marks): PostgreSQL converts the stored documents in place, so
 * headline matches rank as before without a rebuild; SQLite starts an empty index that
 * `warta reindex` fills.
 */
for (const dialect of testDialects()) {
  describe(`search index upgrade to marked headline terms (${dialect})`, () => {
    let site: TestSite;
    before(async () => {
      site = await startTestSite(dialect, { WARTA_NOW: SEARCH_FIXTURE_NOW });
      await importFile(site.warta.importDeps, SEARCH_FIXTURE_FILE);
    });
    after(() => site.close());

    const topSlugs = async (q: string) =>
      (await site.warta.search.search(q, { limit: 5 })).items.map((i) => i.slug);

    test("the upgraded index gives the same results as a fresh one", async () => {
      const queries = ["banjir", "kunjungan wisatawan", "menteri pariwisata", "kebakaran hutan"];
      const fresh = await Promise.all(queries.map(topSlugs));
      assert.ok(fresh.every((slugs) => slugs.length > 0));
      const db = site.warta.db.kysely;
      if (dialect === "postgres") {
        // Back to the old format: headline terms (A) and body terms (B), nothing marked.
        await sql`UPDATE search_documents SET tsv = (
          SELECT coalesce(string_agg(quote_literal(u.lexeme) || ':' || (
            SELECT string_agg(x.p::text || x.w, ',') FROM unnest(u.positions, u.weights) AS x(p, w)
          ), ' ')::tsvector, ''::tsvector)
          FROM unnest(tsv) AS u(lexeme, positions, weights) WHERE u.lexeme NOT LIKE ${"\u1e23%"})`.execute(
          db,
        );
        const marked = sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM search_documents WHERE tsv @@ to_tsquery('simple', ${"\u1e23banjir"})`;
        assert.equal((await marked.execute(db)).rows[0]?.n, 0, "the old format has no marked terms");
        await addHeadlineMarks(db as unknown as Kysely<unknown>, "postgres");
        assert.ok(Number((await marked.execute(db)).rows[0]?.n) > 0, "the upgrade marks headline terms");
      } else {
        await addHeadlineMarks(db as unknown as Kysely<unknown>, "sqlite");
        assert.equal(await site.warta.search.needsReindex(), true, "the emptied index asks for a rebuild");
        await site.warta.search.reindex();
      }
      assert.deepEqual(await Promise.all(queries.map(topSlugs)), fresh);
    });
  });
}
