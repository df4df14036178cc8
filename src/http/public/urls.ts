/** Every public URL Warta links to is built here, so routes and links never disagree. */
export const urls = {
  home: () => "/",
  article: (slug: string) => `/baca/${slug}`,
  section: (slug: string) => `/kanal/${slug}`,
  tag: (slug: string) => `/tag/${slug}`,
  author: (slug: string) => `/penulis/${slug}`,
  index: (day?: string) => (day ? `/indeks?tanggal=${day}` : "/indeks"),
  siteFeed: () => "/rss.xml",
  sectionFeed: (slug: string) => `/kanal/${slug}/rss.xml`,
  tagFeed: (slug: string) => `/tag/${slug}/rss.xml`,
  authorFeed: (slug: string) => `/penulis/${slug}/rss.xml`,
  logo: () => "/logo.png",
  withPage: (base: string, param: "sebelum" | "sesudah", cursor: string) =>
    `${base}${base.includes("?") ? "&" : "?"}${param}=${encodeURIComponent(cursor)}`,
};
