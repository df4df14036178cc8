import type { ComponentChildren } from "preact";
import { HeadMetadata } from "./components/metadata.tsx";
import { SITE_CSS } from "./site-css.ts";
import type { PageChromeVM } from "./view-models.ts";

interface Props {
  chrome: PageChromeVM;
  children: ComponentChildren;
  /** Extra tags for <head> (robots, feeds, structured data later). */
  head?: ComponentChildren;
  /** Set on article pages: the page reports one view through the beacon. */
  beaconArticleId?: number;
}

/**
 * Counts a view once the page is really shown to someone: not while prerendered or in a hidden
 * tab, at most once per page load. No cookies, no identifiers.
 */
const BEACON_SCRIPT = (id: number) =>
  `(function(){var d=document,sent=0;function s(){if(sent||d.visibilityState!=="visible"||d.prerendering)return;sent=1;var u="/api/views?a=${id}";if(navigator.sendBeacon)navigator.sendBeacon(u);else fetch(u,{method:"POST",keepalive:true})}s();d.addEventListener("visibilitychange",s);d.addEventListener("prerenderingchange",s)})();`;

export function Layout({ chrome, children, head, beaconArticleId }: Props) {
  return (
    <html lang="id">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{chrome.title}</title>
        <meta name="description" content={chrome.description} />
        <link rel="canonical" href={chrome.canonical} />
        <meta name="theme-color" content="#a4001b" />
        {chrome.meta ? <HeadMetadata meta={chrome.meta} /> : null}
        {head}
        <style dangerouslySetInnerHTML={{ __html: SITE_CSS }} />
      </head>
      <body>
        <a class="skip" href="#isi">
          Langsung ke isi
        </a>
        <header class="masthead">
          <div class="wrap">
            <a class="brand" href="/">
              {chrome.siteName}
            </a>
            <p class="tagline">{chrome.tagline}</p>
            <form class="site-search" method="get" action="/cari" aria-label="Cari berita">
              <label for="cari-q" class="visually-hidden">
                Cari berita
              </label>
              <input id="cari-q" type="search" name="q" placeholder="Cari berita…" maxLength={200} />
              <button type="submit">Cari</button>
            </form>
          </div>
        </header>
        <nav class="nav" aria-label="Kanal">
          <ul>
            {chrome.nav.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={chrome.path === item.href ? "page" : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="isi" class="wrap">
          {children}
        </main>
        <footer class="footer">
          <div class="wrap">
            <p>
              © {chrome.siteName}. {chrome.tagline}.
            </p>
            <ul>
              <li>
                <a href="/">Beranda</a>
              </li>
              <li>
                <a href="/indeks">Indeks berita</a>
              </li>
            </ul>
          </div>
        </footer>
        {beaconArticleId ? (
          <script dangerouslySetInnerHTML={{ __html: BEACON_SCRIPT(beaconArticleId) }} />
        ) : null}
      </body>
    </html>
  );
}
