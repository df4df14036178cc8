/** What a page's <head> says to crawlers and social apps, beyond its title and description. */
export interface HeadMetaVM {
  robots: string | null;
  /** `<meta property=…>`: OpenGraph and article:* tags, in order (og:image before its width). */
  properties: { property: string; content: string }[];
  /** `<meta name=…>`: Twitter card tags. */
  names: { name: string; content: string }[];
  /** `<link rel="alternate">`: feeds of this page and the site. */
  alternates: { href: string; title: string; type: string }[];
  /** JSON-LD objects, each printed in its own script element. */
  jsonLd: Record<string, unknown>[];
}

/** The site-wide facts every page's metadata repeats. URLs are absolute. */
export interface MetaSite {
  name: string;
  publicUrl: string;
  logo: { url: string; width: number; height: number };
  /** OpenGraph locale, e.g. id_ID. */
  locale: string;
  /** BCP 47 language of the content, e.g. id. */
  language: string;
}

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface FeedLink {
  href: string;
  title: string;
}
