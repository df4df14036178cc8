import assert from "node:assert/strict";
import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it } from "node:test";
import { balanceConnections, connectionCounts, overShare } from "./connection-balance.ts";

describe("overShare", () => {
  it("allows a worker its share and one more, not two more", () => {
    assert.equal(overShare(17, 32, 2), false);
    assert.equal(overShare(18, 32, 2), true);
    assert.equal(overShare(3, 4, 2), false);
    assert.equal(overShare(4, 4, 2), true);
    assert.equal(overShare(1, 1, 4), false);
  });
});

describe("balanceConnections", () => {
  it("hands back the connections a worker holds beyond its share and one more, and keeps the rest", async () => {
    // This server is slot 0 of a two-worker cluster; the other worker holds 4 connections.
    const counts = connectionCounts(2);
    Atomics.store(counts, 1, 4);
    const server = createServer((_req, res) => res.end("ok"));
    balanceConnections(server, { counts, slot: 0, workers: 2 });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: true, maxSockets: 10 });
    const get = () =>
      new Promise<string>((resolve, reject) => {
        request({ port, host: "127.0.0.1", agent }, (res) => {
          res.resume();
          res.on("end", () => resolve(String(res.headers.connection)));
        })
          .on("error", reject)
          .end();
      });
    try {
      // Ten connections at once, one request on each: 10 of 14 is over 7 + 1, 9 of 13 and 8 of
      // 12 too, 7 of 11 is not.
      const first = await Promise.all(Array.from({ length: 10 }, get));
      assert.equal(first.filter((c) => c === "close").length, 3, first.join(" "));
      assert.equal(Atomics.load(counts, 0), 7);
      assert.equal(Atomics.load(counts, 1), 4, "the other worker's count is its own");
      // The seven kept are reused and stay open.
      const again = await Promise.all(Array.from({ length: 7 }, get));
      assert.deepEqual(new Set(again), new Set(["keep-alive"]));
      assert.equal(Atomics.load(counts, 0), 7);
    } finally {
      agent.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    for (let i = 0; i < 100 && Atomics.load(counts, 0) > 0; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(Atomics.load(counts, 0), 0, "closed connections are no longer counted");
  });
});
