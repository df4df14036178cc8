import { Sidebar, StoryCard } from "../components/lists.tsx";
import { Layout } from "../layout.tsx";
import type { LinkVM, ListItemVM, PageChromeVM, SidebarVM } from "../view-models.ts";

export interface HomeVM {
  chrome: PageChromeVM;
  lead: ListItemVM | null;
  leadRest: ListItemVM[];
  sectionBlocks: { section: LinkVM; items: ListItemVM[] }[];
  sidebar: SidebarVM;
}

export function HomePage({ vm }: { vm: HomeVM }) {
  return (
    <Layout chrome={vm.chrome}>
      <h1 class="skip">{vm.chrome.siteName}: berita terkini</h1>
      <div class="layout">
        <div>
          {vm.lead ? (
            <section class="top" aria-label="Berita utama">
              <div class="top-main">
                <StoryCard item={vm.lead} headingLevel={2} />
              </div>
              <div class="top-rest">
                {vm.leadRest.map((item) => (
                  <StoryCard key={item.href} item={item} />
                ))}
              </div>
            </section>
          ) : (
            <p class="empty">Belum ada berita yang terbit.</p>
          )}
          {vm.sectionBlocks.map((block) => (
            <section class="block" key={block.section.href} aria-labelledby={`kanal-${block.section.href}`}>
              <h2 class="block-title" id={`kanal-${block.section.href}`}>
                <a href={block.section.href}>{block.section.label}</a>
                <a class="all" href={block.section.href}>
                  Semua berita {block.section.label}
                </a>
              </h2>
              <ol class="story-list">
                {block.items.map((item) => (
                  <li key={item.href}>
                    <StoryCard item={item} />
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
        <Sidebar sidebar={vm.sidebar} />
      </div>
    </Layout>
  );
}
