/** What templates receive: strings and URLs ready to print, never database rows. */

import type { HeadMetaVM } from "../domain/metadata/metadata.types.ts";

export interface PictureVM {
  src: string;
  srcset: string;
  webpSrcset: string | null;
  width: number;
  height: number;
  alt: string;
}

export interface LinkVM {
  href: string;
  label: string;
}

export interface ListItemVM {
  href: string;
  title: string;
  kicker: string | null;
  excerpt: string | null;
  dateText: string;
  dateIso: string;
  section: LinkVM;
  picture: PictureVM | null;
}

export interface SidebarVM {
  popular: ListItemVM[];
  latest: ListItemVM[];
  moreHref: string;
}

export interface PageChromeVM {
  siteName: string;
  tagline: string;
  nav: LinkVM[];
  title: string;
  description: string;
  canonical: string;
  /** Path of the current page, to mark the active navigation item. */
  path: string;
  /** Robots, feeds, OpenGraph, Twitter and JSON-LD (src/domain/metadata); absent on error pages. */
  meta?: HeadMetaVM;
}

export interface PagerVM {
  newerHref: string | null;
  olderHref: string | null;
}
