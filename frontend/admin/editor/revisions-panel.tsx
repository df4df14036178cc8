import { useEffect, useRef, useState } from "preact/hooks";
import { articles } from "../api/admin-api.ts";
import type { Revision } from "../api/types.ts";
import { Notice } from "../components/form.tsx";
import { useAsync } from "../components/use-async.ts";
import { formatDateTime } from "../format.ts";
import { htmlToParagraphs } from "./article-form.ts";

/** Every saved version, newest first, with who saved it; any of them can be restored as a new version. */
export function RevisionsPanel({
  articleId,
  version,
  canRestore,
  onRestore,
}: {
  articleId: number;
  /** The article's current version: the list reloads when it moves. */
  version: number;
  canRestore: boolean;
  onRestore(revisionId: number): Promise<void>;
}) {
  const list = useAsync(() => articles.revisions(articleId), [articleId, version]);
  const [shown, setShown] = useState<Revision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = async (revisionId: number) => {
    setError(null);
    try {
      setShown(await articles.revision(articleId, revisionId));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const restore = async (revisionId: number, revVersion: number) => {
    if (!window.confirm(`Pulihkan versi ${revVersion}? Isi sekarang tetap tersimpan di riwayat.`)) return;
    setError(null);
    try {
      await onRestore(revisionId);
      setShown(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section class="card" aria-labelledby="rev">
      <h2 id="rev">Riwayat versi</h2>
      <Notice kind="error">{error ?? list.error?.message}</Notice>
      <ul class="list revisions">
        {list.data?.items.map((r) => (
          <li key={r.id}>
            <span>
              <strong>Versi {r.version}</strong>
              {r.version === version ? <span class="muted"> (sekarang)</span> : null}
              <span class="meta">
                {r.user?.name ?? "Sistem"} · {formatDateTime(r.createdAt)}
              </span>
            </span>
            <span class="actions">
              <button type="button" class="btn small" onClick={() => open(r.id)}>
                Lihat
              </button>
              {canRestore && r.version !== version ? (
                <button type="button" class="btn small" onClick={() => restore(r.id, r.version)}>
                  Pulihkan
                </button>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {shown ? (
        <RevisionDialog
          revision={shown}
          onClose={() => setShown(null)}
          onRestore={canRestore && shown.version !== version ? () => restore(shown.id, shown.version) : null}
        />
      ) : null}
    </section>
  );
}

function RevisionDialog({
  revision,
  onClose,
  onRestore,
}: {
  revision: Revision;
  onClose(): void;
  onRestore: (() => void) | null;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const c = revision.content;
  return (
    <dialog ref={dialog} aria-labelledby="rev-title" onCancel={onClose}>
      <div class="dialog-body">
        <div class="dialog-head">
          <h2 id="rev-title">
            Versi {revision.version} · {revision.user?.name ?? "Sistem"} ·{" "}
            {formatDateTime(revision.createdAt)}
          </h2>
          <button type="button" class="btn" onClick={onClose}>
            Tutup
          </button>
        </div>
        {c.kicker ? <p class="muted">{c.kicker}</p> : null}
        <h3>{c.title}</h3>
        {c.excerpt ? (
          <p>
            <em>{c.excerpt}</em>
          </p>
        ) : null}
        {htmlToParagraphs(c.bodyHtml ?? "").map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        {onRestore ? (
          <button type="button" class="btn primary" onClick={onRestore}>
            Pulihkan versi ini
          </button>
        ) : null}
      </div>
    </dialog>
  );
}
