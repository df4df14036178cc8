/**
 * The few XML helpers feeds and sitemaps share. Characters XML 1.0 forbids (most C0 controls)
 * are dropped: one stray byte in a headline would otherwise make the whole feed unreadable.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML forbids
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Text inside CDATA; a literal `]]>` is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(INVALID_XML, "").replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

/** `<name attr="…">text</name>`, escaped; null text gives nothing at all. */
export function element(
  name: string,
  text: string | null | undefined,
  attrs: Record<string, string> = {},
): string {
  if (text === null || text === undefined) return "";
  return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}

export function attributes(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
}
