import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HOUR_MS } from "./hour.ts";
import { type HourRange, planWindowMove, windowAt } from "./views-window.ts";

const H = HOUR_MS;
const T = Date.parse("2026-11-25T10:00:00Z");
const range = (oldest: number, newest: number): HourRange => ({
  oldestHour: T + oldest * H,
  newestHour: T + newest * H,
});
/** Hours added minus hours taken away, per hour, from applying a plan's changes. */
function applied(from: HourRange, to: HourRange): Map<number, number> {
  const plan = planWindowMove(from, to);
  assert.equal(plan.kind, "shift");
  const net = new Map<number, number>();
  for (let h = from.oldestHour; h <= from.newestHour; h += H) net.set(h, 1);
  if (plan.kind !== "shift") return net;
  for (const c of plan.changes) {
    for (let h = c.oldestHour; h <= c.newestHour; h += H) net.set(h, (net.get(h) ?? 0) + c.sign);
  }
  return net;
}
function covered(to: HourRange): Map<number, number> {
  const out = new Map<number, number>();
  for (let h = to.oldestHour; h <= to.newestHour; h += H) out.set(h, 1);
  return out;
}
const nonZero = (m: Map<number, number>) => new Map([...m].filter(([, n]) => n !== 0));

describe("views window", () => {
  it("covers the buckets overlapping [now − window, now], wherever now falls in its hour", () => {
    const week = 7 * 24 * H;
    assert.deepEqual(windowAt(week, T), range(-168, 0));
    assert.deepEqual(windowAt(week, T + 59 * 60_000), range(-168, 0));
    assert.deepEqual(windowAt(week, T + H - 1), range(-168, 0));
    assert.deepEqual(windowAt(week, T + H), range(-167, 1));
  });

  it("moves by adding the hours that enter and taking away those that leave, each once", () => {
    const week = range(-168, 0);
    for (const to of [
      range(-167, 1),
      range(-165, 3),
      range(-169, -1),
      range(-170, -2),
      range(-200, 0),
      range(-160, 0),
    ]) {
      const net = applied(week, to);
      assert.deepEqual(nonZero(net), covered(to), `${JSON.stringify(to)}`);
      for (const n of net.values())
        assert.ok(n === 0 || n === 1, "no hour counted twice or taken away twice");
    }
  });

  it("sums afresh when the windows do not overlap or most of the hours change", () => {
    assert.equal(planWindowMove(range(-168, 0), range(1, 169)).kind, "rebuild");
    assert.equal(planWindowMove(range(-168, 0), range(-400, -169)).kind, "rebuild");
    assert.equal(planWindowMove(range(-168, 0), range(-20, 150)).kind, "rebuild");
    assert.equal(planWindowMove(range(-168, 0), range(-24, 0)).kind, "rebuild", "a week shrunk to a day");
    assert.equal(planWindowMove(range(-168, 0), range(-167, 1)).kind, "shift");
  });
});
