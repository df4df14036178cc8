/**
 * Dates as Indonesian newsrooms print them, in the site's zone. ICU's id-ID output ("20.13",
 * "pukul") is not what portals use, so only the numeric parts come from Intl; names are ours.
 */
const DAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
const MONTHS = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** What Intl says the wall clock shows at `ms` (to the minute). */
function partsFromIntl(ms: number, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return parts;
}

/**
 * A zone's offset from UTC, asked of Intl and remembered: every page prints dozens of dates and
 * formatToParts is slow. Offsets change only at transitions, which tzdb places on whole quarter
 * hours and never twice within a day: when a UTC day starts and ends on the same offset, the
 * whole day has it (one entry per day, so an archive spread over years stays cheap); a day with a
 * transition is remembered per quarter hour.
 */
const QUARTER_MS = 15 * 60_000;
const DAY_MS = 86_400_000;
const offsets = new Map<string, number>();
const MIXED = Number.NaN;

function offsetAt(at: number, timeZone: string): number {
  const p = partsFromIntl(at, timeZone);
  return Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0) - at;
}

function remember(key: string, offset: number): number {
  if (offsets.size >= 50_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

function offsetMs(ms: number, timeZone: string): number {
  const day = Math.floor(ms / DAY_MS);
  const dayKey = `${timeZone} d${day}`;
  let offset = offsets.get(dayKey);
  if (offset === undefined) {
    const start = offsetAt(day * DAY_MS, timeZone);
    offset = remember(dayKey, start === offsetAt((day + 1) * DAY_MS, timeZone) ? start : MIXED);
  }
  if (!Number.isNaN(offset)) return offset;
  const quarter = Math.floor(ms / QUARTER_MS);
  const key = `${timeZone} ${quarter}`;
  return offsets.get(key) ?? remember(key, offsetAt(quarter * QUARTER_MS, timeZone));
}

export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const wall = new Date(Math.floor(date.getTime() / 60_000) * 60_000 + offsetMs(date.getTime(), timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    weekday: wall.getUTCDay(),
  };
}

const two = (n: number) => String(n).padStart(2, "0");

/** "Jumat, 14 Juli 2023" */
export function formatLongDate(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${DAYS[p.weekday]}, ${two(p.day)} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** "20:13" */
export function formatTime(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${two(p.hour)}:${two(p.minute)}`;
}

/** List entries: "Jumat, 30 Januari 2026 | 02:25" */
export function formatListDate(date: Date, timeZone: string): string {
  return `${formatLongDate(date, timeZone)} | ${formatTime(date, timeZone)}`;
}

/** Article dateline: "Jumat, 14 Juli 2023 | 20:13 WIB | Laporan: Reni Erina" (pages uppercase it in CSS). */
export function formatDateline(date: Date, timeZone: string, zoneLabel: string, authors: string[]): string {
  const stamp = `${formatListDate(date, timeZone)} ${zoneLabel}`;
  return authors.length > 0 ? `${stamp} | Laporan: ${joinNames(authors)}` : stamp;
}

/** "A", "A dan B", "A, B dan C" */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} dan ${names[names.length - 1]}`;
}

/** ISO-8601 with the zone's offset, e.g. 2023-07-14T20:13:00+07:00, for <time datetime>. */
export function toZonedIso(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const offsetMin = Math.round(
    (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(date.getTime() / 60_000) * 60_000) /
      60_000,
  );
  const sign = offsetMin >= 0 ? "+" : "-";
  const abs = Math.abs(offsetMin);
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}:${two(date.getUTCSeconds())}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** The instant a calendar day (YYYY-MM-DD) starts in the zone, and the next day's start. */
export function zonedDayRange(isoDay: string, timeZone: string): { start: Date; end: Date } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utcMidnight = Date.UTC(y, mo - 1, d);
  const check = new Date(utcMidnight);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return {
    start: new Date(startOfZonedDay(utcMidnight, timeZone)),
    end: new Date(startOfZonedDay(utcMidnight + 86_400_000, timeZone)),
  };
}

function startOfZonedDay(utcMidnight: number, timeZone: string): number {
  // Guess with the offset at that moment, then correct once for a DST change on the day.
  let guess = utcMidnight - offsetMs(utcMidnight, timeZone);
  guess = utcMidnight - offsetMs(guess, timeZone);
  return guess;
}

/** Today's date (YYYY-MM-DD) in the zone. */
export function zonedIsoDay(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${two(p.month)}-${two(p.day)}`;
}
