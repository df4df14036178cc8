import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { describe, it } from "node:test";
import { createWarta, type Warta } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import type { ArticleEvent } from "../src/domain/events/event-bus.ts";
import { importFile } from "../src/domain/portability/import.service.ts";
import { buildHttpServer } from "../src/http/server.ts";
import { FIXTURE_FILE, FIXTURE_NOW, startTestSite, testDialects } from "./support/harness.ts";
import { html } from "./support/html.ts";
import { api, session } from "./support/newsroom.ts";

const HOUR = 3_600_000;
const WORKER = new URL("./support/run-due-worker.ts", import.meta.url).pathname;

/** The lines a child process prints, one at a time. */
function readLines(child: ReturnType<typeof spawn>) {
  if (!child.stdout) throw new Error("no stdout");
  return createInterface({ input: child.stdout })[Symbol.asyncIterator]();
}

for (const dialect of testDialects()) {
  describe(`scheduled publishing (${dialect})`, () => {
    it("publishes at the set time exactly once, across two workers and after downtime", async () => {
      const site = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW });
      const extra: Warta[] = [];
      try {
        await importFile(site.warta.importDeps, FIXTURE_FILE);
        const editor = await session(site, "editor");
        const sections = (await api(site, editor, "GET", "/api/admin/sections")).json().items as {
          id: number;
          slug: string;
        }[];
        const section = sections.find((s) => s.slug === "ekonomi") as { id: number };
        const created = await api(site, editor, "POST", "/api/admin/articles", {
          title: "Bursa Dibuka Menguat Pagi Ini",
          sectionId: section.id,
          bodyHtml: "<p>Indeks naik.</p>",
        });
        const id = created.json().id as number;
        const publishAt = new Date(Date.parse(FIXTURE_NOW) + HOUR).toISOString();
        const scheduled = await api(site, editor, "POST", `/api/admin/articles/${id}/schedule`, {
          publishAt,
        });
        assert.equal(scheduled.json().status, "scheduled");

        // Before its time: the runner leaves it alone and readers cannot see it.
        assert.equal(await site.warta.newsroom.jobs.runDue(), 0);
        assert.equal(
          (await site.http.inject({ url: "/baca/bursa-dibuka-menguat-pagi-ini" })).statusCode,
          404,
        );

        // Downtime: nothing runs at the scheduled time; two workers start long after it.
        const { dataDir } = site;
        const databaseUrl = site.warta.config.databaseUrl ?? "";
        const later = new Date(Date.parse(FIXTURE_NOW) + 3 * HOUR).toISOString();
        const events: ArticleEvent[] = [];
        for (let i = 0; i < 2; i++) {
          const w = await createWarta(
            loadConfig({ WARTA_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, WARTA_NOW: later }),
          );
          w.events.subscribe((e) => {
            events.push(e);
          });
          extra.push(w);
        }
        const [a, b] = extra as [Warta, Warta];
        const [byA, byB] = await Promise.all([a.newsroom.jobs.runDue(), b.newsroom.jobs.runDue()]);
        assert.equal(byA + byB, 1, "one worker ran the job");
        assert.deepEqual(
          events.map((e) => [e.type, e.articleId]),
          [["article.published", id]],
          "announced exactly once",
        );
        assert.deepEqual(events[0]?.sectionSlugs.includes("ekonomi"), true);
        await Promise.all([a.newsroom.jobs.runDue(), b.newsroom.jobs.runDue()]);
        assert.equal(events.length, 1, "a later pass does nothing");

        const http = await buildHttpServer(a);
        try {
          const page = await http.inject({ url: "/baca/bursa-dibuka-menguat-pagi-ini" });
          assert.equal(page.statusCode, 200);
          assert.equal(
            html(page.body).querySelector(".dateline time")?.getAttribute("datetime"),
            "2025-02-07T17:00:00+07:00",
            "it carries the scheduled time, not the time it was caught up",
          );
          const home = await http.inject({ url: "/" });
          assert.match(home.body, /Bursa Dibuka Menguat Pagi Ini/);
          const section = await http.inject({ url: "/kanal/ekonomi" });
          assert.match(section.body, /Bursa Dibuka Menguat Pagi Ini/);
        } finally {
          await http.close();
        }
        const history = await a.newsroom.repos.editorial.events(id);
        assert.deepEqual(
          history.map((e) => [e.type, e.user?.id ?? null]),
          [
            ["published", null],
            ["scheduled", editor.userId],
            ["created", editor.userId],
          ],
        );
      } finally {
        for (const w of extra) await w.close();
        await site.close();
      }
    });

    it("publishes a scheduled article once even when two workers run the publish together", async () => {
      const site = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW });
      const extra: Warta[] = [];
      try {
        await importFile(site.warta.importDeps, FIXTURE_FILE);
        const editor = await session(site, "editor");
        const sectionId = (await api(site, editor, "GET", "/api/admin/sections")).json().items[0].id;
        const id = (
          await api(site, editor, "POST", "/api/admin/articles", { title: "Dua Pekerja", sectionId })
        ).json().id;
        const publishAt = new Date(Date.parse(FIXTURE_NOW) + 60_000).toISOString();
        await api(site, editor, "POST", `/api/admin/articles/${id}/schedule`, { publishAt });
        const later = new Date(Date.parse(FIXTURE_NOW) + HOUR).toISOString();
        const events: ArticleEvent[] = [];
        for (let i = 0; i < 2; i++) {
          const w = await createWarta(
            loadConfig({
              WARTA_DATA_DIR: site.dataDir,
              DATABASE_URL: site.warta.config.databaseUrl ?? "",
              WARTA_NOW: later,
            }),
          );
          w.events.subscribe((e) => {
            events.push(e);
          });
          extra.push(w);
        }
        // Both past the lease (say one stalled): the publish itself is a compare-and-set.
        // (Two SQLite connections in one thread cannot wait for each other's lock, so there the
        // loser is refused with "database is locked"; separate processes wait and find it done.)
        const results = await Promise.allSettled(extra.map((w) => w.newsroom.editorial.publishScheduled(id)));
        assert.equal(results.filter((r) => r.status === "fulfilled" && r.value === true).length, 1);
        assert.equal(events.filter((e) => e.type === "article.published").length, 1);
      } finally {
        for (const w of extra) await w.close();
        await site.close();
      }
    });

    it("publishes once when two separate processes catch up at the same moment", async () => {
      const site = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW });
      try {
        const editor = await session(site, "editor");
        await importFile(site.warta.importDeps, FIXTURE_FILE);
        const sectionId = (await api(site, editor, "GET", "/api/admin/sections")).json().items[0].id;
        const id = (
          await api(site, editor, "POST", "/api/admin/articles", { title: "Dua Proses", sectionId })
        ).json().id;
        const publishAt = new Date(Date.parse(FIXTURE_NOW) + 60_000).toISOString();
        await api(site, editor, "POST", `/api/admin/articles/${id}/schedule`, { publishAt });
        const env = {
          ...process.env,
          WARTA_DATA_DIR: site.dataDir,
          DATABASE_URL: site.warta.config.databaseUrl ?? "",
          WARTA_NOW: new Date(Date.parse(FIXTURE_NOW) + HOUR).toISOString(),
        };
        const workers = [0, 1].map(() =>
          spawn(process.execPath, ["--import", "tsx", WORKER], { env, stdio: ["pipe", "pipe", "inherit"] }),
        );
        try {
          const lines = workers.map((w) => readLines(w));
          await Promise.all(lines.map((l) => l.next()));
          for (const w of workers) w.stdin?.end("go\n");
          const reports = (await Promise.all(lines.map((l) => l.next()))).map(
            (r) => JSON.parse(r.value as string) as { done: number; events: string[] },
          );
          assert.equal(
            reports.reduce((n, r) => n + r.done, 0),
            1,
            "one process ran the job",
          );
          assert.deepEqual(
            reports.flatMap((r) => r.events),
            [`article.published:${id}`],
            "and only that one announced it",
          );
        } finally {
          for (const w of workers) if (w.exitCode === null) w.kill();
        }
        const after = await site.warta.newsroom.repos.editorial.find(id);
        assert.equal(after?.status, "published");
      } finally {
        await site.close();
      }
    });

    it("drops the job when an editor takes the article back to draft", async () => {
      const site = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW });
      try {
        await importFile(site.warta.importDeps, FIXTURE_FILE);
        const editor = await session(site, "editor");
        const sectionId = (await api(site, editor, "GET", "/api/admin/sections")).json().items[0].id;
        const id = (
          await api(site, editor, "POST", "/api/admin/articles", { title: "Batal Terbit", sectionId })
        ).json().id;
        const publishAt = new Date(Date.parse(FIXTURE_NOW) + 60_000).toISOString();
        await api(site, editor, "POST", `/api/admin/articles/${id}/schedule`, { publishAt });
        const back = await api(site, editor, "POST", `/api/admin/articles/${id}/return`, {
          note: "Tunggu konfirmasi",
        });
        assert.equal(back.json().status, "draft");
        assert.equal(back.json().publishedAt, null);
        assert.equal(await site.warta.newsroom.repos.jobs.pending(`publish-article:${id}`), null);
      } finally {
        await site.close();
      }
    });
  });
}
