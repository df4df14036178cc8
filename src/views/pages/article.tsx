import type { ShareImage } from "../../domain/metadata/metadata.types.ts";
import { Sidebar } from "../components/lists.tsx";
import { Picture } from "../components/picture.tsx";
import { Layout } from "../layout.tsx";
import type { LinkVM, PageChromeVM, PictureVM, SidebarVM } from "../view-models.ts";

export interface ArticleVM {
  chrome: PageChromeVM;
  id: number;
  breadcrumbs: LinkVM[];
  section: LinkVM;
  kicker: string | null;
  title: string;
  picture: PictureVM | null;
  caption: string | null;
  credit: string | null;
  datelineDate: string;
  datelineIso: string;
  /** When the article was last edited, ISO-8601 with offset (structured data). */
  modifiedIso: string;
  /** Absolute share crops for structured data and social cards. */
  shareImages: ShareImage[];
  authors: LinkVM[];
  /** Sanitised when stored. */
  bodyHtml: string;
  tags: LinkVM[];
  sidebar: SidebarVM;
  /** Correction notes, oldest first: each prints as "Diperbarui <time>: note". */
  corrections?: { dateText: string; iso: string; note: string }[];
  /** A staff preview: no view beacon, never indexed. */
  preview?: boolean;
}

export function ArticlePage({ vm }: { vm: ArticleVM }) {
  return (
    <Layout
      chrome={vm.chrome}
      {...(vm.preview
        ? { head: <meta name="robots" content="noindex, nofollow" /> }
        : { beaconArticleId: vm.id })}
    >
      <div class="layout">
        <article>
          <nav class="crumbs" aria-label="Lokasi">
            <ol>
              {vm.breadcrumbs.map((c) => (
                <li key={c.href}>
                  <a href={c.href}>{c.label}</a>
                </li>
              ))}
            </ol>
          </nav>
          {vm.picture ? (
            <figure class="lead-figure">
              <Picture
                picture={vm.picture}
                sizes="(min-width: 1120px) 760px, (min-width: 900px) 66vw, 100vw"
                priority
              />
              {vm.caption || vm.credit ? (
                <figcaption>
                  {vm.caption}
                  {vm.caption && vm.credit ? " · " : null}
                  {vm.credit ? <span class="credit">{vm.credit}</span> : null}
                </figcaption>
              ) : null}
            </figure>
          ) : null}
          <header>
            <a class="article-section" href={vm.section.href}>
              {vm.section.label}
            </a>
            {vm.kicker ? <p class="kicker">{vm.kicker}</p> : null}
            <h1 class="headline">{vm.title}</h1>
            <p class="dateline">
              <time datetime={vm.datelineIso}>{vm.datelineDate}</time>
              {vm.authors.length > 0 ? (
                <>
                  {" | Laporan: "}
                  {vm.authors.map((a, i) => (
                    <>
                      {i > 0 ? (i === vm.authors.length - 1 ? " dan " : ", ") : null}
                      <a href={a.href} rel="author">
                        {a.label}
                      </a>
                    </>
                  ))}
                </>
              ) : null}
            </p>
            {vm.corrections?.map((c) => (
              <p class="updated" key={c.iso}>
                <strong>Diperbarui</strong> <time datetime={c.iso}>{c.dateText}</time>: {c.note}
              </p>
            ))}
          </header>
          <div class="body" dangerouslySetInnerHTML={{ __html: vm.bodyHtml }} />
          {vm.tags.length > 0 ? (
            <ul class="tags" aria-label="Topik">
              {vm.tags.map((t) => (
                <li key={t.href}>
                  <a href={t.href}>{t.label}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </article>
        <Sidebar sidebar={vm.sidebar} />
      </div>
    </Layout>
  );
}
