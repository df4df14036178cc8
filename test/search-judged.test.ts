import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { importFile } from "../src/domain/portability/import.service.ts";
import { startTestSite, type TestSite, testDialects } from "./support/harness.ts";
import { judgedQueries, SEARCH_FIXTURE_FILE, SEARCH_FIXTURE_NOW } from "./support/search-fixture.ts";

/**
 * The judged query set: for each query, the stories a reader would expect. Reports precision at 5
 * (relevant stories among the first five, out of the relevant stories that fit in five) and how
 * often the expected story comes first, and holds both above a floor so ranking changes that
 * make search worse fail here.
 */
const P5_FLOOR = 0.9;
/** First five slugs per query, per dialect: both engines must agree on the top results. */
const topFive = new Map<string, Map<string, string[]>>();
const TOP1_FLOOR = 0.85;

for (const dialect of testDialects()) {
  describe(`judged search queries (${dialect})`, () => {
    let site: TestSite;
    before(async () => {
      site = await startTestSite(dialect, { WARTA_NOW: SEARCH_FIXTURE_NOW });
      await importFile(site.warta.importDeps, SEARCH_FIXTURE_FILE);
    });
    after(() => site.close());

    test("precision at 5 and first-result accuracy stay above their floors", async () => {
      const queries = judgedQueries();
      assert.ok(queries.length >= 30, "the judged set has at least 30 queries");
      let p5Sum = 0;
      let strictP5Sum = 0;
      let topHits = 0;
      let topJudged = 0;
      const misses: string[] = [];
      for (const jq of queries) {
        const page = await site.warta.search.search(jq.q, { limit: 5 });
        const slugs = page.items.map((i) => i.slug);
        if (!topFive.has(dialect)) topFive.set(dialect, new Map());
        topFive.get(dialect)?.set(jq.q, slugs);
        const found = jq.relevant.filter((s) => slugs.includes(s)).length;
        p5Sum += found / Math.min(5, jq.relevant.length);
        strictP5Sum += found / 5;
        if (found < Math.min(5, jq.relevant.length))
          misses.push(`${jq.q}: got ${slugs.join(", ") || "nothing"}`);
        if (jq.top) {
          topJudged++;
          if (slugs[0] === jq.top) topHits++;
          else misses.push(`${jq.q}: first ${slugs[0] ?? "nothing"}, expected ${jq.top}`);
        }
      }
      const p5 = p5Sum / queries.length;
      const top1 = topHits / topJudged;
      console.log(
        `[search ${dialect}] ${queries.length} judged queries: precision@5 ${p5.toFixed(3)} (of what fits; plain P@5 ${(strictP5Sum / queries.length).toFixed(3)}), first result right ${topHits}/${topJudged} (${top1.toFixed(3)})`,
      );
      for (const m of misses) console.log(`  miss: ${m}`);
      assert.ok(p5 >= P5_FLOOR, `precision@5 ${p5.toFixed(3)} below ${P5_FLOOR}`);
      assert.ok(top1 >= TOP1_FLOOR, `first-result accuracy ${top1.toFixed(3)} below ${TOP1_FLOOR}`);
    });
  });
}

if (testDialects().length > 1) {
  test("SQLite and PostgreSQL return the same top results for every judged query", () => {
    const [a, b] = [...topFive.values()];
    assert.ok(a && b && a.size > 0);
    const differing: string[] = [];
    for (const [q, slugs] of a) {
      const other = b.get(q) ?? [];
      if (slugs[0] !== other[0] || [...slugs].sort().join() !== [...other].sort().join()) {
        differing.push(`${q}: ${slugs.join(",")} vs ${other.join(",")}`);
      }
    }
    console.log(
      `[search] top-5 sets and first results identical on both engines for ${a.size - differing.length}/${a.size} queries`,
    );
    for (const d of differing) console.log(`  differs: ${d}`);
    assert.deepEqual(differing, []);
  });
}
