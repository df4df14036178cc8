import type { Media } from "../api/types.ts";
import type { ArticleForm } from "./article-form.ts";

type Lead = ArticleForm["lead"];

/** The lead photo: chosen from the library or uploaded, with the caption and credit printed under it. */
export function LeadImageField({
  lead,
  onChange,
  pick,
  error,
  disabled,
}: {
  lead: Lead;
  onChange(lead: Lead): void;
  pick(title: string): Promise<Media | null>;
  error?: string | undefined;
  disabled: boolean;
}) {
  const choose = async () => {
    const m = await pick("Foto utama");
    if (m) {
      onChange({ mediaId: m.id, caption: m.caption ?? "", credit: m.credit ?? "", url: m.url, alt: m.alt });
    }
  };
  return (
    <fieldset aria-describedby={error ? "lead-error" : undefined}>
      <legend>Foto utama</legend>
      {lead ? (
        <>
          <img class="lead-preview" src={lead.url} alt={lead.alt} />
          <div class="field">
            <label for="lead-caption">Keterangan foto</label>
            <input
              id="lead-caption"
              type="text"
              value={lead.caption}
              disabled={disabled}
              onInput={(e) => onChange({ ...lead, caption: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="lead-credit">Kredit foto</label>
            <input
              id="lead-credit"
              type="text"
              value={lead.credit}
              disabled={disabled}
              onInput={(e) => onChange({ ...lead, credit: e.currentTarget.value })}
            />
          </div>
        </>
      ) : (
        <p class="muted">Belum ada foto utama.</p>
      )}
      {disabled ? null : (
        <div class="actions">
          <button type="button" class="btn" onClick={choose}>
            {lead ? "Ganti foto" : "Pilih atau unggah foto"}
          </button>
          {lead ? (
            <button type="button" class="btn danger" onClick={() => onChange(null)}>
              Hapus foto
            </button>
          ) : null}
        </div>
      )}
      {error ? (
        <p class="field-error" id="lead-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
