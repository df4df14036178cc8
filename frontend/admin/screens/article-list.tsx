import { useRef } from "preact/hooks";
import { articles, authors, sections } from "../api/admin-api.ts";
import type { ArticleStatus } from "../api/types.ts";
import { Notice } from "../components/form.tsx";
import { StatusBadge } from "../components/status-badge.tsx";
import { useAsync } from "../components/use-async.ts";
import { formatDateTime, STATUS_LABELS } from "../format.ts";
import { href, navigate } from "../router.ts";

const FILTERS = ["status", "section", "author", "from", "to", "q", "mine"] as const;

/**
 * Every article, newest change first, filtered by what the URL says (so a filtered list can be
 * reloaded and shared) and paged with the server's cursor.
 */
export function ArticleListScreen({ query }: { query: URLSearchParams }) {
  const filter = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? ""])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const cursor = query.get("cursor");
  const key = query.toString();
  const list = useAsync(
    () =>
      articles.list({
        status: filter.status as ArticleStatus | "",
        section: filter.section,
        author: filter.author,
        from: filter.from,
        to: filter.to,
        q: filter.q,
        mine: filter.mine === "1",
        cursor,
      }),
    [key],
  );
  const catalog = useAsync(async () => {
    const [s, a] = await Promise.all([sections.list(), authors.list()]);
    return { sections: s.items, authors: a.items };
  }, []);
  /** Cursors of the pages before this one, so "previous" works without the server knowing. */
  const previous = useRef<string[]>([]);

  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    const qs = next.toString();
    navigate(`/artikel${qs ? `?${qs}` : ""}`);
  };
  const setFilter = (name: string, value: string) => {
    previous.current = [];
    go({ [name]: value, cursor: null });
  };

  return (
    <>
      <div class="page-head">
        <h1>Artikel</h1>
        <a class="btn primary" href={href("/artikel/baru")}>
          Tulis berita
        </a>
      </div>
      <form class="filters card" aria-label="Saring artikel" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="f-q">Judul</label>
          <input
            id="f-q"
            type="search"
            value={filter.q}
            placeholder="Cari judul…"
            onChange={(e) => setFilter("q", e.currentTarget.value.trim())}
          />
        </div>
        <div class="field">
          <label for="f-status">Status</label>
          <select
            id="f-status"
            value={filter.status}
            onChange={(e) => setFilter("status", e.currentTarget.value)}
          >
            <option value="">Semua status</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-section">Kanal</label>
          <select
            id="f-section"
            value={filter.section}
            onChange={(e) => setFilter("section", e.currentTarget.value)}
          >
            <option value="">Semua kanal</option>
            {catalog.data?.sections.map((s) => (
              <option key={s.id} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-author">Penulis</label>
          <select
            id="f-author"
            value={filter.author}
            onChange={(e) => setFilter("author", e.currentTarget.value)}
          >
            <option value="">Semua penulis</option>
            {catalog.data?.authors.map((a) => (
              <option key={a.id} value={a.slug}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-from">Diubah sejak</label>
          <input
            id="f-from"
            type="date"
            value={filter.from}
            onChange={(e) => setFilter("from", e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="f-to">Sampai</label>
          <input
            id="f-to"
            type="date"
            value={filter.to}
            onChange={(e) => setFilter("to", e.currentTarget.value)}
          />
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={filter.mine === "1"}
            onChange={(e) => setFilter("mine", e.currentTarget.checked ? "1" : "")}
          />
          Hanya artikel saya
        </label>
      </form>
      {list.error ? <Notice kind="error">{list.error.message}</Notice> : null}
      <div class="card table-wrap" aria-busy={list.loading ? "true" : "false"}>
        {list.data && list.data.items.length === 0 ? (
          <p class="muted">Tidak ada artikel yang cocok.</p>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <table class="stack">
            <thead>
              <tr>
                <th scope="col">Judul</th>
                <th scope="col">Status</th>
                <th scope="col">Kanal</th>
                <th scope="col">Penulis</th>
                <th scope="col">Diubah</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <a href={href(`/artikel/${item.id}`)}>{item.title || "(tanpa judul)"}</a>
                  </td>
                  <td data-label="Status">
                    <StatusBadge status={item.status} />
                    {item.status === "scheduled" ? (
                      <span class="meta muted"> {formatDateTime(item.publishedAt)}</span>
                    ) : null}
                  </td>
                  <td data-label="Kanal">{item.section.name}</td>
                  <td data-label="Penulis">{item.authors.map((a) => a.name).join(", ") || "–"}</td>
                  <td data-label="Diubah">{formatDateTime(item.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {list.loading && !list.data ? <p class="muted">Memuat…</p> : null}
      </div>
      <nav class="pager" aria-label="Halaman daftar">
        <span>
          {cursor ? (
            <button
              type="button"
              class="btn"
              onClick={() => {
                const before = previous.current.pop() ?? null;
                go({ cursor: before });
              }}
            >
              ← {previous.current.length > 0 ? "Sebelumnya" : "Halaman pertama"}
            </button>
          ) : null}
        </span>
        <span>
          {list.data?.nextCursor ? (
            <button
              type="button"
              class="btn"
              onClick={() => {
                if (cursor) previous.current.push(cursor);
                go({ cursor: list.data?.nextCursor ?? null });
              }}
            >
              Berikutnya →
            </button>
          ) : null}
        </span>
      </nav>
    </>
  );
}
