import { useState } from "preact/hooks";
import type { Ref, StaleVersion } from "../api/types.ts";
import { formatDateTime } from "../format.ts";
import {
  type ArticleForm,
  FIELD_LABELS,
  formFromArticle,
  htmlToParagraphs,
  readableValue,
} from "./article-form.ts";

/**
 * Shown when someone else saved first. Nothing was written; the writer sees which fields
 * differ, theirs against the other person's, and either loads the newest version or copies
 * their own text to put back by hand.
 */
export function ConflictPanel({
  conflict,
  mine,
  sections,
  onReload,
}: {
  conflict: StaleVersion;
  mine: ArticleForm;
  sections: Ref[];
  onReload(): void;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const theirs = formFromArticle(conflict.current);
  const myText = [mine.title, mine.kicker, mine.excerpt, ...htmlToParagraphs(mine.bodyHtml)]
    .filter(Boolean)
    .join("\n\n");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(myText);
      setCopied("Teks Anda sudah disalin. Muat versi terbaru, lalu tempelkan bagian yang Anda perlukan.");
    } catch {
      setCopied("Salin otomatis tidak diizinkan peramban; pilih teks di kotak di bawah lalu salin.");
    }
  };
  const fields = conflict.changed.length > 0 ? conflict.changed : ["bodyHtml"];
  return (
    <section class="card conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">Artikel ini sudah diubah orang lain</h2>
      <p>
        {conflict.message} Versi terbaru ({conflict.currentVersion}) disimpan{" "}
        {formatDateTime(conflict.current.updatedAt)}. Perubahan Anda <strong>belum disimpan</strong> dan tidak
        menimpa apa pun.
      </p>
      <h3>Yang berubah</h3>
      <ul class="diff">
        {fields.map((field) => {
          const field_ = field === "authorIds" ? "authorIds" : field;
          const theirsText = readableValue(field_, theirs, sections);
          const mineText = readableValue(field_, mine, sections);
          return (
            <li key={field}>
              <strong>{FIELD_LABELS[field] ?? field}</strong>
              <span class="excerpt">
                Versi terbaru: <ins>{clip(theirsText) || "(kosong)"}</ins>
              </span>
              <span class="excerpt">
                Versi Anda: <del>{clip(mineText) || "(kosong)"}</del>
              </span>
            </li>
          );
        })}
      </ul>
      <div class="actions">
        <button type="button" class="btn primary" onClick={onReload}>
          Muat versi terbaru
        </button>
        <button type="button" class="btn" onClick={copy}>
          Salin teks saya
        </button>
      </div>
      {copied ? <p class="hint">{copied}</p> : null}
      <details>
        <summary>Teks Anda</summary>
        <label for="my-text" class="visually-hidden">
          Teks Anda
        </label>
        <textarea id="my-text" readOnly rows={10} value={myText} />
      </details>
    </section>
  );
}

const clip = (s: string) => (s.length > 600 ? `${s.slice(0, 600)}…` : s);
