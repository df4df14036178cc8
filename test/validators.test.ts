import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import type { Browser } from "playwright-core";
import { importFile } from "../src/domain/portability/import.service.ts";
import { axeViolations, launchChromium } from "./support/browser.ts";
import { FIXTURE_FILE, FIXTURE_NOW, startTestSite, type TestSite, testDialects } from "./support/harness.ts";

/** The pages issue 4 names: each must pass the Nu Html Checker and axe-core without a finding. */
const PAGES: Record<string, string> = {
  home: "/",
  section: "/kanal/daerah",
  article: "/baca/jembatan-gantung-baru-satukan-dua-desa-di-lembah-sungai-kelam",
  indeks: "/indeks",
  tag: "/tag/desa",
  notFound: "/halaman-yang-tidak-ada",
};

const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
const run = promisify(execFile);

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  extract?: string;
}

/** Runs vnu.jar (Java 17+) over files; returns its errors (warnings and info do not count). */
async function vnuErrors(files: string[]): Promise<VnuMessage[]> {
  const args = ["-jar", VNU_JAR, "--format", "json", "--stdout", "--errors-only", ...files];
  // vnu exits 1 when it finds errors; the report is on stdout either way.
  const stdout = await run("java", args, { maxBuffer: 16 * 1024 * 1024 }).then(
    (r) => r.stdout,
    (err: { stdout?: string }) => {
      if (typeof err.stdout !== "string" || !err.stdout.startsWith("{")) throw err;
      return err.stdout;
    },
  );
  const report = JSON.parse(stdout) as { messages: VnuMessage[] };
  return report.messages.filter((m) => m.type === "error" || m.subType === "fatal");
}

for (const dialect of testDialects()) {
  describe(`validators (${dialect})`, () => {
    let site: TestSite;
    let base: string;
    let browser: Browser;
    before(async () => {
      site = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW });
      await importFile(site.warta.importDeps, FIXTURE_FILE);
      base = await site.http.listen({ port: 0, host: "127.0.0.1" });
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
      await site.close();
    });

    it("passes the Nu Html Checker with zero errors", async () => {
      const dir = await mkdtemp(join(tmpdir(), "warta-vnu-"));
      try {
        const files: string[] = [];
        for (const [name, path] of Object.entries(PAGES)) {
          const res = await site.http.inject({ method: "GET", url: path });
          assert.equal(res.statusCode, name === "notFound" ? 404 : 200, path);
          const file = join(dir, `${name}.html`);
          await writeFile(file, res.body);
          files.push(file);
        }
        const errors = await vnuErrors(files);
        assert.deepEqual(
          errors.map((e) => `${e.url.split("/").pop()}: ${e.message} [${e.extract ?? ""}]`),
          [],
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it("has zero axe-core violations in Chromium", async () => {
      const page = await browser.newPage();
      const found: string[] = [];
      for (const [name, path] of Object.entries(PAGES)) {
        await page.goto(base + path);
        for (const v of await axeViolations(page))
          found.push(`${name}: ${v.id} (${v.help}) at ${v.targets.join(", ")}`);
      }
      await page.close();
      assert.deepEqual(found, []);
    });
  });
}
