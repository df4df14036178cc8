import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lockedFor } from "./login-throttle.ts";

describe("login throttling", () => {
  it("waits for the latest lock among the account's and the address's", () => {
    const records = [
      { key: "account:a@b", failures: 5, windowStart: 0, lockedUntil: 10_000 },
      { key: "ip:1", failures: 20, windowStart: 0, lockedUntil: 40_000 },
      { key: "ip:2", failures: 2, windowStart: 0, lockedUntil: null },
    ];
    assert.equal(lockedFor(records, 5_000), 35_000);
    assert.equal(lockedFor(records.slice(0, 1), 5_000), 5_000);
    assert.equal(lockedFor(records, 40_000), 0, "locks end");
    assert.equal(lockedFor([], 0), 0);
  });
});
