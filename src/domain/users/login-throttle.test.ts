import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ACCOUNT_FAILURE_LIMIT, afterFailure, lockedFor, THROTTLE_WINDOW_MS } from "./login-throttle.ts";

describe("login throttling", () => {
  it("locks a key when its failures reach the limit inside the window", () => {
    let record = afterFailure("account:a@b", undefined, ACCOUNT_FAILURE_LIMIT, 1000);
    for (let i = 1; i < ACCOUNT_FAILURE_LIMIT; i++) {
      assert.equal(record.lockedUntil, null);
      record = afterFailure("account:a@b", record, ACCOUNT_FAILURE_LIMIT, 1000 + i);
    }
    assert.equal(record.failures, ACCOUNT_FAILURE_LIMIT);
    assert.ok(lockedFor([record], 2000) > 0);
    assert.equal(lockedFor([record], 1000 + ACCOUNT_FAILURE_LIMIT + THROTTLE_WINDOW_MS), 0, "the lock ends");
  });

  it("starts counting again once the window is over", () => {
    const old = { key: "ip:1", failures: 4, windowStart: 0, lockedUntil: null };
    const next = afterFailure("ip:1", old, 5, THROTTLE_WINDOW_MS + 1);
    assert.equal(next.failures, 1);
    assert.equal(next.lockedUntil, null);
  });
});
