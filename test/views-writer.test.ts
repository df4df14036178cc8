import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { createWarta } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { importFile } from "../src/domain/portability/import.service.ts";
import type { HourlyViews } from "../src/domain/views/views.repository.ts";
import { startViewsWriter, writerSink } from "../src/storage/views-writer/views-writer.ts";
import { FIXTURE_FILE } from "./support/harness.ts";

const BIN = new URL("../bin/warta.js", import.meta.url).pathname;
const HOUR = Date.UTC(2025, 1, 7, 8);

describe("views writer thread", () => {
  let dir: string;
  let ids: number[] = [];
  const open = () => createWarta(loadConfig({ WARTA_DATA_DIR: dir, DATABASE_URL: "" }));
  const totals = async () => {
    const warta = await open();
    try {
      return await Promise.all(ids.map((id) => warta.repos.views.totalFor(id)));
    } finally {
      await warta.close();
    }
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "warta-views-writer-"));
    const warta = await open();
    try {
      await importFile(warta.importDeps, FIXTURE_FILE);
      const rows = await warta.db.kysely.selectFrom("articles").select("id").orderBy("id").limit(2).execute();
      ids = rows.map((r) => r.id);
    } finally {
      await warta.close();
    }
    assert.equal(ids.length, 2);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("writes what several serving threads send, each told once its batch is stored", async () => {
    const [a, b] = ids as [number, number];
    const before = await totals();
    const failures: unknown[] = [];
    const writer = startViewsWriter(BIN, { dataDir: dir, intervalMs: 20 }, (err) => failures.push(err));
    const unused = { addViews: () => Promise.reject(new Error("the fallback is not for a running writer")) };
    const first = writerSink(writer.connect(), unused, () => {});
    const second = writerSink(writer.connect(), unused, () => {});
    const views = (articleId: number, count: number): HourlyViews => ({ articleId, hour: HOUR, count });
    await Promise.all([
      first.addViews([views(a, 3), views(b, 1)]),
      second.addViews([views(a, 2)]),
      first.addViews([views(b, 4)]),
    ]);
    assert.deepEqual(
      (await totals()).map((n, i) => n - (before[i] as number)),
      [5, 5],
      "stored when the senders were answered",
    );
    await writer.stop();
    assert.deepEqual(failures, []);
  });

  it("leaves a serving thread to write itself once the writer has ended", async () => {
    const writer = startViewsWriter(BIN, { dataDir: dir, intervalMs: 20 }, () => {});
    const port = writer.connect();
    const fellBack: HourlyViews[][] = [];
    const sink = writerSink(port, { addViews: async (batch) => fellBack.push(batch) }, () => {});
    // The port is unreferenced while idle: a timer keeps the test alive until it closes.
    const keepAlive = setTimeout(() => {}, 10_000);
    const closed = new Promise((r) => port.once("close", r));
    await writer.stop();
    await closed;
    clearTimeout(keepAlive);
    await sink.addViews([{ articleId: ids[0] as number, hour: HOUR, count: 1 }]);
    assert.equal(fellBack.length, 1);
  });
});
