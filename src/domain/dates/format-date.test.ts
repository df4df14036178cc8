import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatDateline, formatListDate, toZonedIso, zonedDayRange, zonedParts } from "./format-date.ts";

describe("Indonesian dates", () => {
  it("prints a dateline in WIB with a colon in the time and a two-digit day", () => {
    const at = new Date("2023-07-14T13:13:00Z");
    assert.equal(
      formatDateline(at, "Asia/Jakarta", "WIB", ["Reni Erina"]),
      "Jumat, 14 Juli 2023 | 20:13 WIB | Laporan: Reni Erina",
    );
    assert.equal(
      formatListDate(new Date("2026-01-29T19:25:00Z"), "Asia/Jakarta"),
      "Jumat, 30 Januari 2026 | 02:25",
    );
  });

  it("uses the configured zone for WITA and WIT", () => {
    const at = new Date("2026-02-08T09:06:00Z");
    assert.equal(formatListDate(at, "Asia/Makassar"), "Minggu, 08 Februari 2026 | 17:06");
    assert.equal(formatDateline(at, "Asia/Jayapura", "WIT", []), "Minggu, 08 Februari 2026 | 18:06 WIT");
  });

  it("joins several reporters the Indonesian way", () => {
    const line = formatDateline(new Date("2026-02-08T09:06:00Z"), "Asia/Jakarta", "WIB", ["A", "B", "C"]);
    assert.match(line, /Laporan: A, B dan C$/);
  });

  it("turns a day in the zone into an instant range", () => {
    const range = zonedDayRange("2026-02-08", "Asia/Jakarta");
    assert.equal(range?.start.toISOString(), "2026-02-07T17:00:00.000Z");
    assert.equal(range?.end.toISOString(), "2026-02-08T17:00:00.000Z");
    assert.equal(zonedDayRange("2026-02-30", "Asia/Jakarta"), null);
    assert.equal(zonedDayRange("08-02-2026", "Asia/Jakarta"), null);
  });

  it("writes ISO times with the zone offset", () => {
    assert.equal(toZonedIso(new Date("2023-07-14T13:13:00Z"), "Asia/Jakarta"), "2023-07-14T20:13:00+07:00");
  });

  it("agrees with Intl to the minute in every kind of zone, across daylight-saving changes", () => {
    const intl = (ms: number, timeZone: string) => {
      const parts = new Intl.DateTimeFormat("en-US", {
        timeZone,
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        weekday: "short",
        hourCycle: "h23",
      }).formatToParts(new Date(ms));
      const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
      const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(
        String(parts.find((p) => p.type === "weekday")?.value),
      );
      return {
        year: n("year"),
        month: n("month"),
        day: n("day"),
        hour: n("hour"),
        minute: n("minute"),
        weekday,
      };
    };
    const zones = [
      "Asia/Jakarta",
      "Asia/Jayapura",
      "Europe/Berlin",
      "America/New_York",
      "Asia/Kathmandu",
      "Australia/Lord_Howe",
    ];
    // Every 7 minutes and 13 seconds through 2024 (both DST changes of each zone), and random instants.
    let seed = 42;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (const zone of zones) {
      for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 433_000 * 97) {
        assert.deepEqual(
          zonedParts(new Date(ms), zone),
          intl(ms, zone),
          `${zone} ${new Date(ms).toISOString()}`,
        );
      }
      for (let i = 0; i < 500; i++) {
        const ms = Math.floor(Date.UTC(1990, 0, 1) + random() * 60 * 365 * 86_400_000);
        assert.deepEqual(
          zonedParts(new Date(ms), zone),
          intl(ms, zone),
          `${zone} ${new Date(ms).toISOString()}`,
        );
      }
    }
    // Just before and after New York's spring-forward (2024-03-10 07:00 UTC).
    assert.equal(zonedParts(new Date(Date.UTC(2024, 2, 10, 6, 59, 59)), "America/New_York").hour, 1);
    assert.equal(zonedParts(new Date(Date.UTC(2024, 2, 10, 7, 0, 0)), "America/New_York").hour, 3);
  });
});
