import { StoryList } from "../components/lists.tsx";
import { Layout } from "../layout.tsx";
import type { ListItemVM, PageChromeVM } from "../view-models.ts";

export interface ErrorVM {
  chrome: PageChromeVM;
  status: number;
  heading: string;
  message: string;
  latest: ListItemVM[];
}

/** 404 and other reader-facing errors: say what happened and offer a way on. */
export function ErrorPage({ vm }: { vm: ErrorVM }) {
  return (
    <Layout chrome={vm.chrome} head={<meta name="robots" content="noindex" />}>
      <h1 class="page-title">{vm.heading}</h1>
      <p class="notice">{vm.message}</p>
      <p>
        Coba mulai dari <a href="/">halaman depan</a>, telusuri <a href="/indeks">indeks berita</a>, atau
        pilih kanal di menu atas.
      </p>
      {vm.latest.length > 0 ? (
        <section class="block" aria-labelledby="terbaru">
          <h2 class="block-title" id="terbaru">
            Berita terbaru
          </h2>
          <StoryList items={vm.latest} empty="" />
        </section>
      ) : null}
    </Layout>
  );
}
