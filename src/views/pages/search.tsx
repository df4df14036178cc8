import type { TextSegment } from "../../domain/search/snippet.ts";
import { Layout } from "../layout.tsx";
import type { LinkVM, PageChromeVM } from "../view-models.ts";

export interface SearchResultVM {
  href: string;
  titleSegments: TextSegment[];
  section: LinkVM;
  dateText: string;
  dateIso: string;
  snippetSegments: TextSegment[];
}

export interface SearchFormVM {
  q: string;
  sort: "relevansi" | "terbaru";
  section: string;
  author: string;
  from: string;
  to: string;
  sections: { slug: string; name: string }[];
  maxDate: string;
}

export interface SearchPageVM {
  chrome: PageChromeVM;
  form: SearchFormVM;
  /** Null when nothing was searched yet (or the query could not be used). */
  results: SearchResultVM[] | null;
  /** Why the query could not be used, in words a reader understands. */
  problem: string | null;
  suggestion: LinkVM | null;
  nextHref: string | null;
  /** Link to the same search sorted the other way. */
  otherSort: LinkVM | null;
}

/** Text with the matched words in <mark>: built from segments, so every piece is escaped by JSX. */
export function Marked({ segments }: { segments: TextSegment[] }) {
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

/** /cari: the search form with filters, the results, and help when nothing is found. */
export function SearchPage({ vm }: { vm: SearchPageVM }) {
  const f = vm.form;
  return (
    <Layout chrome={vm.chrome} head={<meta name="robots" content="noindex, follow" />}>
      <h1 class="page-title">{f.q ? `Hasil pencarian: ${f.q}` : "Cari berita"}</h1>
      <form class="search-form" method="get" action="/cari" aria-label="Cari berita">
        <label class="search-q">
          Kata kunci
          <input type="search" name="q" value={f.q} maxLength={200} />
        </label>
        <label>
          Kanal
          <select name="kanal">
            <option value="">Semua kanal</option>
            {f.sections.map((s) => (
              <option key={s.slug} value={s.slug} selected={s.slug === f.section}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Dari tanggal
          <input type="date" name="dari" value={f.from} max={f.maxDate} />
        </label>
        <label>
          Sampai tanggal
          <input type="date" name="sampai" value={f.to} max={f.maxDate} />
        </label>
        <label>
          Urutkan
          <select name="urut">
            <option value="relevansi" selected={f.sort === "relevansi"}>
              Paling relevan
            </option>
            <option value="terbaru" selected={f.sort === "terbaru"}>
              Terbaru
            </option>
          </select>
        </label>
        {f.author ? <input type="hidden" name="penulis" value={f.author} /> : null}
        <button type="submit">Cari</button>
      </form>
      {vm.problem ? (
        <p class="notice search-problem" role="alert">
          {vm.problem}
        </p>
      ) : null}
      {vm.suggestion ? (
        <p class="search-suggestion">
          Mungkin maksud Anda: <a href={vm.suggestion.href}>{vm.suggestion.label}</a>
        </p>
      ) : null}
      {vm.results && vm.results.length > 0 ? (
        <>
          {vm.otherSort ? (
            <p class="search-sort">
              <a href={vm.otherSort.href}>{vm.otherSort.label}</a>
            </p>
          ) : null}
          <ol class="search-results">
            {vm.results.map((r) => (
              <li key={r.href}>
                <a class="card-section" href={r.section.href}>
                  {r.section.label}
                </a>
                <h2 class="card-title">
                  <a href={r.href}>
                    <Marked segments={r.titleSegments} />
                  </a>
                </h2>
                <time class="meta" datetime={r.dateIso}>
                  {r.dateText}
                </time>
                <p class="search-snippet">
                  <Marked segments={r.snippetSegments} />
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {vm.results && vm.results.length === 0 ? (
        <NoResults q={f.q} filtered={Boolean(f.section || f.author || f.from || f.to)} />
      ) : null}
      {vm.results === null && !vm.problem ? <SearchHelp /> : null}
      {vm.problem ? <SearchHelp /> : null}
      {vm.nextHref ? (
        <nav class="pager" aria-label="Halaman hasil">
          <span />
          <a href={vm.nextHref} rel="next">
            Hasil berikutnya →
          </a>
        </nav>
      ) : null}
    </Layout>
  );
}

function NoResults({ q, filtered }: { q: string; filtered: boolean }) {
  return (
    <section class="search-empty" aria-labelledby="tidak-ditemukan">
      <h2 id="tidak-ditemukan">Tidak ada berita yang cocok dengan “{q}”.</h2>
      <ul>
        <li>Periksa ejaan kata kunci, atau gunakan kata yang lebih umum.</li>
        <li>Kurangi jumlah kata: setiap kata harus muncul di berita.</li>
        {filtered ? <li>Hapus saringan kanal, penulis atau tanggal.</li> : null}
        <li>
          Telusuri <a href="/indeks">indeks berita</a> menurut tanggal.
        </li>
      </ul>
    </section>
  );
}

function SearchHelp() {
  return (
    <section class="search-help" aria-labelledby="cara-mencari">
      <h2 id="cara-mencari">Cara mencari</h2>
      <ul>
        <li>
          Beberapa kata: <code>banjir jakarta</code> menemukan berita yang memuat keduanya; bentuk kata
          berimbuhan ikut ditemukan (<code>berkunjung</code> juga menemukan “kunjungan”).
        </li>
        <li>
          Frasa persis: <code>"jembatan gantung"</code>
        </li>
        <li>
          Kecualikan kata: <code>listrik -mobil</code>
        </li>
      </ul>
    </section>
  );
}
