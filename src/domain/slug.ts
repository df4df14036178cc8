/** Lowercase ASCII words joined by single hyphens: what a slug in a URL looks like. */
export const SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
const SLUG_RE = new RegExp(SLUG_PATTERN);

export function isSlug(value: string): boolean {
  return value.length <= 200 && SLUG_RE.test(value);
}

/** Turns a name such as "Pemilu 2029" or "Café Ekonomi" into "pemilu-2029", "cafe-ekonomi". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120)
    .replace(/-+$/, "");
}
