import { renderToString } from "preact-render-to-string";
import type { ListItemVM, PagerVM, SidebarVM } from "../view-models.ts";
import { Picture } from "./picture.tsx";

/** A story in a list: picture, section, headline, excerpt, date. */
export function StoryCard({ item, headingLevel = 3 }: { item: ListItemVM; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article class="card">
      {item.picture ? (
        <div class="card-media">
          <Picture picture={item.picture} sizes="(min-width: 900px) 240px, 34vw" />
        </div>
      ) : null}
      <div class="card-body">
        <a class="card-section" href={item.section.href}>
          {item.section.label}
        </a>
        <Heading class="card-title">
          <a href={item.href}>{item.title}</a>
        </Heading>
        {item.excerpt ? <p class="card-excerpt">{item.excerpt}</p> : null}
        <time class="meta" datetime={item.dateIso}>
          {item.dateText}
        </time>
      </div>
    </article>
  );
}

/** `headingLevel` follows the page outline: 2 right under a page's h1, 3 under a section's h2. */
export function StoryList({
  items,
  empty,
  headingLevel = 3,
}: {
  items: ListItemVM[];
  empty: string;
  headingLevel?: 2 | 3;
}) {
  if (items.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ol class="story-list">
      {items.map((item) => (
        <li key={item.href}>
          <StoryCard item={item} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}

/** Populer / UPDATE: headline and date, nothing else. */
export function CompactList({
  id,
  title,
  items,
  numbered,
}: {
  id: string;
  title: string;
  items: ListItemVM[];
  numbered?: boolean;
}) {
  return (
    <section class="compact" aria-labelledby={id}>
      <h2 id={id} class="compact-title">
        {title}
      </h2>
      {items.length === 0 ? (
        <p class="empty">Belum ada berita.</p>
      ) : (
        <ol class={numbered ? "compact-list numbered" : "compact-list"}>
          {items.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.title}</a>
              <time class="meta" datetime={item.dateIso}>
                {item.dateText}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * The lists' markup, rendered once per version of them: the same SidebarVM object is handed to
 * every page until the lists are recomputed (pages.routes.tsx), and its HTML is the same on each.
 */
const renderedSidebars = new WeakMap<SidebarVM, string>();

export function Sidebar({ sidebar }: { sidebar: SidebarVM }) {
  let html = renderedSidebars.get(sidebar);
  if (html === undefined) {
    html = renderToString(<SidebarLists sidebar={sidebar} />);
    renderedSidebars.set(sidebar, html);
  }
  return <aside class="sidebar" aria-label="Berita pilihan" dangerouslySetInnerHTML={{ __html: html }} />;
}

function SidebarLists({ sidebar }: { sidebar: SidebarVM }) {
  return (
    <>
      <CompactList id="populer" title="Populer" items={sidebar.popular} numbered />
      <CompactList id="update" title="UPDATE" items={sidebar.latest} />
      <p class="more">
        <a href={sidebar.moreHref}>Selengkapnya</a>
      </p>
    </>
  );
}

export function Pager({ pager }: { pager: PagerVM }) {
  if (!pager.newerHref && !pager.olderHref) return null;
  return (
    <nav class="pager" aria-label="Halaman">
      {pager.newerHref ? (
        <a href={pager.newerHref} rel="prev">
          ← Lebih baru
        </a>
      ) : (
        <span />
      )}
      {pager.olderHref ? (
        <a href={pager.olderHref} rel="next">
          Lebih lama →
        </a>
      ) : null}
    </nav>
  );
}
