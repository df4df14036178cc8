import { Invalid } from "../../errors.ts";
import type { ListCursor } from "./article.types.ts";

/** Cursors travel in URLs as `<publishedAt base36>.<id base36>`: short, opaque enough, strictly parsed. */
export function encodeCursor(cursor: ListCursor): string {
  return `${cursor.publishedAt.toString(36)}.${cursor.id.toString(36)}`;
}

export function decodeCursor(raw: string): ListCursor {
  const match = /^([0-9a-z]{1,12})\.([0-9a-z]{1,10})$/.exec(raw);
  if (!match?.[1] || !match[2]) throw new Invalid("bad_cursor", "Penanda halaman tidak valid.");
  const publishedAt = Number.parseInt(match[1], 36);
  const id = Number.parseInt(match[2], 36);
  if (!Number.isSafeInteger(publishedAt) || !Number.isSafeInteger(id) || id < 1) {
    throw new Invalid("bad_cursor", "Penanda halaman tidak valid.");
  }
  return { publishedAt, id };
}
