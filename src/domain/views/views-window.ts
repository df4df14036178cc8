/**
 * The running window behind Populer: for every article, the sum of its hourly buckets whose hour
 * lies in [oldestHour, newestHour], kept in a table so that reading the list is an index walk
 * instead of a sum over a week of buckets. This module is the arithmetic of that window; the
 * SQL lives in views-window.repository.ts.
 */

import { HOUR_MS, hourBucket } from "./hour.ts";

/** The buckets a window covers, both ends included, as hour starts in epoch ms. */
export interface HourRange {
  oldestHour: number;
  newestHour: number;
}

/**
 * The buckets Populer counts at `now` for a window of `windowMs`: those overlapping
 * [now − windowMs, now], i.e. hour in (now − windowMs − 1 h, now] (what topInWindow sums).
 */
export function windowAt(windowMs: number, now: number): HourRange {
  return { oldestHour: hourBucket(now - windowMs), newestHour: hourBucket(now) };
}

export function sameRange(a: HourRange, b: HourRange): boolean {
  return a.oldestHour === b.oldestHour && a.newestHour === b.newestHour;
}

export function inRange(range: HourRange, hour: number): boolean {
  return hour >= range.oldestHour && hour <= range.newestHour;
}

/** Buckets to add to the sums (sign 1) or take away from them (sign −1). */
export interface RangeChange extends HourRange {
  sign: 1 | -1;
}

export type WindowMove = { kind: "rebuild" } | { kind: "shift"; changes: RangeChange[] };

/**
 * How to turn sums over `from` into sums over `to`: add the hours only `to` covers, take away
 * the hours only `from` covers. When the two do not overlap, or the hours that change are at
 * least as many as `to` covers, summing `to` afresh is less work.
 */
export function planWindowMove(from: HourRange, to: HourRange): WindowMove {
  const overlapOldest = Math.max(from.oldestHour, to.oldestHour);
  const overlapNewest = Math.min(from.newestHour, to.newestHour);
  if (overlapOldest > overlapNewest) return { kind: "rebuild" };
  const changes: RangeChange[] = [];
  const push = (oldestHour: number, newestHour: number, sign: 1 | -1) => {
    if (oldestHour <= newestHour) changes.push({ oldestHour, newestHour, sign });
  };
  push(from.oldestHour, to.oldestHour - HOUR_MS, -1);
  push(to.oldestHour, from.oldestHour - HOUR_MS, 1);
  push(to.newestHour + HOUR_MS, from.newestHour, -1);
  push(from.newestHour + HOUR_MS, to.newestHour, 1);
  const changedHours = changes.reduce((n, c) => n + hoursIn(c), 0);
  return changedHours >= hoursIn(to) ? { kind: "rebuild" } : { kind: "shift", changes };
}

function hoursIn(range: HourRange): number {
  return (range.newestHour - range.oldestHour) / HOUR_MS + 1;
}
