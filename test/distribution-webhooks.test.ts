import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, beforeEach, describe, it } from "node:test";
import type { Clock } from "../src/clock.ts";
import { importFile } from "../src/domain/portability/import.service.ts";
import { signatureHeader, verifySignature } from "../src/domain/webhooks/signature.ts";
import { createWebhookService } from "../src/domain/webhooks/webhook.service.ts";
import { MAX_ATTEMPTS, retryDelayMs } from "../src/domain/webhooks/webhook.types.ts";
import { FIXTURE_FILE, FIXTURE_NOW, startTestSite, type TestSite, testDialects } from "./support/harness.ts";
import { api, session } from "./support/newsroom.ts";

interface Received {
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** A receiver on a free port that records requests and answers with the next queued status. */
async function receiver() {
  const got: Received[] = [];
  const statuses: number[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      got.push({ path: req.url ?? "", headers: req.headers, body });
      res.statusCode = statuses.shift() ?? 200;
      res.end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, got, statuses, close: () => new Promise((r) => server.close(r)) };
}

const movableClock = (start: string) => {
  let at = Date.parse(start);
  const clock: Clock = { now: () => new Date(at) };
  return { clock, advance: (ms: number) => (at += ms), at: () => at };
};

describe("webhook signing and retry schedule", () => {
  it("signs body and time so a receiver can check both", () => {
    const header = signatureHeader("rahasia", '{"a":1}', 1738918800);
    assert.ok(verifySignature("rahasia", '{"a":1}', header));
    assert.ok(!verifySignature("rahasia", '{"a":2}', header));
    assert.ok(!verifySignature("lain", '{"a":1}', header));
    assert.ok(!verifySignature("rahasia", '{"a":1}', header.replace("t=1738918800", "t=1738918801")));
  });

  it("keeps retrying for more than an hour, with growing gaps", () => {
    let total = 0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      assert.ok(retryDelayMs(attempt) >= retryDelayMs(attempt - 1 || 1));
      total += retryDelayMs(attempt);
    }
    assert.ok(total >= 3_600_000, `retries span ${total} ms`);
  });
});

for (const dialect of testDialects()) {
  describe(`webhooks (${dialect})`, () => {
    let t: TestSite;
    let rx: Awaited<ReturnType<typeof receiver>>;
    let secret: string;
    let hookId: number;
    const time = movableClock(FIXTURE_NOW);
    const service = () =>
      createWebhookService({
        repo: t.warta.repos.webhooks,
        clock: time.clock,
        articleUrl: (s) => `https://warta.example/baca/${s}`,
        log: { error: () => {} },
      });

    before(async () => {
      rx = await receiver();
      t = await startTestSite(dialect, { WARTA_NOW: FIXTURE_NOW, WARTA_PUBLIC_URL: "https://warta.example" });
      ({ id: hookId, secret } = await t.warta.webhooks.add(`${rx.url}/hook`, ["article.published"]));
    });
    after(async () => {
      await t.close();
      await rx.close();
    });
    beforeEach(() => {
      rx.got.length = 0;
      rx.statuses.length = 0;
    });

    it("publishing writes deliveries and returns without contacting the receiver", async () => {
      await importFile(t.warta.importDeps, FIXTURE_FILE);
      assert.equal(rx.got.length, 0, "nothing was sent while publishing");
      const log = await t.warta.webhooks.deliveries(hookId, 500);
      assert.ok(log.length > 0);
      assert.ok(log.every((d) => d.status === "pending" && d.event === "article.published"));
    });

    it("delivers signed JSON once per delivery, even with two workers at the same time", async () => {
      const pending = (await t.warta.webhooks.deliveries(hookId, 500)).length;
      const made = await Promise.all([service().runDue(), service().runDue()]);
      assert.equal(made[0] + made[1], pending, "each delivery tried by exactly one worker");
      assert.equal(rx.got.length, pending);
      const first = rx.got[0] as Received;
      assert.equal(first.headers["content-type"], "application/json");
      assert.equal(first.headers["x-warta-event"], "article.published");
      assert.ok(verifySignature(secret, first.body, String(first.headers["x-warta-signature"])));
      const payload = JSON.parse(first.body);
      assert.equal(payload.event, "article.published");
      assert.match(payload.article.url, /^https:\/\/warta\.example\/baca\//);
      const log = await t.warta.webhooks.deliveries(hookId, 500);
      assert.ok(
        log.every((d) => d.status === "delivered" && d.log.length === 1 && d.log[0]?.statusCode === 200),
      );
    });

    it("retries a failed delivery with backoff and logs every status code", async () => {
      await t.warta.repos.webhooks.enqueue(
        [{ webhookId: hookId, event: "article.published", payload: '{"n":1}' }],
        time.at(),
      );
      rx.statuses.push(500);
      const worker = service();
      assert.equal(await worker.runDue(), 1);
      assert.equal(await worker.runDue(), 0, "not retried before its time");
      time.advance(retryDelayMs(1));
      assert.equal(await worker.runDue(), 1);
      const [latest] = await t.warta.webhooks.deliveries(hookId, 1);
      assert.equal(latest?.status, "delivered");
      assert.deepEqual(
        latest?.log.map((a) => a.statusCode),
        [500, 200],
      );
    });

    it("gives up only after more than an hour of failures", async () => {
      await t.warta.repos.webhooks.enqueue(
        [{ webhookId: hookId, event: "article.published", payload: '{"n":2}' }],
        time.at(),
      );
      const worker = service();
      const started = time.at();
      for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
        rx.statuses.push(503);
        await worker.runDue();
        const [d] = await t.warta.webhooks.deliveries(hookId, 1);
        if (d?.status !== "pending") break;
        time.advance(d.nextAttemptAt - time.at());
      }
      const [d] = await t.warta.webhooks.deliveries(hookId, 1);
      assert.equal(d?.status, "failed");
      assert.equal(d?.attempts, MAX_ATTEMPTS);
      assert.ok(d?.log.every((a) => a.statusCode === 503));
      const lastTry = d?.log[d.log.length - 1]?.at ?? 0;
      assert.ok(lastTry - started >= 3_600_000, "the last try is more than an hour after the first");
    });

    it("lets admins manage webhooks and read the delivery log over the admin API", async () => {
      const admin = await session(t, "admin");
      const reporter = await session(t, "reporter");
      assert.equal((await api(t, null, "GET", "/api/admin/webhooks")).statusCode, 401);
      assert.equal((await api(t, reporter, "GET", "/api/admin/webhooks")).statusCode, 403);
      const created = await api(t, admin, "POST", "/api/admin/webhooks", {
        url: `${rx.url}/lain`,
        events: ["article.updated", "article.unpublished"],
      });
      assert.equal(created.statusCode, 201);
      assert.match(created.json().secret, /^whsec_/);
      const bad = await api(t, admin, "POST", "/api/admin/webhooks", {
        url: `${rx.url}/x`,
        events: ["bogus"],
      });
      assert.equal(bad.statusCode, 400);
      const list = (await api(t, admin, "GET", "/api/admin/webhooks")).json();
      assert.equal(list.items.length, 2);
      assert.ok(!JSON.stringify(list).includes("whsec_"), "secrets are not listed");
      const log = (await api(t, admin, "GET", `/api/admin/webhooks/${hookId}/deliveries`)).json();
      assert.ok(
        log.items.some((d: { log: { statusCode: number }[] }) => d.log.some((a) => a.statusCode === 503)),
      );
      const id = created.json().id;
      assert.equal((await api(t, admin, "DELETE", `/api/admin/webhooks/${id}`)).statusCode, 204);
      const key = await api(t, admin, "POST", "/api/admin/api-keys", { name: "Aplikasi mitra" });
      assert.equal(key.statusCode, 201);
      const ok = await t.http.inject({
        method: "GET",
        url: "/api/v1/authors",
        headers: { "x-api-key": key.json().key },
      });
      assert.equal(ok.statusCode, 200);
    });
  });

  describe(`WebSub and IndexNow on publish (${dialect})`, () => {
    let t: TestSite;
    let rx: Awaited<ReturnType<typeof receiver>>;
    const KEY = "a1b2c3d4e5f6a7b8";
    before(async () => {
      rx = await receiver();
      t = await startTestSite(dialect, {
        WARTA_NOW: FIXTURE_NOW,
        WARTA_PUBLIC_URL: "https://warta.example",
        WARTA_WEBSUB_HUBS: `${rx.url}/hub`,
        WARTA_INDEXNOW_ENDPOINTS: `${rx.url}/indexnow`,
        WARTA_INDEXNOW_KEY: KEY,
      });
    });
    after(async () => {
      await t.close();
      await rx.close();
    });

    it("pings the hub with the feeds that list the article, and IndexNow with its URL", async () => {
      await importFile(t.warta.importDeps, FIXTURE_FILE);
      await t.warta.push.idle();
      const hub = rx.got.filter((r) => r.path === "/hub").map((r) => new URLSearchParams(r.body));
      assert.ok(hub.every((p) => p.get("hub.mode") === "publish"));
      const feeds = new Set(hub.map((p) => p.get("hub.url")));
      assert.ok(feeds.has("https://warta.example/rss.xml"));
      assert.ok(feeds.has("https://warta.example/kanal/daerah/rss.xml"));
      assert.ok(feeds.has("https://warta.example/tag/desa/rss.xml"));
      const indexNow = rx.got.filter((r) => r.path === "/indexnow").map((r) => JSON.parse(r.body));
      const urls = indexNow.flatMap((b) => b.urlList);
      assert.ok(
        urls.includes(
          "https://warta.example/baca/jembatan-gantung-baru-satukan-dua-desa-di-lembah-sungai-kelam",
        ),
      );
      assert.equal(indexNow[0]?.key, KEY);
      assert.equal(indexNow[0]?.keyLocation, `https://warta.example/${KEY}.txt`);
      const keyFile = await t.http.inject({ method: "GET", url: `/${KEY}.txt` });
      assert.equal(keyFile.body, KEY);
      const feed = await t.http.inject({ method: "GET", url: "/rss.xml" });
      assert.ok(feed.body.includes(`<atom:link href="${rx.url}/hub" rel="hub"/>`));
    });
  });
}
