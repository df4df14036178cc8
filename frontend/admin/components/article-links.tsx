import type { ArticleListItem } from "../api/types.ts";
import { formatDateTime } from "../format.ts";
import { href } from "../router.ts";
import { StatusBadge } from "./status-badge.tsx";

/** A short list of articles that link to the editor, with status and the time that matters. */
export function ArticleLinks({
  items,
  empty,
  extra,
}: {
  items: ArticleListItem[];
  empty: string;
  extra?: (item: ArticleListItem) => string;
}) {
  if (items.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="list">
      {items.map((item) => (
        <li key={item.id}>
          <a href={href(`/artikel/${item.id}`)}>{item.title || "(tanpa judul)"}</a>{" "}
          <StatusBadge status={item.status} />
          <span class="meta">
            {item.section.name}
            {item.authors.length > 0 ? ` · ${item.authors.map((a) => a.name).join(", ")}` : ""} ·{" "}
            {extra ? extra(item) : `diubah ${formatDateTime(item.updatedAt)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
