import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatDateline, formatListDate, toZonedIso, zonedDayRange } from "./format-date.ts";

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
});
