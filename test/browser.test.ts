import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { importFile } from "../src/domain/portability/import.service.ts";
import { firstMissingInOrder, launchChromium } from "./support/browser.ts";
import {
  FIXTURE_DIR,
  FIXTURE_FILE,
  FIXTURE_NOW,
  startTestSite,
  type TestSite,
  testDialects,
} from "./support/harness.ts";

const FEATURE = "/baca/jembatan-gantung-baru-satukan-dua-desa-di-lembah-sungai-kelam";
const PERSON_UA =
  "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";
const EXPECTED = readFileSync(`${FIXTURE_DIR}expected-page.txt`, "utf8").split("\n");

for (const dialect of testDialects()) {
  describe(`in Chromium (${dialect})`, () => {
    let site: TestSite;
    let browser: Browser;
    let base: string;
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

    it("shows a reader the article page as the reference shape demands, in order", async () => {
      const page = await browser.newPage();
      const res = await page.goto(base + FEATURE);
      assert.equal(res?.status(), 200);
      // biome-ignore lint/performance/useDomNodeTextContent: innerText is what a reader sees (CSS applied)
      const text = await page.evaluate(() => document.body.innerText);
      assert.equal(firstMissingInOrder(text, EXPECTED), null);
    });

    it("is readable without JavaScript", async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(base + FEATURE);
      // biome-ignore lint/performance/useDomNodeTextContent: innerText is what a reader sees (CSS applied)
      const text = await page.evaluate(() => document.body.innerText);
      assert.equal(firstMissingInOrder(text, EXPECTED), null);
      await context.close();
    });

    it("fits a 320 px wide phone screen without sideways scrolling", async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      for (const url of ["/", FEATURE, "/indeks", "/kanal/kabar", "/tidak-ada"]) {
        await page.goto(base + url);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${url} overflows by ${overflow}px`);
      }
      await context.close();
    });

    it("counts one view per page shown, through the beacon", async () => {
      const id = Number((await (await fetch(base + FEATURE)).text()).match(/\/api\/views\?a=(\d+)/)?.[1]);
      await site.warta.counter.flush();
      const before = await site.warta.repos.views.totalFor(id);
      // Headless Chromium announces itself as HeadlessChrome, which isbot rightly treats as a bot.
      const context = await browser.newContext({ userAgent: PERSON_UA });
      const page = await context.newPage();
      const beacon = page.waitForRequest((r) => r.url().includes("/api/views"));
      await page.goto(base + FEATURE);
      await beacon;
      await page.waitForTimeout(200);
      await context.close();
      await site.warta.counter.flush();
      assert.equal(await site.warta.repos.views.totalFor(id), before + 1);
    });

    it("does not count headless browsers", async () => {
      const id = Number((await (await fetch(base + FEATURE)).text()).match(/\/api\/views\?a=(\d+)/)?.[1]);
      await site.warta.counter.flush();
      const before = await site.warta.repos.views.totalFor(id);
      const page = await browser.newPage();
      const beacon = page.waitForRequest((r) => r.url().includes("/api/views"));
      await page.goto(base + FEATURE);
      await beacon;
      await page.close();
      await site.warta.counter.flush();
      assert.equal(await site.warta.repos.views.totalFor(id), before);
    });
  });
}
