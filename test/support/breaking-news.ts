/** One article record, published a minute before the fixture's clock: the newest story. */
export function breakingNews(slug: string, title: string, publishedAt = "2025-02-07T15:59:00+07:00"): string {
  return `${JSON.stringify({
    type: "article",
    slug,
    section: "dunia",
    title,
    authors: ["ayu-puspita"],
    publishedAt,
    body: "<p>Isi berita yang baru terbit.</p>",
    tags: ["Kilat"],
  })}\n`;
}
