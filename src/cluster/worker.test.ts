import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { PrimaryLink } from "./links.ts";
import { CLUSTER_MESSAGES, waitForSite } from "./worker.ts";

/** A worker's line to its primary, in memory: what was sent, and a way to answer. */
function fakeLink() {
  const listeners = new Set<(msg: unknown) => void>();
  const sent: unknown[] = [];
  const link: PrimaryLink = {
    connected: true,
    send: (msg) => sent.push(msg),
    onMessage: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const answer = (msg: unknown) => {
    for (const l of [...listeners]) l(msg);
  };
  return { link, sent, listeners, answer };
}

describe("waitForSite", () => {
  it("asks, waits for the answer, then stops listening", async () => {
    const { link, sent, listeners, answer } = fakeLink();
    let ready = false;
    const waiting = waitForSite(link).then(() => {
      ready = true;
    });
    assert.deepEqual(sent, [{ warta: CLUSTER_MESSAGES.siteWait }]);
    answer({ warta: "something-else" });
    await new Promise((r) => setImmediate(r));
    assert.equal(ready, false, "only the site's readiness ends the wait");
    answer({ warta: CLUSTER_MESSAGES.siteReady });
    await waiting;
    assert.equal(listeners.size, 0, "a worker's line keeps no listener for a wait that is over");
  });
});
