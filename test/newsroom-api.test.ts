import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import { createWarta } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import type { ArticleEvent } from "../src/domain/events/event-bus.ts";
import { importFile } from "../src/domain/portability/import.service.ts";
import { buildHttpServer } from "../src/http/server.ts";
import { FIXTURE_FILE, FIXTURE_NOW, startTestSite, type TestSite, testDialects } from "./support/harness.ts";
import { html } from "./support/html.ts";
import { addUser, api, multipart, type StaffSession, session, signIn } from "./support/newsroom.ts";

for (const dialect of testDialects()) {
  describe(`newsroom API (${dialect})`, () => {
    let site: TestSite;
    let editor: StaffSession & { userId: number };
    let reporter: StaffSession & { userId: number };
    let sectionId: number;
    const events: ArticleEvent[] = [];

    before(async () => {
      site = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW, WARTA_TRUST_PROXY: "1" });
      await importFile(site.warta.importDeps, FIXTURE_FILE);
      site.warta.events.subscribe((e) => {
        events.push(e);
      });
      editor = await session(site, "editor");
      reporter = await session(site, "reporter", "ayu-puspita");
      const sections = (await api(site, editor, "GET", "/api/admin/sections")).json().items as {
        id: number;
        slug: string;
      }[];
      sectionId = sections.find((s) => s.slug === "ekonomi")?.id ?? (sections[0] as { id: number }).id;
    });
    after(() => site.close());

    const draft = async (who: StaffSession, title: string, extra: Record<string, unknown> = {}) => {
      const res = await api(site, who, "POST", "/api/admin/articles", {
        title,
        sectionId,
        bodyHtml: "<p>Isi berita.</p>",
        ...extra,
      });
      assert.equal(res.statusCode, 201, res.body);
      return res.json() as {
        id: number;
        version: number;
        slug: string;
        status: string;
        authors: { slug: string }[];
      };
    };
    const publicStatus = async (slug: string) =>
      (await site.http.inject({ url: `/baca/${slug}` })).statusCode;

    it("lets a reporter write and submit, but answers 403 when the reporter publishes", async () => {
      const a = await draft(reporter, "Harga Cabai Turun di Pasar Induk");
      assert.deepEqual(
        a.authors.map((x) => x.slug),
        ["ayu-puspita"],
        "a reporter's byline is their own author by default",
      );
      const submitted = await api(site, reporter, "POST", `/api/admin/articles/${a.id}/submit`);
      assert.equal(submitted.json().status, "in_review");
      const publish = await api(site, reporter, "POST", `/api/admin/articles/${a.id}/publish`);
      assert.equal(publish.statusCode, 403);
      assert.equal(publish.json().error, "forbidden");
      assert.equal((await api(site, reporter, "DELETE", `/api/admin/articles/${a.id}`)).statusCode, 403);
      assert.equal(await publicStatus(a.slug), 404, "nothing went public");

      const published = await api(site, editor, "POST", `/api/admin/articles/${a.id}/publish`);
      assert.equal(published.json().status, "published");
      assert.equal(await publicStatus(a.slug), 200);
      const announced = events.find((e) => e.type === "article.published" && e.articleId === a.id);
      assert.ok(announced, "caches and search are told");
      assert.ok(announced.sectionSlugs.includes("ekonomi"));
      assert.deepEqual(announced.authorSlugs, ["ayu-puspita"]);

      const edit = await api(site, reporter, "PUT", `/api/admin/articles/${a.id}`, {
        title: "Diubah setelah terbit",
        sectionId,
        baseVersion: 1,
      });
      assert.equal(edit.statusCode, 403, "a reporter cannot edit a published story");
      const unpublished = await api(site, editor, "POST", `/api/admin/articles/${a.id}/unpublish`);
      assert.equal(unpublished.json().status, "unpublished");
      assert.equal(await publicStatus(a.slug), 404);
      assert.ok(events.some((e) => e.type === "article.unpublished" && e.articleId === a.id));
    });

    it("keeps reporters off other people's drafts", async () => {
      const other = await session(site, "reporter");
      const a = await draft(reporter, "Draf Milik Reporter Lain");
      const res = await api(site, other, "PUT", `/api/admin/articles/${a.id}`, {
        title: "Bajak",
        sectionId,
        baseVersion: 1,
      });
      assert.equal(res.statusCode, 403);
      assert.equal((await api(site, other, "POST", `/api/admin/articles/${a.id}/submit`)).statusCode, 403);
    });

    it("refuses cookie writes without the CSRF token, and accepts API tokens without one", async () => {
      const noHeader = await site.http.inject({
        method: "POST",
        url: "/api/admin/articles",
        headers: { cookie: editor.cookie },
        payload: { title: "Tanpa token", sectionId },
      });
      assert.equal(noHeader.statusCode, 403);
      assert.equal(noHeader.json().code, "csrf");
      const wrong = await api(site, { ...editor, csrf: "salah" }, "POST", "/api/admin/articles", {
        title: "Token salah",
        sectionId,
      });
      assert.equal(wrong.statusCode, 403);
      const list = await api(site, editor, "GET", "/api/admin/articles?q=token");
      assert.equal(list.json().items.length, 0, "nothing was saved");

      const token = await api(site, editor, "POST", "/api/admin/me/tokens", { name: "skrip impor" });
      assert.equal(token.statusCode, 201);
      const secret = token.json().token as string;
      const viaToken = await api(site, { token: secret }, "POST", "/api/admin/articles", {
        title: "Lewat Token API",
        sectionId,
      });
      assert.equal(viaToken.statusCode, 201);
      assert.equal((await api(site, null, "GET", "/api/admin/articles")).statusCode, 401);
      await api(site, editor, "DELETE", `/api/admin/me/tokens/${token.json().id}`);
      assert.equal(
        (await api(site, { token: secret }, "GET", "/api/admin/articles")).statusCode,
        401,
        "revoked",
      );
    });

    it("limits failed logins per account and per address with a clear message", async () => {
      const { email, password } = await addUser(site, "editor");
      for (let i = 0; i < 5; i++) {
        const res = await signIn(site, email, "bukan-sandinya", `198.51.100.${i}`);
        assert.equal(res.statusCode, 401);
      }
      const locked = await signIn(site, email, password, "198.51.100.77");
      assert.equal(locked.statusCode, 429, "even the right password waits once the account is locked");
      assert.equal(locked.json().code, "rate_limited");
      assert.match(locked.json().message, /Coba lagi dalam 15 menit/);
      assert.ok(Number(locked.headers["retry-after"]) > 0);

      // Fifteen minutes later (another process, same database) the account may try again.
      const later = await createWarta(
        loadConfig({
          WARTA_DATA_DIR: site.dataDir,
          DATABASE_URL: site.warta.config.databaseUrl ?? "",
          WARTA_NOW: new Date(Date.parse(FIXTURE_NOW) + 15 * 60_000).toISOString(),
        }),
      );
      try {
        const http = await buildHttpServer(later);
        const retry = await http.inject({
          method: "POST",
          url: "/api/admin/session",
          payload: { email, password },
        });
        assert.equal(retry.statusCode, 200);
        await http.close();
      } finally {
        await later.close();
      }

      const victim = await addUser(site, "reporter");
      for (let i = 0; i < 20; i++) await signIn(site, `tidak-ada-${i}@contoh.test`, "x", "192.0.2.50");
      assert.equal((await signIn(site, victim.email, victim.password, "192.0.2.50")).statusCode, 429);
      assert.equal((await signIn(site, victim.email, victim.password, "192.0.2.51")).statusCode, 200);
    });

    it("sets an httpOnly SameSite cookie, Secure behind HTTPS, and revokes sessions", async () => {
      const { email, password } = await addUser(site, "editor");
      const plain = await signIn(site, email, password);
      const cookie = String(plain.headers["set-cookie"]);
      assert.match(cookie, /^warta_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
      assert.doesNotMatch(cookie, /Secure/);
      const secure = await site.http.inject({
        method: "POST",
        url: "/api/admin/session",
        payload: { email, password },
        headers: { "x-forwarded-proto": "https" },
      });
      assert.match(String(secure.headers["set-cookie"]), /; Secure/);

      const first: StaffSession = { cookie: cookie.split(";")[0] as string, csrf: plain.json().csrfToken };
      const second: StaffSession = {
        cookie: String(secure.headers["set-cookie"]).split(";")[0] as string,
        csrf: secure.json().csrfToken,
      };
      const sessions = (await api(site, first, "GET", "/api/admin/me/sessions")).json().items as {
        id: number;
        current: boolean;
      }[];
      assert.equal(sessions.length, 2);
      const other = sessions.find((s) => !s.current);
      assert.equal((await api(site, first, "DELETE", `/api/admin/me/sessions/${other?.id}`)).statusCode, 204);
      assert.equal((await api(site, second, "GET", "/api/admin/session")).statusCode, 401, "revoked at once");

      const changed = await api(site, first, "POST", "/api/admin/me/password", {
        currentPassword: password,
        newPassword: "kata-sandi-baru-yang-panjang",
      });
      assert.equal(changed.statusCode, 204);
      assert.equal((await signIn(site, email, password)).statusCode, 401);
      const again = await signIn(site, email, "kata-sandi-baru-yang-panjang");
      assert.equal(again.statusCode, 200);
      assert.equal((await api(site, first, "DELETE", "/api/admin/session")).statusCode, 204);
      assert.equal((await api(site, first, "GET", "/api/admin/session")).statusCode, 401, "logged out");
    });

    it("refuses a save based on a stale version with 409 and what changed, overwriting nothing", async () => {
      const other = await session(site, "editor");
      const a = await draft(editor, "Rapat Anggaran Daerah");
      const first = await api(site, editor, "PUT", `/api/admin/articles/${a.id}`, {
        title: "Rapat Anggaran Daerah Ditunda",
        sectionId,
        bodyHtml: "<p>Versi editor pertama.</p>",
        baseVersion: 1,
      });
      assert.equal(first.statusCode, 200);
      assert.equal(first.json().version, 2);
      const stale = await api(site, other, "PUT", `/api/admin/articles/${a.id}`, {
        title: "Rapat Anggaran Versi Kedua",
        sectionId,
        bodyHtml: "<p>Versi editor kedua.</p>",
        baseVersion: 1,
      });
      assert.equal(stale.statusCode, 409);
      const body = stale.json();
      assert.equal(body.code, "stale_version");
      assert.equal(body.currentVersion, 2);
      assert.deepEqual(body.changed, ["title", "bodyHtml"]);
      assert.equal(body.current.title, "Rapat Anggaran Daerah Ditunda");
      const now = (await api(site, editor, "GET", `/api/admin/articles/${a.id}`)).json();
      assert.equal(now.bodyHtml, "<p>Versi editor pertama.</p>");
      assert.equal(now.version, 2);
    });

    it("keeps every save as a revision and restores an old one as a new revision", async () => {
      const a = await draft(editor, "Banjir Rob di Pesisir", { bodyHtml: "<p>Versi satu.</p>" });
      for (const [i, text] of ["Versi dua.", "Versi tiga."].entries()) {
        const res = await api(site, editor, "PUT", `/api/admin/articles/${a.id}`, {
          title: "Banjir Rob di Pesisir",
          sectionId,
          bodyHtml: `<p>${text}</p>`,
          baseVersion: i + 1,
        });
        assert.equal(res.statusCode, 200);
      }
      const revisions = (await api(site, editor, "GET", `/api/admin/articles/${a.id}/revisions`)).json()
        .items as {
        id: number;
        version: number;
        user: { name: string };
      }[];
      assert.deepEqual(
        revisions.map((r) => r.version),
        [3, 2, 1],
      );
      assert.ok(revisions.every((r) => r.user.name.startsWith("editor")));
      const oldest = revisions[2] as { id: number };
      const restored = await api(
        site,
        editor,
        "POST",
        `/api/admin/articles/${a.id}/revisions/${oldest.id}/restore`,
        {
          baseVersion: 3,
        },
      );
      assert.equal(restored.statusCode, 200);
      assert.equal(restored.json().version, 4);
      assert.equal(restored.json().bodyHtml, "<p>Versi satu.</p>");
      const after = (await api(site, editor, "GET", `/api/admin/articles/${a.id}/revisions`)).json().items;
      assert.equal(after.length, 4);
      const history = (await api(site, editor, "GET", `/api/admin/articles/${a.id}/events`)).json().items as {
        type: string;
      }[];
      assert.deepEqual(
        history.map((e) => e.type),
        ["restored", "saved", "saved", "created"],
      );
    });

    it("shows a correction as Diperbarui on the public page, keeping publishedAt and the URL", async () => {
      const a = await draft(editor, "Jadwal Kereta Berubah Mulai Senin");
      const published = (await api(site, editor, "POST", `/api/admin/articles/${a.id}/publish`)).json();
      const corrected = await api(site, editor, "POST", `/api/admin/articles/${a.id}/corrections`, {
        note: "Jadwal keberangkatan pertama adalah pukul 05.00, bukan 06.00.",
      });
      assert.equal(corrected.statusCode, 200);
      assert.equal(corrected.json().publishedAt, published.publishedAt);
      assert.equal(corrected.json().slug, published.slug);
      const page = await site.http.inject({ url: `/baca/${published.slug}` });
      const note = html(page.body).querySelector(".updated");
      assert.ok(note, "the page shows the correction");
      assert.match(
        note.text,
        /^Diperbarui Jumat, 07 Februari 2025 \| 16:00 WIB: Jadwal keberangkatan pertama/,
      );
      assert.ok(events.some((e) => e.type === "article.updated" && e.articleId === a.id));
      const reporterTry = await api(site, reporter, "POST", `/api/admin/articles/${a.id}/corrections`, {
        note: "x",
      });
      assert.equal(reporterTry.statusCode, 403);
    });

    it("serves a preview only to signed-in staff with a signed link, never cached or counted", async () => {
      const a = await draft(editor, "Pratinjau Laporan Khusus", { bodyHtml: "<p>Belum terbit.</p>" });
      assert.equal(await publicStatus(a.slug), 404, "a draft is not public");
      const link = (await api(site, editor, "POST", `/api/admin/articles/${a.id}/preview-link`)).json()
        .url as string;
      const anonymous = await site.http.inject({ url: link });
      assert.equal(anonymous.statusCode, 401);
      assert.equal(anonymous.headers["cache-control"], "no-store");
      const staff = await site.http.inject({ url: link, headers: { cookie: reporter.cookie } });
      assert.equal(staff.statusCode, 200);
      assert.equal(staff.headers["cache-control"], "no-store");
      assert.match(String(staff.headers["x-robots-tag"]), /noindex/);
      const doc = html(staff.body);
      assert.equal(doc.querySelector("h1")?.text, "Pratinjau Laporan Khusus");
      const robots = doc.querySelectorAll('meta[name="robots"]').map((m) => m.getAttribute("content"));
      assert.ok(robots.includes("noindex, nofollow"), "robots noindex");
      assert.doesNotMatch(staff.body, /\/api\/views/, "no view beacon");
      const tampered = await site.http.inject({
        // Another first character of the signature (one that was "A" already would change nothing).
        url: link.replace(/sig=(.)/, (_m, c: string) => `sig=${c === "A" ? "B" : "A"}`),
        headers: { cookie: editor.cookie },
      });
      assert.equal(tampered.statusCode, 404);
    });

    it("answers bad input with 4xx naming the field and saves nothing", async () => {
      const before = (await api(site, editor, "GET", "/api/admin/articles?limit=100")).json().items.length;
      const cases: [Record<string, unknown>, string][] = [
        [{ title: "   ", sectionId }, "title"],
        [{ title: "Kanal Tidak Ada", sectionId: 9999 }, "sectionId"],
        [
          {
            title: "Slug Bentrok",
            sectionId,
            slug: "jembatan-gantung-baru-satukan-dua-desa-di-lembah-sungai-kelam",
          },
          "slug",
        ],
        [{ title: "Slug Jelek", sectionId, slug: "Bukan Slug!" }, "slug"],
        [{ sectionId }, "title"],
        [
          { title: "Tag baru", sectionId, tags: ["Topik Baru Sekali"], lead: { mediaId: 9999 } },
          "lead.mediaId",
        ],
      ];
      for (const [payload, field] of cases) {
        const res = await api(site, editor, "POST", "/api/admin/articles", payload);
        assert.equal(res.statusCode, 400, JSON.stringify(payload));
        assert.equal(res.json().field, field, JSON.stringify(payload));
        assert.ok(res.json().message);
      }
      assert.equal(
        (await api(site, editor, "GET", "/api/admin/articles?limit=100")).json().items.length,
        before,
      );
      const tags = (await api(site, editor, "GET", "/api/admin/tags?q=topik-baru")).json().items;
      assert.equal(tags.length, 0, "the tag of the refused article was not created either");
      const a = await draft(editor, "Jadwal Tidak Valid");
      const bad = await api(site, editor, "POST", `/api/admin/articles/${a.id}/schedule`, {
        publishAt: "besok pagi",
      });
      assert.equal(bad.json().field, "publishAt");
      const past = await api(site, editor, "POST", `/api/admin/articles/${a.id}/schedule`, {
        publishAt: "2020-01-01T00:00:00Z",
      });
      assert.equal(past.json().field, "publishAt");
    });

    it("gives one of two simultaneous claims on a slug a field error, not a server error", async () => {
      const claims = await Promise.all(
        [1, 2].map((n) =>
          api(site, editor, "POST", "/api/admin/articles", {
            title: `Balapan ${n}`,
            slug: "balapan-slug",
            sectionId,
          }),
        ),
      );
      assert.deepEqual(claims.map((c) => c.statusCode).sort(), [201, 400]);
      assert.equal(claims.find((c) => c.statusCode === 400)?.json().field, "slug");
    });

    it("strips scripts, event handlers, javascript: links and styles from bodies", async () => {
      const a = await draft(editor, "Uji Keamanan Isi", {
        bodyHtml:
          '<p onclick="alert(1)" style="color:red">Teks<script>alert(1)</script><a href="javascript:alert(1)">tautan</a><img src="https://contoh.test/a.jpg" onerror="alert(1)"></p><style>body{}</style>',
      });
      const stored = (await api(site, editor, "GET", `/api/admin/articles/${a.id}`)).json()
        .bodyHtml as string;
      assert.doesNotMatch(stored, /script|onclick|onerror|javascript:|style/i);
      await api(site, editor, "POST", `/api/admin/articles/${a.id}/publish`);
      const page = (await site.http.inject({ url: `/baca/${a.slug}` })).body;
      assert.doesNotMatch(page, /alert\(1\)/);
    });

    it("uses the SEO title and description on the public page", async () => {
      const a = await draft(editor, "Judul Panjang Untuk Pembaca Setia", {
        seoTitle: "Judul Singkat Mesin Pencari",
        seoDescription: "Ringkasan khusus untuk hasil pencarian.",
      });
      await api(site, editor, "POST", `/api/admin/articles/${a.id}/publish`);
      const doc = html((await site.http.inject({ url: `/baca/${a.slug}` })).body);
      assert.match(doc.querySelector("title")?.text ?? "", /^Judul Singkat Mesin Pencari \| /);
      assert.equal(
        doc.querySelector('meta[name="description"]')?.getAttribute("content"),
        "Ringkasan khusus untuk hasil pencarian.",
      );
      assert.equal(doc.querySelector("h1")?.text, "Judul Panjang Untuk Pembaca Setia");
    });

    it("fixes the slug once an article has been published", async () => {
      const a = await draft(editor, "Judul Awal Berita");
      assert.equal(a.slug, "judul-awal-berita");
      const renamed = await api(site, editor, "PUT", `/api/admin/articles/${a.id}`, {
        title: "Judul Awal Berita",
        slug: "judul-yang-lebih-baik",
        sectionId,
        baseVersion: 1,
      });
      assert.equal(renamed.json().slug, "judul-yang-lebih-baik");
      await api(site, editor, "POST", `/api/admin/articles/${a.id}/publish`);
      const locked = await api(site, editor, "PUT", `/api/admin/articles/${a.id}`, {
        title: "Judul Awal Berita",
        slug: "slug-lain",
        sectionId,
        baseVersion: 2,
      });
      assert.equal(locked.statusCode, 400);
      assert.equal(locked.json().field, "slug");
    });

    it("uploads images with alt text and refuses non-images naming the field", async () => {
      // A picture of its own: the same bytes as an existing image would answer with that image.
      const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#3a7" } })
        .png()
        .toBuffer();
      const missingAlt = multipart(
        { caption: "Tanpa alt" },
        { name: "foto.png", type: "image/png", bytes: png },
      );
      const noAlt = await site.http.inject({
        method: "POST",
        url: "/api/admin/media",
        headers: { cookie: reporter.cookie, "x-csrf-token": reporter.csrf, ...missingAlt.headers },
        payload: missingAlt.payload,
      });
      assert.equal(noAlt.statusCode, 400);
      assert.equal(noAlt.json().field, "alt");
      const text = multipart(
        { alt: "Bukan gambar" },
        { name: "catatan.txt", type: "text/plain", bytes: Buffer.from("halo") },
      );
      const notImage = await site.http.inject({
        method: "POST",
        url: "/api/admin/media",
        headers: { cookie: reporter.cookie, "x-csrf-token": reporter.csrf, ...text.headers },
        payload: text.payload,
      });
      assert.equal(notImage.statusCode, 415);
      assert.equal(notImage.json().field, "file");
      const huge = multipart(
        { alt: "Terlalu besar" },
        { name: "besar.png", type: "image/png", bytes: Buffer.alloc(21 * 1024 * 1024) },
      );
      const tooBig = await site.http.inject({
        method: "POST",
        url: "/api/admin/media",
        headers: { cookie: reporter.cookie, "x-csrf-token": reporter.csrf, ...huge.headers },
        payload: huge.payload,
      });
      assert.equal(tooBig.statusCode, 413);
      assert.equal(tooBig.json().field, "file");
      const good = multipart(
        { alt: "Warga menyeberangi jembatan", caption: "Jembatan baru desa", credit: "Foto: Redaksi" },
        { name: "jembatan-baru.png", type: "image/png", bytes: png },
      );
      const uploaded = await site.http.inject({
        method: "POST",
        url: "/api/admin/media",
        headers: { cookie: reporter.cookie, "x-csrf-token": reporter.csrf, ...good.headers },
        payload: good.payload,
      });
      assert.equal(uploaded.statusCode, 201, uploaded.body);
      const found = (await api(site, reporter, "GET", "/api/admin/media?q=jembatan")).json().items as {
        id: number;
      }[];
      assert.ok(found.some((m) => m.id === uploaded.json().id));
      const again = multipart(
        { alt: "Jembatan gantung dari tepi sungai", caption: "Keterangan baru" },
        { name: "jembatan-lagi.png", type: "image/png", bytes: png },
      );
      const reupload = await site.http.inject({
        method: "POST",
        url: "/api/admin/media",
        headers: { cookie: reporter.cookie, "x-csrf-token": reporter.csrf, ...again.headers },
        payload: again.payload,
      });
      assert.equal(reupload.json().id, uploaded.json().id, "the same bytes are stored once");
      assert.equal(reupload.json().alt, "Jembatan gantung dari tepi sungai", "the new alt text is kept");
      assert.equal(reupload.json().caption, "Keterangan baru");
      const a = await draft(reporter, "Berita Dengan Foto", {
        lead: { mediaId: uploaded.json().id, caption: "Keterangan foto", credit: "Redaksi" },
      });
      const got = (await api(site, reporter, "GET", `/api/admin/articles/${a.id}`)).json();
      assert.equal(got.lead.caption, "Keterangan foto");
      assert.equal(got.lead.alt, "Jembatan gantung dari tepi sungai"); // the library's latest alt text
    });

    it("lets only admins manage users, and editors manage sections", async () => {
      const admin = await session(site, "admin");
      assert.equal((await api(site, editor, "GET", "/api/admin/users")).statusCode, 403);
      const created = await api(site, admin, "POST", "/api/admin/users", {
        email: "baru@redaksi.test",
        role: "reporter",
      });
      assert.equal(created.statusCode, 201);
      assert.ok((created.json().password as string).length >= 16);
      assert.equal((await signIn(site, "baru@redaksi.test", created.json().password)).statusCode, 200);
      const dup = await api(site, admin, "POST", "/api/admin/users", {
        email: "BARU@redaksi.test",
        role: "editor",
      });
      assert.equal(dup.json().field, "email");
      assert.equal(
        (await api(site, reporter, "POST", "/api/admin/sections", { name: "Gaya Hidup" })).statusCode,
        403,
      );
      const section = await api(site, editor, "POST", "/api/admin/sections", { name: "Gaya Hidup" });
      assert.equal(section.statusCode, 201);
      assert.equal(section.json().slug, "gaya-hidup");
      const renamed = await api(site, editor, "PATCH", `/api/admin/sections/${section.json().id}`, {
        name: "Gaya",
      });
      assert.equal(renamed.json().name, "Gaya");
      assert.equal((await site.http.inject({ url: "/kanal/gaya-hidup" })).statusCode, 200);
    });

    it("shows a renamed section in every cached page's navigation on the next request", async () => {
      const page = async (url: string) => {
        const res = await site.http.inject({ url });
        return { cache: String(res.headers["x-cache"]), body: res.body };
      };
      for (const url of ["/", "/indeks"]) await page(url);
      assert.equal((await page("/")).cache, "hit");
      const list = await api(site, editor, "GET", "/api/admin/sections");
      const ekonomi = (list.json().items as { id: number; slug: string; name: string }[]).find(
        (s) => s.slug === "ekonomi",
      );
      assert.ok(ekonomi);
      const rename = (name: string) =>
        api(site, editor, "PATCH", `/api/admin/sections/${ekonomi.id}`, { name });
      assert.equal((await rename("Ekonomi Rakyat")).statusCode, 200);
      try {
        for (const url of ["/", "/indeks"]) {
          const after = await page(url);
          assert.equal(after.cache, "miss", `${url} was purged`);
          assert.match(after.body, /Ekonomi Rakyat/, url);
        }
      } finally {
        await rename(ekonomi.name);
      }
      assert.doesNotMatch((await page("/")).body, /Ekonomi Rakyat/);
    });

    it("lists articles by status, section and author in cursor pages", async () => {
      const lister = await session(site, "reporter", "meja-redaksi");
      const made: number[] = [];
      for (const title of ["Daftar Satu", "Daftar Dua", "Daftar Tiga"])
        made.push((await draft(lister, title)).id);
      const mine = async (cursor?: string) =>
        (
          await api(
            site,
            lister,
            "GET",
            `/api/admin/articles?mine=true&status=draft&section=ekonomi&author=meja-redaksi&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
          )
        ).json() as { items: { id: number }[]; nextCursor: string | null };
      const first = await mine();
      assert.equal(first.items.length, 2);
      assert.ok(first.nextCursor);
      const second = await mine(first.nextCursor);
      assert.equal(second.nextCursor, null);
      assert.deepEqual(
        [...first.items, ...second.items].map((i) => i.id).sort(),
        [...made].sort(),
        "every draft once, newest change first across pages",
      );
      const bad = await api(site, lister, "GET", "/api/admin/articles?from=kemarin");
      assert.equal(bad.json().field, "from");
    });

    it("announces a deleted published article so its pages go at once", async () => {
      const a = await draft(editor, "Berita Yang Akan Dihapus");
      await api(site, editor, "POST", `/api/admin/articles/${a.id}/publish`);
      assert.equal((await api(site, editor, "DELETE", `/api/admin/articles/${a.id}`)).statusCode, 204);
      assert.ok(events.some((e) => e.type === "article.deleted" && e.articleId === a.id));
      assert.equal(await publicStatus(a.slug), 404);
      assert.equal((await api(site, editor, "GET", `/api/admin/articles/${a.id}`)).statusCode, 404);
    });

    it("tells caches when a tag, author or image shown on published pages changes", async () => {
      const a = await draft(editor, "Festival Layang-Layang Pantai", { tags: ["Festival Pantai"] });
      await api(site, editor, "POST", `/api/admin/articles/${a.id}/publish`);
      const tag = (await api(site, editor, "GET", "/api/admin/tags?q=festival-pantai")).json().items[0] as {
        id: number;
      };
      const seen = events.length;
      const renamed = await api(site, editor, "PATCH", `/api/admin/tags/${tag.id}`, {
        name: "Festival",
        slug: "festival",
      });
      assert.equal(renamed.statusCode, 200);
      const update = events.slice(seen).find((e) => e.type === "article.updated" && e.articleId === a.id);
      assert.ok(update, "the article's pages are purged");
      assert.deepEqual([...update.tagSlugs].sort(), ["festival", "festival-pantai"], "old and new tag pages");
    });

    it("finds drafts in the staff search, which readers cannot use", async () => {
      const a = await draft(editor, "Rencana Revitalisasi Pelabuhan Tanjung Emas", {
        bodyHtml: "<p>Dermaga baru untuk kapal kontainer.</p>",
      });
      const res = await api(site, reporter, "GET", "/api/admin/search?q=revitalisasi%20pelabuhan");
      assert.equal(res.statusCode, 200, res.body);
      const hit = (res.json().items as { id: number; status: string }[]).find((i) => i.id === a.id);
      assert.equal(hit?.status, "draft");
      assert.equal((await api(site, null, "GET", "/api/admin/search?q=pelabuhan")).statusCode, 401);
    });

    it("publishes its OpenAPI document and a dashboard", async () => {
      const doc = (await site.http.inject({ url: "/api/admin/openapi.json" })).json();
      assert.equal(doc.openapi, "3.1.0");
      assert.ok(doc.paths["/api/admin/articles/{id}/publish"]);
      const dash = (await api(site, reporter, "GET", "/api/admin/dashboard")).json();
      for (const key of ["myDrafts", "inReview", "scheduled", "recentlyPublished", "mostReadToday"]) {
        assert.ok(Array.isArray(dash[key]), key);
      }
      assert.ok(dash.myDrafts.length > 0);
    });
  });
}
