/** What the shell page tells the app about the site (data-* attributes on #app). */
export interface SiteInfo {
  name: string;
  publicUrl: string;
  timeZone: string;
  zoneLabel: string;
}

export function readSiteInfo(root: HTMLElement): SiteInfo {
  return {
    name: root.dataset.siteName || "Warta",
    publicUrl: root.dataset.publicUrl || window.location.origin,
    timeZone: root.dataset.timeZone || "Asia/Jakarta",
    zoneLabel: root.dataset.zoneLabel || "WIB",
  };
}

let site: SiteInfo = {
  name: "Warta",
  publicUrl: "",
  timeZone: "Asia/Jakarta",
  zoneLabel: "WIB",
};

export function setSite(info: SiteInfo): void {
  site = info;
}

export function getSite(): SiteInfo {
  return site;
}
