import { type HTMLElement, parse } from "node-html-parser";

export function html(body: string): HTMLElement {
  return parse(body);
}

/** Same-site links of a page, without query strings stripped. */
export function internalLinks(doc: HTMLElement): string[] {
  return doc
    .querySelectorAll("a[href]")
    .map((a) => a.getAttribute("href") ?? "")
    .filter((h) => h.startsWith("/") && !h.startsWith("//"));
}

/** Titles (link texts) of a Populer/UPDATE list by its heading id. */
export function compactList(doc: HTMLElement, id: string): string[] {
  const section = doc.querySelector(`section[aria-labelledby="${id}"]`);
  return section ? section.querySelectorAll("li a").map((a) => a.text.trim()) : [];
}

export function storyHrefs(doc: HTMLElement): string[] {
  return doc.querySelectorAll(".story-list .card-title a").map((a) => a.getAttribute("href") ?? "");
}
