import { getSite } from "./site.ts";

/**
 * Dates as the newsroom reads them: in the site's zone (not the laptop's), Indonesian names,
 * with the zone label, e.g. "Jumat, 14 Jul 2023 20.13 WIB".
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "–";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "–";
  const { timeZone, zoneLabel } = getSite();
  const text = new Intl.DateTimeFormat("id-ID", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
  return `${text} ${zoneLabel}`;
}

/** Parts of a moment as a wall clock in the site's zone. */
function wallClock(date: Date, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const out: Record<string, number> = {};
  for (const p of parts) if (p.type !== "literal") out[p.type] = Number(p.value);
  return out;
}

/** The value a datetime-local input shows for a moment, in the site's zone ("2026-02-08T16:10"). */
export function toZonedInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const w = wallClock(date, getSite().timeZone);
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/**
 * Reads a datetime-local value as a wall clock in the site's zone and returns the moment as
 * ISO-8601 UTC, or null when the value is not a date. Zones without daylight saving (all of
 * Indonesia's) need one correction step; a second one covers zones that have it.
 */
export function fromZonedInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as number[];
  const asUtc = Date.UTC(y as number, (mo as number) - 1, d, h, mi);
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const w = wallClock(new Date(guess), getSite().timeZone);
    const shown = Date.UTC(w.year ?? 0, (w.month ?? 1) - 1, w.day, w.hour, w.minute, w.second);
    guess += asUtc - shown;
  }
  const date = new Date(guess);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export const STATUS_LABELS: Record<string, string> = {
  draft: "Draf",
  in_review: "Menunggu tinjauan",
  scheduled: "Terjadwal",
  published: "Terbit",
  unpublished: "Ditarik",
};

export const ROLE_LABELS: Record<string, string> = {
  admin: "Admin",
  editor: "Editor",
  reporter: "Reporter",
};

/** Delivery states as src/domain/webhooks/webhook.types.ts names them. */
export const DELIVERY_STATUS_LABELS: Record<string, string> = {
  delivered: "Terkirim",
  pending: "Menunggu",
  failed: "Gagal",
};

export const WEBHOOK_EVENT_LABELS: Record<string, string> = {
  "article.published": "Artikel terbit",
  "article.updated": "Artikel diperbarui",
  "article.unpublished": "Artikel ditarik",
};
