import { useEffect, useRef, useState } from "preact/hooks";
import type { Media } from "../api/types.ts";
import { MediaGrid } from "./media-grid.tsx";
import { UploadForm } from "./upload-form.tsx";

/**
 * A modal to choose a photo: upload a new one or pick from the library. `open` resolves the
 * promise the caller is waiting on with the photo, or null when closed.
 */
export function MediaPicker({ title, onClose }: { title: string; onClose(m: Media | null): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} aria-labelledby="picker-title" onCancel={() => onClose(null)}>
      <div class="dialog-body">
        <div class="dialog-head">
          <h2 id="picker-title">{title}</h2>
          <button type="button" class="btn" onClick={() => onClose(null)}>
            Tutup
          </button>
        </div>
        <details class="card">
          <summary>
            <strong>Unggah foto baru</strong>
          </summary>
          <UploadForm
            idPrefix="picker"
            onUploaded={(m) => {
              setRefresh((n) => n + 1);
              onClose(m);
            }}
          />
        </details>
        <MediaGrid refreshKey={refresh} onPick={(m) => onClose(m)} pickLabel="Pilih" />
      </div>
    </dialog>
  );
}

/** Shows the picker and waits for the choice: `const m = await pick("Pilih foto")`. */
export function usePicker(): {
  element: preact.JSX.Element | null;
  pick(title: string): Promise<Media | null>;
} {
  const [state, setState] = useState<{ title: string; resolve(m: Media | null): void } | null>(null);
  const element = state ? (
    <MediaPicker
      title={state.title}
      onClose={(m) => {
        state.resolve(m);
        setState(null);
      }}
    />
  ) : null;
  return {
    element,
    pick: (title) => new Promise((resolve) => setState({ title, resolve })),
  };
}
