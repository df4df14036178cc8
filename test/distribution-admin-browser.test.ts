import assert from "node:assert/strict";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import type { Role } from "../src/domain/users/user.types.ts";
import { verifySignature } from "../src/domain/webhooks/signature.ts";
import { axeViolations, launchChromium } from "./support/browser.ts";
import { startTestSite, type TestSite, testDialects } from "./support/harness.ts";
import { api, session } from "./support/newsroom.ts";

/**
 * The distribution settings in the newsroom app, in Chromium: an admin adds webhooks and reads
 * their delivery log after a story goes out, makes a content API key, uses it and revokes it;
 * editors and reporters find neither screen.
 */
// 08:59:45 WIB: a retry 30 s after the first try is due at 09.00, a different minute on screen.
const NOW = "2026-02-09T08:59:45+07:00";
const CREATED_SHOWN = /9 Feb 2026,? 08[.:]59 WIB/;
const RETRY_SHOWN = /9 Feb 2026,? 09[.:]00 WIB/;
const TITLE = "Pelabuhan Baru Dibuka untuk Kapal Nelayan";
const SHOTS = process.env.WARTA_TEST_SCREENSHOTS;

interface Received {
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** A webhook receiver: `/ok` answers 200, `/rusak` answers 500; every request is recorded. */
async function startReceiver() {
  const got: Received[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      got.push({ path: req.url ?? "", headers: req.headers, body });
      res.statusCode = req.url === "/ok" ? 200 : 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, got, close: () => new Promise((resolve) => server.close(resolve)) };
}

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

for (const dialect of testDialects()) {
  describe(`distribution settings in Chromium (${dialect})`, () => {
    let site: TestSite;
    let base: string;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    const people: Record<Role, { email: string; password: string }> = {
      admin: { email: "admin@warta.test", password: "" },
      editor: { email: "eko@warta.test", password: "" },
      reporter: { email: "rina@warta.test", password: "" },
    };
    const contexts: BrowserContext[] = [];
    let articleSlug = "";
    let okHookId = 0;

    before(async () => {
      receiver = await startReceiver();
      site = await startTestSite(dialect, { WARTA_NOW: NOW });
      const users = site.warta.newsroom.users;
      for (const role of ["admin", "editor", "reporter"] as const) {
        const who = people[role];
        who.password = (await users.create(null, { email: who.email, name: role, role })).password;
      }
      base = await site.http.listen({ port: 0, host: "127.0.0.1" });
      // `warta serve` runs the delivery worker; the test site runs it the same way.
      site.warta.webhooks.start(200);
    });
    after(async () => {
      for (const c of contexts) await c.close();
      await site?.close();
      await receiver?.close();
    });

    async function signIn(
      who: keyof typeof people,
      viewport = { width: 1280, height: 900 },
      options: { bypassCSP?: boolean } = {},
    ): Promise<Page> {
      // axe is injected as an inline script, which the app's CSP would rightly refuse.
      const context = await browser.newContext({ viewport, bypassCSP: Boolean(options.bypassCSP) });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${base}/admin`);
      await page.getByLabel("Email").fill(people[who].email);
      await page.getByLabel("Kata sandi").fill(people[who].password);
      await page.getByRole("button", { name: "Masuk" }).click();
      await page.getByRole("heading", { name: /Selamat datang/ }).waitFor();
      return page;
    }

    /** Answers the next "are you sure?" question and hands back what it asked. */
    const answerNextQuestion = (page: Page, yes: boolean): Promise<string> =>
      new Promise((resolve) => {
        page.once("dialog", (d) => {
          resolve(d.message());
          void (yes ? d.accept() : d.dismiss());
        });
      });

    const shot = async (page: Page, name: string) => {
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/${dialect}-${name}.png`, fullPage: true });
    };

    /**
     * A table row read the way a person reads it: each cell under its column's heading, once the
     * row is on screen (the list is redrawn after the confirmation appears, so reading at once
     * could find nothing).
     */
    async function rowCells(row: Locator): Promise<Record<string, string>> {
      await row.waitFor();
      const headers = await row.locator("xpath=ancestor::table//thead//th").allInnerTexts();
      const cells = await row.locator("td").allInnerTexts();
      return Object.fromEntries(headers.map((h, i) => [h.trim(), (cells[i] ?? "").trim()]));
    }

    /**
     * The worker sends in the background, so the log is reloaded (as a person would press
     * "Muat ulang") until the row shows what is expected.
     */
    async function reloadLogUntil(page: Page, wanted: Locator): Promise<void> {
      const deadline = Date.now() + 15_000;
      while (!(await wanted.isVisible())) {
        assert.ok(Date.now() < deadline, "the delivery log never showed the expected row");
        await page.getByRole("button", { name: "Muat ulang" }).click();
        await wanted.waitFor({ timeout: 300 }).catch(() => {});
      }
    }

    async function publishStory(): Promise<string> {
      const admin = await session(site, "admin");
      const section = await api(site, admin, "POST", "/api/admin/sections", { name: "Daerah" });
      assert.equal(section.statusCode, 201, section.body);
      const editor = await session(site, "editor");
      const draft = await api(site, editor, "POST", "/api/admin/articles", {
        title: TITLE,
        sectionId: section.json().id,
        bodyHtml: "<p>Dermaga sepanjang 200 meter mulai dipakai pagi ini.</p>",
      });
      assert.equal(draft.statusCode, 201, draft.body);
      const published = await api(site, editor, "POST", `/api/admin/articles/${draft.json().id}/publish`);
      assert.equal(published.statusCode, 200, published.body);
      return published.json().slug as string;
    }

    it("lets an admin add webhooks, see each secret once, and read the delivery log after publishing", async () => {
      const page = await signIn("admin");
      await page.getByRole("link", { name: "Webhook", exact: true }).click();
      await page.getByRole("heading", { name: "Webhook", level: 1 }).waitFor();
      await page.getByText("Belum ada webhook.").waitFor();

      // The server's refusal is shown beside the field it concerns.
      await page.getByLabel("Alamat URL penerima").fill("ftp://contoh.id/hook");
      await page.getByRole("button", { name: "Tambah webhook" }).click();
      await page.getByRole("alert").filter({ hasText: "URL webhook harus http(s)." }).waitFor();

      await page.getByLabel("Alamat URL penerima").fill(`${receiver.url}/ok`);
      await page.getByLabel(/Artikel terbit/).check();
      await page.getByLabel(/Artikel diperbarui/).check();
      await page.getByRole("button", { name: "Tambah webhook" }).click();
      const shown = page.getByRole("status").filter({ hasText: `${receiver.url}/ok` });
      await shown.getByText("Salin sekarang, tidak akan ditampilkan lagi.").waitFor();
      const secret = (await shown.locator("code").textContent()) ?? "";
      assert.match(secret, /^whsec_/);
      const okRow = page.getByRole("row").filter({ hasText: `${receiver.url}/ok` });
      assert.match((await rowCells(okRow)).Peristiwa ?? "", /Artikel terbit\s+Artikel diperbarui/);
      assert.match((await rowCells(okRow)).Dibuat ?? "", CREATED_SHOWN);

      await page.getByLabel("Alamat URL penerima").fill(`${receiver.url}/rusak`);
      await page.getByRole("button", { name: "Tambah webhook" }).click();
      await page
        .getByRole("status")
        .filter({ hasText: `${receiver.url}/rusak` })
        .locator("code")
        .waitFor();
      await shot(page, "webhooks");

      await page.reload();
      await okRow.waitFor();
      assert.ok(!(await page.content()).includes(secret), "the secret is not shown a second time");

      articleSlug = await publishStory();

      await okRow.getByRole("link", { name: /Log pengiriman/ }).click();
      await page.getByRole("heading", { name: "Log pengiriman" }).waitFor();
      okHookId = Number(page.url().split("/").pop());
      assert.equal(
        await page.getByRole("link", { name: "Webhook", exact: true }).getAttribute("aria-current"),
        "page",
      );
      const delivered = page.locator("table.deliveries tbody tr").filter({ hasText: "Terkirim" });
      await reloadLogUntil(page, delivered);
      const ok = await rowCells(delivered);
      assert.match(ok.Peristiwa ?? "", /article\.published/);
      assert.equal(ok.Percobaan, "1");
      assert.equal(ok["Kode HTTP terakhir"], "200");
      assert.equal(ok["Galat terakhir"], "–");
      assert.equal(ok["Percobaan berikutnya"], "–");
      assert.match(ok.Dibuat ?? "", CREATED_SHOWN);
      assert.match(ok.Selesai ?? "", CREATED_SHOWN);
      assert.match(ok["Riwayat percobaan"] ?? "", /HTTP 200/);
      const sent = receiver.got.filter((r) => r.path === "/ok");
      assert.equal(sent.length, 1);
      assert.ok(
        verifySignature(secret, sent[0]?.body ?? "", String(sent[0]?.headers["x-warta-signature"])),
        "the receiver can check the delivery with the secret the screen showed",
      );
      assert.equal(JSON.parse(sent[0]?.body ?? "{}").article.slug, articleSlug);

      await page.getByRole("link", { name: "← Semua webhook" }).click();
      const brokenRow = page.getByRole("row").filter({ hasText: `${receiver.url}/rusak` });
      await brokenRow.getByRole("link", { name: /Log pengiriman/ }).click();
      const waiting = page.locator("table.deliveries tbody tr").filter({ hasText: "Menunggu" });
      await reloadLogUntil(page, waiting.filter({ hasText: "HTTP 500" }));
      const failed = await rowCells(waiting);
      assert.equal(failed.Percobaan, "1");
      assert.equal(failed["Kode HTTP terakhir"], "500");
      assert.equal(failed["Galat terakhir"], "HTTP 500");
      assert.match(failed["Percobaan berikutnya"] ?? "", RETRY_SHOWN);
      assert.equal(failed.Selesai, "–");
      assert.match(failed["Riwayat percobaan"] ?? "", /HTTP 500/);
      await shot(page, "webhook-log");

      await page.getByRole("link", { name: "← Semua webhook" }).click();
      const asked = answerNextQuestion(page, false);
      await brokenRow.getByRole("button", { name: /Hapus/ }).click();
      assert.match(await asked, /Hapus webhook ke .*\/rusak\?/);
      assert.equal(await brokenRow.count(), 1, "saying no keeps the webhook");
      void answerNextQuestion(page, true);
      await brokenRow.getByRole("button", { name: /Hapus/ }).click();
      await page.getByRole("status").filter({ hasText: "dihapus" }).waitFor();
      await brokenRow.waitFor({ state: "detached" });
      await okRow.waitFor();
      const hooks = await api(site, await session(site, "admin"), "GET", "/api/admin/webhooks");
      assert.deepEqual(
        hooks.json().items.map((h: { url: string }) => h.url),
        [`${receiver.url}/ok`],
      );
    });

    it("lets an admin make a content API key, see it once, and revoke it", async () => {
      const readArticles = (key: string) =>
        fetch(`${base}/api/v1/articles`, { headers: { "x-api-key": key } });
      const page = await signIn("admin");
      await page.getByRole("link", { name: "Kunci API" }).click();
      await page.getByRole("heading", { name: "Kunci API", level: 1 }).waitFor();

      await page.getByLabel("Nama").fill("Aplikasi Android");
      await page.getByLabel("Batas permintaan per menit").fill("120");
      await page.getByRole("button", { name: "Buat kunci" }).click();
      const shown = page.getByRole("status").filter({ hasText: "Aplikasi Android" });
      await shown.getByText("Salin sekarang, tidak akan ditampilkan lagi.").waitFor();
      const key = (await shown.locator("code").textContent()) ?? "";
      assert.match(key, /^wk_/);

      const allowed = await readArticles(key);
      assert.equal(allowed.status, 200);
      assert.equal(allowed.headers.get("x-ratelimit-limit"), "120");
      const body = (await allowed.json()) as { articles: { slug: string }[] };
      assert.ok(body.articles.some((a) => a.slug === articleSlug));

      await page.getByLabel("Nama").fill("Mitra agregator");
      await page.getByRole("button", { name: "Buat kunci" }).click();
      await page.getByRole("status").filter({ hasText: "Mitra agregator" }).locator("code").waitFor();
      await shot(page, "api-keys");

      await page.reload();
      const row = page.getByRole("row").filter({ hasText: "Aplikasi Android" });
      await row.waitFor();
      assert.ok(!(await page.content()).includes(key), "the key is not shown a second time");
      const cells = await rowCells(row);
      assert.equal(cells.Awalan, `${key.slice(0, 10)}…`);
      assert.equal(cells["Batas per menit"], "120");
      assert.match(cells["Terakhir dipakai"] ?? "", CREATED_SHOWN);
      assert.equal(cells.Status, "Aktif");
      const other = await rowCells(page.getByRole("row").filter({ hasText: "Mitra agregator" }));
      assert.equal(other["Batas per menit"], "600 (bawaan server)");
      assert.equal(other["Terakhir dipakai"], "belum pernah");

      const asked = answerNextQuestion(page, true);
      await row.getByRole("button", { name: "Cabut kunci Aplikasi Android" }).click();
      assert.match(await asked, /Cabut kunci API "Aplikasi Android"\?/);
      await page.getByRole("status").filter({ hasText: "dicabut" }).waitFor();
      await row.getByText("Dicabut").waitFor();
      assert.equal(await row.getByRole("button", { name: /Cabut/ }).count(), 0);
      assert.equal((await readArticles(key)).status, 401);
    });

    it("shows neither screen to editors and reporters, and refuses them when they open the address", async () => {
      for (const who of ["editor", "reporter"] as const) {
        const page = await signIn(who);
        const nav = await page
          .getByRole("navigation", { name: "Ruang redaksi" })
          .getByRole("link")
          .allInnerTexts();
        assert.ok(nav.includes("Artikel"), `${who} sees the newsroom menu`);
        assert.ok(!nav.includes("Webhook") && !nav.includes("Kunci API"), `${who} menu: ${nav.join(", ")}`);
        for (const path of ["/webhook", `/webhook/${okHookId}`, "/kunci-api"]) {
          await page.goto(`${base}/admin${path}`);
          await page.getByRole("heading", { name: "Halaman tidak ditemukan" }).waitFor();
          assert.equal(await page.locator("main table").count(), 0, `${who} sees no table at ${path}`);
        }
        const statuses = await page.evaluate(async () => {
          const { csrfToken } = await (await fetch("/api/admin/session")).json();
          const headers = { "content-type": "application/json", "x-csrf-token": csrfToken };
          return [
            (await fetch("/api/admin/webhooks")).status,
            (await fetch("/api/admin/api-keys")).status,
            (await fetch("/api/admin/api-keys", { method: "POST", headers, body: '{"name":"x"}' })).status,
          ];
        });
        assert.deepEqual(statuses, [403, 403, 403], `${who} is refused by the API too`);
      }
    });

    it("has no axe-core violations and fits a phone screen", async () => {
      const found: string[] = [];
      const screens = ["/webhook", `/webhook/${okHookId}`, "/kunci-api"];
      const page = await signIn("admin", undefined, { bypassCSP: true });
      for (const path of screens) {
        await page.goto(`${base}/admin${path}`);
        await page.locator("main table").first().waitFor();
        for (const v of await axeViolations(page))
          found.push(`${path}: ${v.id} (${v.impact}) ${v.targets.join(", ")}`);
      }
      assert.deepEqual(found, []);

      const phone = await signIn("admin", { width: 390, height: 844 });
      for (const path of screens) {
        await phone.goto(`${base}/admin${path}`);
        await phone.locator("main table").first().waitFor();
        const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
        await shot(phone, `phone${path.replace(/\//g, "-")}`);
      }
    });
  });
}
