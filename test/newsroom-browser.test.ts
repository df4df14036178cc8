import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import sharp from "sharp";
import { importFile } from "../src/domain/portability/import.service.ts";
import { axeViolations, launchChromium } from "./support/browser.ts";
import { FIXTURE_FILE, startTestSite, type TestSite, testDialects } from "./support/harness.ts";

/**
 * The newsroom as people use it, in Chromium: a reporter files a story with a photo, an editor
 * schedules it and it goes out on time, a reporter cannot publish, two editors collide, and an
 * old version comes back. Users are made through the user service, as `warta user add` does.
 */
const NOW = "2026-02-09T08:00:00+07:00";
const SCHEDULED_LOCAL = "2026-02-09T09:30"; // datetime-local, in the site zone (WIB)
const AFTER_SCHEDULE = "2026-02-09T10:00:00+07:00";
const TITLE = "Warga Kampung Nelayan Bangun Tanggul Swadaya";
const SHOTS = process.env.WARTA_TEST_SCREENSHOTS;

/** A photo no test has uploaded before (the library keeps one copy per content). */
const photo = (blue = 140) =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 90, b: blue } } })
    .png()
    .toBuffer();

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

for (const dialect of testDialects()) {
  describe(`the newsroom in Chromium (${dialect})`, () => {
    let site: TestSite;
    let base: string;
    const people: Record<"reporter" | "editor" | "editor2" | "admin", { email: string; password: string }> = {
      reporter: { email: "rina@warta.test", password: "" },
      editor: { email: "eko@warta.test", password: "" },
      editor2: { email: "dewi@warta.test", password: "" },
      admin: { email: "admin@warta.test", password: "" },
    };
    const contexts: BrowserContext[] = [];
    let articleId = 0;

    before(async () => {
      site = await startTestSite(dialect, { WARTA_NOW: NOW });
      await importFile(site.warta.importDeps, FIXTURE_FILE);
      const users = site.warta.newsroom.users;
      people.reporter.password = (
        await users.create(null, {
          email: people.reporter.email,
          name: "Rina",
          role: "reporter",
          author: "ayu-puspita",
        })
      ).password;
      people.editor.password = (
        await users.create(null, { email: people.editor.email, name: "Eko", role: "editor" })
      ).password;
      people.editor2.password = (
        await users.create(null, { email: people.editor2.email, name: "Dewi", role: "editor" })
      ).password;
      people.admin.password = (
        await users.create(null, { email: people.admin.email, name: "Adi", role: "admin" })
      ).password;
      base = await site.http.listen({ port: 0, host: "127.0.0.1" });
    });
    after(async () => {
      for (const c of contexts) await c.close();
      await site?.close();
    });

    /** A signed-in page of its own (own cookies), confirming every "are you sure?" question. */
    async function signIn(
      who: keyof typeof people,
      viewport = { width: 1280, height: 900 },
      options: { onLoginPage?: (page: Page) => Promise<void> } = {},
    ): Promise<Page> {
      // axe is injected as an inline script, which the app's CSP would rightly refuse.
      const context = await browser.newContext({ viewport, bypassCSP: Boolean(options.onLoginPage) });
      contexts.push(context);
      const page = await context.newPage();
      page.on("dialog", (d) => void d.accept());
      await page.goto(`${base}/admin`);
      await page.getByLabel("Email").waitFor();
      await options.onLoginPage?.(page);
      await page.getByLabel("Email").fill(people[who].email);
      await page.getByLabel("Kata sandi").fill(people[who].password);
      await page.getByRole("button", { name: "Masuk" }).click();
      await page.getByRole("heading", { name: /Selamat datang/ }).waitFor();
      return page;
    }

    const shot = async (page: Page, name: string) => {
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/${dialect}-${name}.png`, fullPage: true });
    };
    /** Autosave waits for a pause in typing: first the page shows unsaved work, then the save. */
    const saved = async (page: Page) => {
      await page.locator(".savebar .state", { hasText: "belum tersimpan" }).waitFor();
      await page.locator(".savebar .state", { hasText: /^Tersimpan / }).waitFor();
    };
    // biome-ignore lint/suspicious/noExplicitAny: the API's JSON, read the way a client reads it
    const apiGet = (page: Page, path: string): Promise<any> =>
      page.evaluate(async (p) => (await fetch(p)).json(), path);
    const publicPage = async (path: string) => (await fetch(base + path)).text();

    it("lets a reporter sign in, write a story with a lead photo and submit it for review", async () => {
      const page = await signIn("reporter");
      await shot(page, "dashboard");
      await page.getByRole("link", { name: "Tulis berita" }).first().click();
      await page.getByLabel("Judul", { exact: true }).fill(TITLE);
      await page.getByLabel("Kicker").fill("Abrasi");
      await page.getByLabel("Kanal", { exact: true }).selectOption({ label: "— Daerah" });
      await page.getByLabel("Ringkasan").fill("Tanggul sepanjang 400 meter dibangun warga sendiri.");
      const body = page.locator(".ProseMirror");
      await body.click();
      await page.keyboard.type("Warga membangun tanggul dari karung pasir setelah rob ketiga bulan ini.");
      await page.keyboard.press("Enter");
      await page.getByRole("button", { name: "Subjudul H2" }).click();
      await page.keyboard.type("Gotong royong");
      await saved(page);
      assert.match(page.url(), /\/admin\/artikel\/\d+$/, "a saved draft gets its own address");
      articleId = Number(page.url().split("/").pop());

      await page.getByRole("button", { name: "Pilih atau unggah foto" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText("Unggah foto baru").click();
      await dialog.getByLabel("Foto", { exact: true }).setInputFiles({
        name: "tanggul.png",
        mimeType: "image/png",
        buffer: await photo(),
      });
      await dialog.getByRole("button", { name: "Unggah" }).click();
      await dialog.getByText(/Teks alternatif wajib diisi/).waitFor();
      await dialog.getByLabel("Teks alternatif (wajib)").fill("Warga menumpuk karung pasir di tepi pantai");
      await dialog.getByLabel("Keterangan").fill("Tanggul swadaya di Kampung Nelayan");
      await dialog.getByLabel("Kredit").fill("Warta/Rina");
      await dialog.getByRole("button", { name: "Unggah" }).click();
      await page.locator("img.lead-preview").waitFor();
      assert.equal(
        await page.getByLabel("Keterangan foto").inputValue(),
        "Tanggul swadaya di Kampung Nelayan",
      );
      await saved(page);
      await shot(page, "editor");

      await body.press("End");
      await page.keyboard.press("Enter");
      await page.getByRole("button", { name: "Sisipkan foto" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Pilih: lead.png" }).click();
      await saved(page);

      await page.getByRole("button", { name: "Ajukan untuk ditinjau" }).click();
      await page.locator(".badge", { hasText: "Menunggu tinjauan" }).waitFor();
      const stored = await apiGet(page, `/api/admin/articles/${articleId}`);
      assert.equal(stored.status, "in_review");
      assert.equal(stored.title, TITLE);
      assert.equal(
        stored.lead?.caption,
        "Tanggul swadaya di Kampung Nelayan",
        "the lead photo is saved with its caption",
      );
      assert.match(String(stored.bodyHtml), /<h2>Gotong royong<\/h2>/);
      assert.match(
        String(stored.bodyHtml),
        /<figure><img src="\/files\/[^"]+" alt="[^"]+"[^>]*><figcaption>[^<]+<\/figcaption><\/figure>/,
      );
      assert.deepEqual(
        stored.authors.map((a: { slug: string }) => a.slug),
        ["ayu-puspita"],
      );
    });

    it("refuses a reporter's attempt to publish, in the app and on the API", async () => {
      const page = await signIn("reporter");
      await page.goto(`${base}/admin/artikel/${articleId}`);
      const publish = page.getByRole("button", { name: "Terbitkan", exact: true });
      await publish.waitFor();
      assert.equal(await publish.isDisabled(), true);
      await page.getByText("Hanya editor atau admin yang dapat menerbitkan").waitFor();
      const status = await page.evaluate(async (id) => {
        const session = await (await fetch("/api/admin/session")).json();
        const res = await fetch(`/api/admin/articles/${id}/publish`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken },
          body: "{}",
        });
        return res.status;
      }, articleId);
      assert.equal(status, 403);
      assert.doesNotMatch(await publicPage("/"), new RegExp(TITLE));
    });

    it("lets an editor schedule the story; it appears on the home page and its section at that time", async () => {
      const page = await signIn("editor");
      await page
        .locator("section", { hasText: "Menunggu tinjauan" })
        .getByRole("link", { name: TITLE })
        .click();
      const [preview] = await Promise.all([
        page.context().waitForEvent("page"),
        page.getByRole("button", { name: "Pratinjau" }).click(),
      ]);
      await preview.getByRole("heading", { name: TITLE }).waitFor();
      assert.match(preview.url(), /\/pratinjau\//);
      await preview.close();

      await page.getByLabel(/Jadwal terbit/).fill(SCHEDULED_LOCAL);
      await page.getByRole("button", { name: "Jadwalkan" }).click();
      await page.locator(".badge", { hasText: "Terjadwal" }).waitFor();
      await page.getByText(/terbit .*09\.30 WIB/).waitFor();
      await shot(page, "scheduled");

      await site.warta.newsroom.jobs.runDue();
      assert.doesNotMatch(await publicPage("/"), new RegExp(TITLE), "not before its time");

      // The clock every service reads moves past the scheduled time; the job runner catches up.
      const later = new Date(AFTER_SCHEDULE);
      site.warta.clock.now = () => new Date(later);
      await site.warta.newsroom.jobs.runDue();
      assert.match(await publicPage("/"), new RegExp(TITLE));
      assert.match(await publicPage("/kanal/daerah"), new RegExp(TITLE));
      await page.reload();
      await page.locator(".badge", { hasText: "Terbit" }).waitFor();
      const activity = page.locator("section", { has: page.getByRole("heading", { name: "Jejak kerja" }) });
      await activity.getByText("Sistem (jadwal) menerbitkan").waitFor();
      await activity.getByText("Eko menjadwalkan terbit").waitFor();
      await activity.getByText("Rina mengajukan untuk ditinjau").waitFor();

      await page
        .getByLabel("Catatan ralat / pembaruan")
        .fill("Panjang tanggul diperbaiki menjadi 400 meter.");
      await page.getByRole("button", { name: "Tambahkan catatan" }).click();
      await page.locator("li", { hasText: "Panjang tanggul diperbaiki" }).waitFor();
      const slug = (await apiGet(page, `/api/admin/articles/${articleId}`)).slug;
      assert.match(
        await publicPage(`/baca/${slug}`),
        /Diperbarui[\s\S]*Panjang tanggul diperbaiki menjadi 400 meter\./,
      );
    });

    it("shows the server's complaint next to the field it names", async () => {
      const page = await signIn("editor");
      await page.goto(`${base}/admin/artikel/baru`);
      await page.getByLabel("Judul", { exact: true }).fill("Pameran Kendaraan Listrik Dibuka Lagi");
      await page.getByLabel("Kanal", { exact: true }).selectOption({ label: "— Ekonomi" });
      await saved(page);
      const slug = page.getByLabel("Slug (alamat)");
      await slug.fill("pameran-kendaraan-listrik-catat-transaksi-rp2-triliun");
      await page.locator("#slug-error", { hasText: "sudah dipakai" }).waitFor();
      assert.equal(await slug.getAttribute("aria-invalid"), "true");
      await slug.fill("pameran-kendaraan-listrik-dibuka-lagi-2026");
      await saved(page);
      assert.equal(await page.locator("#slug-error").count(), 0);
    });

    it("lets a reporter change their password, sign out and sign in with the new one", async () => {
      const page = await signIn("reporter");
      await page.getByRole("link", { name: /Rina/ }).click();
      const fresh = "tanggul-pasir-baru-2026";
      await page.getByLabel("Kata sandi sekarang").fill(people.reporter.password);
      await page.getByLabel("Kata sandi baru", { exact: true }).fill(fresh);
      await page.getByLabel("Ulangi kata sandi baru").fill(fresh);
      await page.getByRole("button", { name: "Simpan kata sandi" }).click();
      await page.getByText("Kata sandi diganti").waitFor();
      people.reporter.password = fresh;
      await page.getByRole("button", { name: "Keluar" }).click();
      await page.getByRole("heading", { name: "Masuk ke ruang redaksi" }).waitFor();
      const status = await page.evaluate(async () => (await fetch("/api/admin/session")).status);
      assert.equal(status, 401, "the session ended on the server");
      await page.getByLabel("Email").fill(people.reporter.email);
      await page.getByLabel("Kata sandi").fill(fresh);
      await page.getByRole("button", { name: "Masuk" }).click();
      await page.getByRole("heading", { name: "Akun saya" }).waitFor();
    });

    it("shows the second of two editors who edit at once what changed, and saves nothing over the first", async () => {
      const first = await signIn("editor");
      const second = await signIn("editor2");
      await first.goto(`${base}/admin/artikel/${articleId}`);
      await second.goto(`${base}/admin/artikel/${articleId}`);
      await first.getByLabel("Judul", { exact: true }).fill(`${TITLE}, Rampung Sepekan`);
      await saved(first);
      await second.getByLabel("Judul", { exact: true }).fill(`${TITLE} di Pesisir Utara`);
      const conflict = second.getByRole("alert").filter({ hasText: "Artikel ini sudah diubah orang lain" });
      await conflict.waitFor();
      await conflict.getByText("Judul", { exact: true }).waitFor();
      await conflict.getByText(`${TITLE}, Rampung Sepekan`).waitFor();
      await shot(second, "conflict");
      await conflict.getByRole("button", { name: "Muat versi terbaru" }).click();
      assert.equal(
        await second.getByLabel("Judul", { exact: true }).inputValue(),
        `${TITLE}, Rampung Sepekan`,
      );
      assert.match(await publicPage("/kanal/daerah"), /Rampung Sepekan/);
    });

    it("restores an old revision as a new version", async () => {
      const page = await signIn("editor");
      await page.goto(`${base}/admin/artikel/${articleId}`);
      const history = page.locator("section", { has: page.getByRole("heading", { name: "Riwayat versi" }) });
      await history.getByText("Versi 1", { exact: true }).waitFor();
      const before = await history.locator("li").count();
      await history.locator("li", { hasText: "Versi 1" }).getByRole("button", { name: "Pulihkan" }).click();
      await page.waitForFunction(
        (title) => (document.getElementById("title") as HTMLInputElement | null)?.value === title,
        TITLE,
      );
      await history.locator("li").nth(before).waitFor();
      assert.equal(await history.locator("li").count(), before + 1, "the restore is a new version");
      const restored = await apiGet(page, `/api/admin/articles/${articleId}`);
      assert.equal(restored.title, TITLE);
      assert.match(await publicPage("/kanal/daerah"), new RegExp(`${TITLE}<`));
      await shot(page, "restored");
    });

    it("keeps unsaved text when the session ends, and saves it after signing in again", async () => {
      const page = await signIn("editor");
      await page.goto(`${base}/admin/artikel/${articleId}`);
      await page.getByLabel("Judul", { exact: true }).waitFor();
      await page.context().clearCookies();
      await page.getByLabel("Ringkasan").fill("Ditulis saat sesi berakhir.");
      const again = page.locator(".overlay");
      await again.getByText("Sesi Anda sudah berakhir").waitFor();
      await again.getByLabel("Email").fill(people.editor.email);
      await again.getByLabel("Kata sandi").fill(people.editor.password);
      await again.getByRole("button", { name: "Masuk" }).click();
      await page.locator(".savebar .state", { hasText: /^Tersimpan / }).waitFor();
      assert.equal(
        (await apiGet(page, `/api/admin/articles/${articleId}`)).excerpt,
        "Ditulis saat sesi berakhir.",
      );
    });

    it("never runs script smuggled into a body, in the editor or the revision view", async () => {
      const page = await signIn("editor");
      await page.goto(`${base}/admin/artikel/baru`);
      await page.getByLabel("Judul", { exact: true }).fill("Uji Naskah Berbahaya");
      await page.getByLabel("Kanal", { exact: true }).selectOption({ label: "— Dunia" });
      await saved(page);
      const id = Number(page.url().split("/").pop());
      const status = await page.evaluate(async (articleId) => {
        const { csrfToken } = await (await fetch("/api/admin/session")).json();
        const a = await (await fetch(`/api/admin/articles/${articleId}`)).json();
        const bodyHtml =
          '<p>Aman</p><img src="x" onerror="window.__pwned=1"><p><a href="javascript:window.__pwned=2">tautan</a></p>' +
          '<script>window.__pwned=3</script><p style="background:url(javascript:window.__pwned=4)" onclick="window.__pwned=5">klik</p>';
        const res = await fetch(`/api/admin/articles/${articleId}`, {
          method: "PUT",
          headers: { "content-type": "application/json", "x-csrf-token": csrfToken },
          body: JSON.stringify({ title: a.title, sectionId: a.section.id, bodyHtml, baseVersion: a.version }),
        });
        return res.status;
      }, id);
      assert.equal(status, 200);
      await page.reload();
      await page.locator(".ProseMirror", { hasText: "klik" }).click();
      const history = page.locator("section", { has: page.getByRole("heading", { name: "Riwayat versi" }) });
      await history.locator("li").first().getByRole("button", { name: "Lihat" }).click();
      await page.getByRole("dialog").getByText("klik").waitFor();
      const found = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        scripts: document.querySelectorAll(
          "#app script, #app [onerror], #app [onclick], #app [style*=javascript]",
        ).length,
        jsLinks: Array.from(document.querySelectorAll("#app a")).filter((a) =>
          /^javascript:/i.test(a.getAttribute("href") ?? ""),
        ).length,
      }));
      assert.deepEqual(found, { pwned: null, scripts: 0, jsLinks: 0 });
    });

    it("takes a dropped photo into the library and finds it by its caption", async () => {
      const page = await signIn("reporter");
      await page.getByRole("link", { name: "Media" }).click();
      const bytes = Array.from(await photo(60));
      await page.evaluate((data) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], "dermaga.png", { type: "image/png" }));
        document
          .querySelector(".dropzone")
          ?.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true }));
      }, bytes);
      await page.getByText("Dipilih: dermaga.png").waitFor();
      await page.getByLabel("Teks alternatif (wajib)").fill("Perahu nelayan bersandar di dermaga");
      await page.getByLabel("Keterangan").fill("Dermaga Muara Angke pagi hari");
      await page.getByRole("button", { name: "Unggah" }).click();
      await page.getByText("dermaga.png sudah diunggah.").waitFor();
      await page.getByLabel("Cari foto").fill("Muara Angke");
      await page.getByLabel("Cari foto").press("Enter");
      await page.locator(".media-grid li").first().getByText("dermaga.png").waitFor();
      // The unfiltered grid may still be on screen: wait for the search result to replace it.
      await page
        .waitForFunction(() => document.querySelectorAll(".media-grid li").length === 1, null, {
          timeout: 5000,
        })
        .catch(() => undefined);
      assert.equal(await page.locator(".media-grid li").count(), 1);
    });

    it("filters the article list and pages through it with the server's cursor", async () => {
      const page = await signIn("editor");
      await page.getByRole("link", { name: "Artikel", exact: true }).click();
      const rows = page.locator("main tbody tr");
      await rows.first().waitFor();
      const firstPage = await rows.allTextContents();
      await page.getByRole("button", { name: "Berikutnya →" }).click();
      await page.waitForURL(/cursor=/);
      await page.waitForFunction(
        (first) => document.querySelector("main tbody tr")?.textContent !== first,
        firstPage[0],
      );
      const secondPage = await rows.allTextContents();
      assert.ok(
        secondPage.length > 0 && !secondPage.some((r) => firstPage.includes(r)),
        "page 2 holds other articles",
      );
      await page.getByRole("button", { name: /Sebelumnya|Halaman pertama/ }).click();
      await page.waitForFunction(
        (first) => document.querySelector("main tbody tr")?.textContent === first,
        firstPage[0],
      );

      await page.getByLabel("Status").selectOption({ label: "Draf" });
      await page.waitForURL(/status=draft/);
      await page.getByRole("link", { name: "Petambak Garam Pesisir Utara Mulai Panen Lebih Awal" }).waitFor();
      // The link is in the unfiltered list too: wait until the filtered rows have replaced it.
      await page
        .waitForFunction(
          () => {
            const badges = Array.from(document.querySelectorAll("main tbody .badge"));
            return badges.length > 0 && badges.every((b) => b.textContent?.trim() === "Draf");
          },
          null,
          { timeout: 5000 },
        )
        .catch(() => undefined);
      for (const badge of await page.locator("main tbody .badge").allInnerTexts())
        assert.equal(badge, "Draf");
      await page.getByLabel("Kanal").selectOption({ label: "Olahraga" });
      await page.getByText("Tidak ada artikel yang cocok.").waitFor();
    });

    it("lets an admin add a section and an account; the password is shown once", async () => {
      const page = await signIn("admin");
      await page.getByRole("link", { name: "Kanal", exact: true }).click();
      await page.getByLabel("Nama").fill("Teknologi");
      await page.getByRole("button", { name: "Simpan" }).click();
      await page.getByRole("cell", { name: "teknologi", exact: true }).waitFor();
      assert.equal(await page.getByLabel("Nama").inputValue(), "", "an empty form for the next section");
      await shot(page, "sections");
      await page.getByRole("link", { name: "Pengguna" }).click();
      await page.getByLabel("Email", { exact: true }).fill("sari@warta.test");
      await page.getByLabel("Peran", { exact: true }).selectOption("reporter");
      await page.getByRole("button", { name: "Buat pengguna" }).click();
      const shown = page.getByRole("status").filter({ hasText: "sari@warta.test" });
      const password = (await shown.locator("code").textContent()) ?? "";
      assert.ok(password.length >= 12, "a generated password");
      const login = await fetch(`${base}/api/admin/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "sari@warta.test", password }),
      });
      assert.equal(login.status, 200);
    });

    it("lets an admin keep the tags and authors: add, find, change and delete", async () => {
      const page = await signIn("admin");
      const row = (name: string) => page.getByRole("row").filter({ hasText: name });
      const said = (text: string) => page.getByRole("status").filter({ hasText: text }).waitFor();

      await page.getByRole("link", { name: "Tag", exact: true }).click();
      await page.getByLabel("Nama").fill("Banjir Rob");
      await page.getByRole("button", { name: "Simpan" }).click();
      await said("Tag Banjir Rob ditambahkan.");
      assert.equal(await page.getByLabel("Nama").inputValue(), "", "an empty form for the next tag");
      await page.getByRole("cell", { name: "banjir-rob", exact: true }).waitFor();
      await shot(page, "tags");
      await page.getByLabel("Cari tag").fill("banjir");
      await page.getByLabel("Cari tag").press("Enter");
      await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 1);
      await row("Banjir Rob").getByRole("button", { name: "Ubah" }).click();
      await page.getByRole("heading", { name: "Ubah Banjir Rob" }).waitFor();
      await page.getByLabel("Nama").fill("Rob Pesisir");
      await page.getByRole("button", { name: "Simpan" }).click();
      await said("Tag Rob Pesisir diperbarui.");
      await page.getByRole("heading", { name: "Tag baru" }).waitFor();
      await page.getByLabel("Cari tag").fill("");
      await page.getByLabel("Cari tag").press("Enter");
      await row("Rob Pesisir").getByRole("button", { name: "Hapus" }).click();
      await said("Tag Rob Pesisir dihapus.");
      await row("Rob Pesisir").waitFor({ state: "detached" });

      await page.getByRole("link", { name: "Penulis", exact: true }).click();
      await page.getByRole("heading", { name: "Penulis baru" }).waitFor();
      await page.getByLabel("Nama").fill("Sari Wulandari");
      await page.getByLabel("Profil singkat").fill("Menulis soal pangan dan pertanian.");
      await page.getByRole("button", { name: "Simpan" }).click();
      await said("Penulis Sari Wulandari ditambahkan.");
      await row("Sari Wulandari").getByRole("button", { name: "Ubah" }).click();
      assert.equal(
        await page.getByLabel("Profil singkat").inputValue(),
        "Menulis soal pangan dan pertanian.",
      );
      await page.getByRole("button", { name: "Batal" }).click();
      await page.getByRole("heading", { name: "Penulis baru" }).waitFor();
      assert.equal(await page.getByLabel("Nama").inputValue(), "", "a fresh form, not the last one's");
      await row("Sari Wulandari").getByRole("button", { name: "Hapus" }).click();
      await said("Penulis Sari Wulandari dihapus.");
      await row("Sari Wulandari").waitFor({ state: "detached" });
      const authors = await apiGet(page, "/api/admin/authors");
      assert.ok(!JSON.stringify(authors).includes("Sari Wulandari"));
    });

    it("has no axe-core violations on its main screens", async () => {
      const found: string[] = [];
      const check = async (page: Page, name: string) => {
        for (const v of await axeViolations(page))
          found.push(`${name}: ${v.id} (${v.impact}) ${v.targets.join(", ")}`);
      };
      const page = await signIn("admin", undefined, { onLoginPage: (p) => check(p, "login") });
      await check(page, "dashboard");
      for (const path of [
        `/artikel/${articleId}`,
        "/artikel",
        "/media",
        "/kanal",
        "/tag",
        "/penulis",
        "/pengguna",
        "/akun",
      ]) {
        await page.goto(`${base}/admin${path}`);
        await page.locator("main h1").first().waitFor();
        await page.waitForLoadState("networkidle");
        await check(page, path);
      }
      assert.deepEqual(found, []);
    });

    it("fits a phone screen", async () => {
      const page = await signIn("editor", { width: 375, height: 740 });
      for (const path of ["/admin", `/admin/artikel/${articleId}`, "/admin/artikel", "/admin/media"]) {
        await page.goto(base + path);
        await page.locator("main h1").first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
      }
      await shot(page, "phone-editor");
    });
  });
}
