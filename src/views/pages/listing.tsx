import type { ComponentChildren } from "preact";
import { Pager, Sidebar, StoryList } from "../components/lists.tsx";
import { Layout } from "../layout.tsx";
import type { LinkVM, ListItemVM, PageChromeVM, PagerVM, SidebarVM } from "../view-models.ts";

export interface ListingVM {
  chrome: PageChromeVM;
  heading: string;
  intro?: string;
  subsections?: LinkVM[];
  items: ListItemVM[];
  emptyText: string;
  pager: PagerVM;
  sidebar: SidebarVM;
}

/** Section, tag, author and index pages: a heading, a keyset-paged list, the sidebar. */
export function ListingPage({ vm, filter }: { vm: ListingVM; filter?: ComponentChildren }) {
  return (
    <Layout chrome={vm.chrome}>
      <div class="layout">
        <div>
          <h1 class="page-title">{vm.heading}</h1>
          {vm.intro ? <p>{vm.intro}</p> : null}
          {vm.subsections && vm.subsections.length > 0 ? (
            <ul class="subsections" aria-label="Subkanal">
              {vm.subsections.map((s) => (
                <li key={s.href}>
                  <a href={s.href}>{s.label}</a>
                </li>
              ))}
            </ul>
          ) : null}
          {filter}
          <StoryList items={vm.items} empty={vm.emptyText} headingLevel={2} />
          <Pager pager={vm.pager} />
        </div>
        <Sidebar sidebar={vm.sidebar} />
      </div>
    </Layout>
  );
}

export function DateFilter({ value, max }: { value: string; max: string }) {
  return (
    <form class="filter" method="get" action="/indeks" aria-label="Saring menurut tanggal">
      <label>
        Tanggal
        <input type="date" name="tanggal" value={value} max={max} />
      </label>
      <button type="submit">Tampilkan</button>
      {value ? <a href="/indeks">Semua tanggal</a> : null}
    </form>
  );
}
