import { dashboard } from "../api/admin-api.ts";
import { ArticleLinks } from "../components/article-links.tsx";
import { Notice } from "../components/form.tsx";
import { useAsync } from "../components/use-async.ts";
import { formatDateTime } from "../format.ts";
import { href } from "../router.ts";
import { useSession } from "../session.tsx";

export function DashboardScreen() {
  const { user } = useSession();
  const { data, error } = useAsync(() => dashboard.get(), []);
  return (
    <>
      <div class="page-head">
        <h1>Selamat datang, {user.name || user.email}</h1>
        <a class="btn primary" href={href("/artikel/baru")}>
          Tulis berita
        </a>
      </div>
      {error ? <Notice kind="error">{error.message}</Notice> : null}
      {!data && !error ? <p class="muted">Memuat…</p> : null}
      {data ? (
        <div class="grid">
          <section class="card" aria-labelledby="d-drafts">
            <h2 id="d-drafts">Draf saya</h2>
            <ArticleLinks items={data.myDrafts} empty="Tidak ada draf." />
          </section>
          <section class="card" aria-labelledby="d-review">
            <h2 id="d-review">Menunggu tinjauan</h2>
            <ArticleLinks items={data.inReview} empty="Tidak ada yang menunggu tinjauan." />
          </section>
          <section class="card" aria-labelledby="d-scheduled">
            <h2 id="d-scheduled">Terjadwal</h2>
            <ArticleLinks
              items={data.scheduled}
              empty="Tidak ada berita terjadwal."
              extra={(a) => `terbit ${formatDateTime(a.publishedAt)}`}
            />
          </section>
          <section class="card" aria-labelledby="d-published">
            <h2 id="d-published">Baru terbit</h2>
            <ArticleLinks
              items={data.recentlyPublished}
              empty="Belum ada berita terbit."
              extra={(a) => `terbit ${formatDateTime(a.publishedAt)}`}
            />
          </section>
          <section class="card" aria-labelledby="d-popular">
            <h2 id="d-popular">Terpopuler hari ini</h2>
            {data.mostReadToday.length === 0 ? (
              <p class="muted">Belum ada pembaca hari ini.</p>
            ) : (
              <ol class="list">
                {data.mostReadToday.map(({ article, views }) => (
                  <li key={article.id}>
                    <a href={href(`/artikel/${article.id}`)}>{article.title}</a>
                    <span class="meta">
                      {views.toLocaleString("id-ID")} pembaca · {article.section.name}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      ) : null}
    </>
  );
}
