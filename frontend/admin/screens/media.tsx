import { useState } from "preact/hooks";
import { media as mediaApi } from "../api/admin-api.ts";
import type { Media } from "../api/types.ts";
import { Field, Notice, useFormErrors } from "../components/form.tsx";
import { MediaGrid } from "../components/media-grid.tsx";
import { UploadForm } from "../components/upload-form.tsx";
import { formatDateTime } from "../format.ts";

export function MediaScreen() {
  const [refresh, setRefresh] = useState(0);
  const [selected, setSelected] = useState<Media | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);
  return (
    <>
      <div class="page-head">
        <h1>Pustaka media</h1>
      </div>
      <div class="editor-layout">
        <section class="card" aria-labelledby="lib">
          <h2 id="lib">Foto</h2>
          <MediaGrid refreshKey={refresh} onPick={setSelected} pickLabel="Ubah keterangan" />
        </section>
        <div>
          <section class="card" aria-labelledby="up">
            <h2 id="up">Unggah</h2>
            {uploaded ? <Notice kind="ok">{uploaded}</Notice> : null}
            <UploadForm
              idPrefix="upload"
              onUploaded={(m) => {
                setUploaded(`${m.fileName} sudah diunggah.`);
                setRefresh((n) => n + 1);
              }}
            />
          </section>
          {selected ? (
            <MediaDetails
              key={selected.id}
              item={selected}
              onSaved={(m) => {
                setSelected(m);
                setRefresh((n) => n + 1);
              }}
            />
          ) : null}
        </div>
      </div>
    </>
  );
}

function MediaDetails({ item, onSaved }: { item: Media; onSaved(m: Media): void }) {
  const [alt, setAlt] = useState(item.alt);
  const [caption, setCaption] = useState(item.caption ?? "");
  const [credit, setCredit] = useState(item.credit ?? "");
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors();
  const submit = async (event: Event) => {
    event.preventDefault();
    errors.clear();
    setSaved(false);
    if (!alt.trim()) {
      errors.set("alt", "Teks alternatif wajib diisi.");
      return;
    }
    try {
      onSaved(
        await mediaApi.update(item.id, {
          alt: alt.trim(),
          caption: caption.trim() || null,
          credit: credit.trim() || null,
        }),
      );
      setSaved(true);
    } catch (err) {
      errors.capture(err);
    }
  };
  return (
    <section class="card" aria-labelledby="detail">
      <h2 id="detail">{item.fileName}</h2>
      <img class="lead-preview" src={item.url} alt={item.alt} />
      <p class="muted">
        {item.width}×{item.height} · {formatDateTime(item.createdAt)}
      </p>
      {saved ? <Notice kind="ok">Tersimpan.</Notice> : null}
      <Notice kind="error">{errors.general}</Notice>
      <form onSubmit={submit} noValidate>
        <Field id="m-alt" label="Teks alternatif (wajib)" error={errors.fields.alt}>
          {(a) => <input {...a} type="text" value={alt} onInput={(e) => setAlt(e.currentTarget.value)} />}
        </Field>
        <Field id="m-caption" label="Keterangan" error={errors.fields.caption}>
          {(a) => (
            <input {...a} type="text" value={caption} onInput={(e) => setCaption(e.currentTarget.value)} />
          )}
        </Field>
        <Field id="m-credit" label="Kredit" error={errors.fields.credit}>
          {(a) => (
            <input {...a} type="text" value={credit} onInput={(e) => setCredit(e.currentTarget.value)} />
          )}
        </Field>
        <button type="submit" class="btn primary">
          Simpan
        </button>
      </form>
    </section>
  );
}
