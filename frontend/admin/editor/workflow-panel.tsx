import { useState } from "preact/hooks";
import type { Article } from "../api/types.ts";
import { Notice, useFormErrors } from "../components/form.tsx";
import { StatusBadge } from "../components/status-badge.tsx";
import { formatDateTime, fromZonedInput, toZonedInput } from "../format.ts";
import { getSite } from "../site.ts";

export type WorkflowAction =
  | { type: "submit" }
  | { type: "publish" }
  | { type: "schedule"; publishAt: string }
  | { type: "unpublish" }
  | { type: "return"; note: string }
  | { type: "correct"; note: string }
  | { type: "delete" };

/**
 * Status and the next steps this user may take. Buttons follow the article's `can` flags from
 * the server; a step the user may not take is explained rather than hidden, and the server
 * refuses it either way.
 */
export function WorkflowPanel({
  article,
  run,
  busy,
}: {
  article: Article | null;
  run(action: WorkflowAction): Promise<void>;
  busy: boolean;
}) {
  const [publishAt, setPublishAt] = useState(() => toZonedInput(article?.publishedAt));
  const [note, setNote] = useState("");
  const [returnNote, setReturnNote] = useState("");
  const errors = useFormErrors();
  const { zoneLabel } = getSite();

  if (!article) {
    return (
      <section class="card" aria-labelledby="wf">
        <h2 id="wf">Status</h2>
        <p class="muted">Isi judul dan pilih kanal; draf tersimpan otomatis.</p>
      </section>
    );
  }
  const can = article.can;
  const attempt = async (action: WorkflowAction, question?: string) => {
    if (question && !window.confirm(question)) return;
    errors.clear();
    try {
      await run(action);
      if (action.type === "correct") setNote("");
    } catch (err) {
      errors.capture(err);
    }
  };
  const schedule = () => {
    const iso = fromZonedInput(publishAt);
    if (!iso) {
      errors.set("publishAt", "Isi tanggal dan jam terbit.");
      return;
    }
    return attempt({ type: "schedule", publishAt: iso });
  };

  return (
    <section class="card" aria-labelledby="wf">
      <h2 id="wf">Status</h2>
      <p>
        <StatusBadge status={article.status} />{" "}
        {article.status === "scheduled" ? <>terbit {formatDateTime(article.publishedAt)}</> : null}
        {article.status === "published" ? <>sejak {formatDateTime(article.publishedAt)}</> : null}
      </p>
      <Notice kind="error">{errors.general}</Notice>
      <div class="actions">
        {can.submit ? (
          <button
            type="button"
            class="btn primary"
            disabled={busy}
            onClick={() => attempt({ type: "submit" })}
          >
            Ajukan untuk ditinjau
          </button>
        ) : null}
        {can.publish ? (
          <button
            type="button"
            class="btn primary"
            disabled={busy}
            onClick={() => attempt({ type: "publish" }, "Terbitkan berita ini sekarang?")}
          >
            {article.status === "unpublished" ? "Terbitkan lagi" : "Terbitkan sekarang"}
          </button>
        ) : null}
        {!can.publish && article.status !== "published" ? (
          <>
            <button type="button" class="btn" disabled aria-describedby="publish-why">
              Terbitkan
            </button>
            <p class="hint muted" id="publish-why">
              Hanya editor atau admin yang dapat menerbitkan dan menjadwalkan berita.
            </p>
          </>
        ) : null}
      </div>
      {can.schedule ? (
        <div class="field" style={{ marginTop: "0.75rem" }}>
          <label for="publishAt">Jadwal terbit ({zoneLabel})</label>
          <div class="inline">
            <input
              id="publishAt"
              type="datetime-local"
              value={publishAt}
              aria-invalid={errors.fields.publishAt ? "true" : undefined}
              aria-describedby={errors.fields.publishAt ? "publishAt-error" : undefined}
              onInput={(e) => setPublishAt(e.currentTarget.value)}
            />
            <button type="button" class="btn shrink" disabled={busy} onClick={schedule}>
              Jadwalkan
            </button>
          </div>
          {errors.fields.publishAt ? (
            <p class="field-error" id="publishAt-error" role="alert">
              {errors.fields.publishAt}
            </p>
          ) : null}
        </div>
      ) : null}
      {can.returnToDraft ? (
        <details>
          <summary>Kembalikan ke draf</summary>
          <div class="field">
            <label for="return-note">Catatan untuk penulis (opsional)</label>
            <textarea
              id="return-note"
              value={returnNote}
              onInput={(e) => setReturnNote(e.currentTarget.value)}
            />
          </div>
          <button
            type="button"
            class="btn"
            disabled={busy}
            onClick={() => attempt({ type: "return", note: returnNote.trim() })}
          >
            Kembalikan ke draf
          </button>
        </details>
      ) : null}
      {can.correct ? (
        <div class="field" style={{ marginTop: "0.75rem" }}>
          <label for="note">Catatan ralat / pembaruan</label>
          <textarea
            id="note"
            value={note}
            aria-invalid={errors.fields.note ? "true" : undefined}
            aria-describedby={errors.fields.note ? "note-error" : "note-hint"}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <p class="hint" id="note-hint">
            Tampil di halaman sebagai “Diperbarui” dengan waktunya.
          </p>
          {errors.fields.note ? (
            <p class="field-error" id="note-error" role="alert">
              {errors.fields.note}
            </p>
          ) : null}
          <button
            type="button"
            class="btn"
            disabled={busy || !note.trim()}
            onClick={() => attempt({ type: "correct", note: note.trim() })}
          >
            Tambahkan catatan
          </button>
        </div>
      ) : null}
      {article.corrections.length > 0 ? (
        <>
          <h3>Catatan pembaruan</h3>
          <ul class="list">
            {article.corrections.map((c) => (
              <li key={c.id}>
                {c.note}
                <span class="meta">{formatDateTime(c.at)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div class="actions" style={{ marginTop: "0.75rem" }}>
        {can.unpublish ? (
          <button
            type="button"
            class="btn danger"
            disabled={busy}
            onClick={() => attempt({ type: "unpublish" }, "Tarik berita ini dari situs?")}
          >
            Tarik dari situs
          </button>
        ) : null}
        {can.delete ? (
          <button
            type="button"
            class="btn danger"
            disabled={busy}
            onClick={() =>
              attempt({ type: "delete" }, "Hapus artikel ini? Tindakan ini tidak dapat dibatalkan.")
            }
          >
            Hapus
          </button>
        ) : null}
      </div>
    </section>
  );
}
