import { articles } from "../api/admin-api.ts";
import { Notice } from "../components/form.tsx";
import { useAsync } from "../components/use-async.ts";
import { formatDateTime } from "../format.ts";

const WHAT: Record<string, string> = {
  created: "membuat artikel",
  saved: "menyimpan perubahan",
  restored: "memulihkan versi lama",
  submitted: "mengajukan untuk ditinjau",
  returned: "mengembalikan ke draf",
  scheduled: "menjadwalkan terbit",
  published: "menerbitkan",
  unpublished: "menarik dari situs",
  corrected: "menambahkan catatan pembaruan",
};

/** Who did what and when, newest first: the workflow's record, as the server keeps it. */
export function ActivityPanel({
  articleId,
  version,
  status,
}: {
  articleId: number;
  version: number;
  status: string;
}) {
  const list = useAsync(() => articles.events(articleId), [articleId, version, status]);
  const items = (list.data?.items ?? []).filter((e) => e.type !== "saved").slice(0, 20);
  return (
    <section class="card" aria-labelledby="activity">
      <h2 id="activity">Jejak kerja</h2>
      <Notice kind="error">{list.error?.message}</Notice>
      {items.length === 0 && !list.loading ? <p class="muted">Belum ada catatan.</p> : null}
      <ul class="list">
        {items.map((e) => (
          <li key={`${e.type}-${e.at}`}>
            {e.user?.name ?? "Sistem (jadwal)"} {WHAT[e.type] ?? e.type}
            <span class="meta">{formatDateTime(e.at)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
