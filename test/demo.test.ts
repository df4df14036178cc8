import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { seedDemoIfEmpty } from "../src/cli/demo-content.ts";
import { startTestSite, type TestSite, testDialects } from "./support/harness.ts";
import { compactList, html } from "./support/html.ts";

for (const dialect of testDialects()) {
  describe(`demo portal (${dialect})`, () => {
    let site: TestSite;
    before(async () => {
      site = await startTestSite(dialect);
    });
    after(() => site.close());

    it("fills an empty site once, with a portal a reader can use today", async () => {
      assert.equal(await seedDemoIfEmpty(site.warta), true);
      const k = site.warta.db.kysely;
      const published = await k
        .selectFrom("articles")
        .select(["id", "lead_caption", "lead_credit", "lead_media_id"])
        .where("status", "=", "published")
        .execute();
      assert.ok(published.length >= 60, `${published.length} published articles`);
      const withImage = published.filter((a) => a.lead_media_id !== null);
      assert.ok(
        withImage.length > 50 && withImage.every((a) => a.lead_caption && a.lead_credit),
        "lead images carry caption and credit",
      );

      const tree = await site.warta.reading.sections();
      const roots = tree.children(null);
      assert.equal(roots.length, 1);
      assert.ok(tree.children(roots[0]?.id ?? -1).length >= 5, "at least five sections under the root");
      assert.ok((await site.warta.repos.authors.all()).length >= 4, "several reporters");

      const home = html((await site.http.inject({ method: "GET", url: "/" })).body);
      assert.equal(compactList(home, "populer").length, 7, "Populer is filled");
      assert.equal(compactList(home, "update").length, 10, "UPDATE is filled");

      assert.equal(await seedDemoIfEmpty(site.warta), false, "a second start reuses the data");
    });
  });
}
