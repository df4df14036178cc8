import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { exportArchive } from "../src/domain/portability/export.service.ts";
import { importFile } from "../src/domain/portability/import.service.ts";
import { fixtureRecords } from "./support/fixture.ts";
import { FIXTURE_FILE, FIXTURE_NOW, startTestSite, type TestSite, testDialects } from "./support/harness.ts";

for (const dialect of testDialects()) {
  describe(`export → import round trip (${dialect})`, () => {
    let source: TestSite;
    let copy: TestSite;
    let outDir: string;
    before(async () => {
      source = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW });
      copy = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW });
      outDir = await mkdtemp(join(tmpdir(), "warta-export-"));
      await importFile(source.warta.importDeps, FIXTURE_FILE);
    });
    after(async () => {
      await source.close();
      await copy.close();
      await rm(outDir, { recursive: true, force: true });
    });

    it("reproduces the same pages in an empty data dir", async () => {
      const file = join(outDir, "arsip.ndjson");
      const summary = await exportArchive(source.warta.repos, source.warta.blobs, file);
      assert.equal(summary.articles, fixtureRecords().articles.length);
      await importFile(copy.warta.importDeps, file);

      const { articles } = fixtureRecords();
      const urls = [
        "/",
        "/indeks",
        "/kanal/kabar",
        "/kanal/daerah",
        "/tag/infrastruktur",
        "/penulis/ayu-puspita",
        ...articles.map((a) => `/baca/${a.slug}`),
      ];
      for (const url of urls) {
        const a = await source.http.inject({ method: "GET", url });
        const b = await copy.http.inject({ method: "GET", url });
        assert.equal(b.statusCode, a.statusCode, url);
        assert.equal(b.body, a.body, `${url} renders the same`);
      }
    });
  });
}
