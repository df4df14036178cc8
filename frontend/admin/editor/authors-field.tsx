import type { Author, Ref } from "../api/types.ts";

/** The byline: authors in the order the page prints them. */
export function AuthorsField({
  authors,
  all,
  onChange,
  error,
  disabled,
}: {
  authors: Ref[];
  all: Author[];
  onChange(authors: Ref[]): void;
  error?: string | undefined;
  disabled: boolean;
}) {
  const move = (i: number, by: number) => {
    const next = [...authors];
    const [item] = next.splice(i, 1);
    if (!item) return;
    next.splice(i + by, 0, item);
    onChange(next);
  };
  const available = all.filter((a) => !authors.some((x) => x.id === a.id));
  return (
    <fieldset aria-describedby={error ? "authors-error" : undefined}>
      <legend>Penulis (urut byline)</legend>
      {authors.length === 0 ? <p class="muted">Belum ada penulis.</p> : null}
      <ol class="list">
        {authors.map((a, i) => (
          <li key={a.id} class="actions">
            <span style={{ marginRight: "auto" }}>{a.name}</span>
            {disabled ? null : (
              <>
                <button
                  type="button"
                  class="btn small"
                  disabled={i === 0}
                  aria-label={`Naikkan ${a.name}`}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="btn small"
                  disabled={i === authors.length - 1}
                  aria-label={`Turunkan ${a.name}`}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  class="btn small danger"
                  aria-label={`Hapus ${a.name}`}
                  onClick={() => onChange(authors.filter((x) => x.id !== a.id))}
                >
                  ×
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      {disabled || available.length === 0 ? null : (
        <div class="field">
          <label for="author-add" class="visually-hidden">
            Tambah penulis
          </label>
          <select
            id="author-add"
            value=""
            onChange={(e) => {
              const a = all.find((x) => x.id === Number(e.currentTarget.value));
              if (a) onChange([...authors, { id: a.id, slug: a.slug, name: a.name }]);
            }}
          >
            <option value="">+ Tambah penulis…</option>
            {available.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {error ? (
        <p class="field-error" id="authors-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
