/** Every public URL Warta links to is built here, so routes and links never disagree. */
export const urls = {
  home: () => "/",
  article: (slug: string) => `/baca/${slug}`,
  section: (slug: string) => `/kanal/${slug}`,
  tag: (slug: string) => `/tag/${slug}`,
  author: (slug: string) => `/penulis/${slug}`,
  index: (day?: string) => (day ? `/indeks?tanggal=${day}` : "/indeks"),
  withPage: (base: string, param: "sebelum" | "sesudah", cursor: string) =>
    `${base}${base.includes("?") ? "&" : "?"}${param}=${encodeURIComponent(cursor)}`,
};
