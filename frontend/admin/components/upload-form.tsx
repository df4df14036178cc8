import { useRef, useState } from "preact/hooks";
import { media } from "../api/admin-api.ts";
import type { Media } from "../api/types.ts";
import { Field, Notice, useFormErrors } from "./form.tsx";

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Upload one image: pick it or drop it, then describe it. Alt text is required (readers who
 * cannot see the photo depend on it); caption and credit are what the page prints under it.
 */
export function UploadForm({ idPrefix, onUploaded }: { idPrefix: string; onUploaded(m: Media): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState("");
  const [caption, setCaption] = useState("");
  const [credit, setCredit] = useState("");
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const errors = useFormErrors();
  const id = (name: string) => `${idPrefix}-${name}`;

  const choose = (f: File | null | undefined) => {
    errors.clear();
    if (!f) return;
    if (!f.type.startsWith("image/")) {
      errors.set("file", "Berkas ini bukan gambar. Pilih foto JPEG, PNG, WebP atau GIF.");
      return;
    }
    if (f.size > MAX_BYTES) {
      errors.set("file", "Foto terlalu besar (maksimal 20 MB).");
      return;
    }
    setFile(f);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    errors.clear();
    if (!file) {
      errors.set("file", "Pilih foto yang akan diunggah.");
      return;
    }
    if (!alt.trim()) {
      errors.set(
        "alt",
        "Teks alternatif wajib diisi: jelaskan isi foto untuk pembaca yang tidak bisa melihatnya.",
      );
      return;
    }
    setBusy(true);
    try {
      const uploaded = await media.upload(file, {
        alt: alt.trim(),
        caption: caption.trim(),
        credit: credit.trim(),
      });
      setFile(null);
      setAlt("");
      setCaption("");
      setCredit("");
      if (input.current) input.current.value = "";
      onUploaded(uploaded);
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Unggah foto">
      <Notice kind="error">{errors.general}</Notice>
      <fieldset
        class={over ? "dropzone over" : "dropzone"}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          choose(e.dataTransfer?.files[0]);
        }}
      >
        <Field
          id={id("file")}
          label="Foto"
          hint={file ? `Dipilih: ${file.name}` : "Pilih berkas atau seret foto ke kotak ini."}
          error={errors.fields.file}
        >
          {(a) => (
            <input
              {...a}
              ref={input}
              type="file"
              name="file"
              accept="image/*"
              onChange={(e) => choose(e.currentTarget.files?.[0])}
            />
          )}
        </Field>
      </fieldset>
      <Field
        id={id("alt")}
        label="Teks alternatif (wajib)"
        hint="Apa yang terlihat di foto, untuk pembaca layar."
        error={errors.fields.alt}
      >
        {(a) => <input {...a} type="text" value={alt} onInput={(e) => setAlt(e.currentTarget.value)} />}
      </Field>
      <div class="inline">
        <Field id={id("caption")} label="Keterangan" error={errors.fields.caption}>
          {(a) => (
            <input {...a} type="text" value={caption} onInput={(e) => setCaption(e.currentTarget.value)} />
          )}
        </Field>
        <Field id={id("credit")} label="Kredit" error={errors.fields.credit}>
          {(a) => (
            <input {...a} type="text" value={credit} onInput={(e) => setCredit(e.currentTarget.value)} />
          )}
        </Field>
      </div>
      <button type="submit" class="btn primary" disabled={busy}>
        {busy ? "Mengunggah…" : "Unggah"}
      </button>
    </form>
  );
}
