import { useState } from "preact/hooks";
import { media } from "../api/admin-api.ts";
import type { Media } from "../api/types.ts";
import { Notice } from "./form.tsx";
import { useAsync } from "./use-async.ts";

/** The library, newest first, searchable by file name and caption, paged by the server's cursor. */
export function MediaGrid({
  refreshKey,
  onPick,
  pickLabel,
}: {
  refreshKey: number;
  onPick(m: Media): void;
  pickLabel: string;
}) {
  const [q, setQ] = useState("");
  const [cursor, setCursor] = useState<string | null>(null);
  const [seen, setSeen] = useState<Media[]>([]);
  const page = useAsync(async () => {
    const result = await media.list({ q, cursor, limit: 24 });
    setSeen((before) => (cursor ? [...before, ...result.items] : result.items));
    return result;
  }, [q, cursor, refreshKey]);

  return (
    <div>
      <div class="field">
        <label for="media-q">Cari foto</label>
        <input
          id="media-q"
          type="search"
          placeholder="Nama berkas atau keterangan…"
          value={q}
          onChange={(e) => {
            setCursor(null);
            setQ(e.currentTarget.value.trim());
          }}
        />
      </div>
      {page.error ? <Notice kind="error">{page.error.message}</Notice> : null}
      {seen.length === 0 && !page.loading ? <p class="muted">Tidak ada foto.</p> : null}
      <ul class="media-grid">
        {seen.map((m) => (
          <li key={m.id}>
            <button type="button" class="pick" onClick={() => onPick(m)}>
              <img src={m.thumbUrl} alt={m.alt} loading="lazy" width={m.width} height={m.height} />
              <span class="info">
                <span class="visually-hidden">{pickLabel}: </span>
                <strong>{m.fileName}</strong>
                {m.caption ? <span class="muted"> · {m.caption}</span> : null}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {page.data?.nextCursor ? (
        <p>
          <button type="button" class="btn" onClick={() => setCursor(page.data?.nextCursor ?? null)}>
            Muat lebih banyak
          </button>
        </p>
      ) : null}
    </div>
  );
}
