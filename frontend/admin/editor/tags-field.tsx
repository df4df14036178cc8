import { useState } from "preact/hooks";
import { tags as tagsApi } from "../api/admin-api.ts";
import type { Tag } from "../api/types.ts";

/** Topic tags by name: existing ones are suggested as you type, new ones are created on save. */
export function TagsField({
  tags,
  onChange,
  error,
  disabled,
}: {
  tags: string[];
  onChange(tags: string[]): void;
  error?: string | undefined;
  disabled: boolean;
}) {
  const [text, setText] = useState("");
  const [suggestions, setSuggestions] = useState<Tag[]>([]);
  const add = (raw: string) => {
    const name = raw.replace(/,/g, " ").replace(/\s+/g, " ").trim();
    setText("");
    if (!name || tags.some((t) => t.toLowerCase() === name.toLowerCase())) return;
    onChange([...tags, name]);
  };
  const suggest = (value: string) => {
    setText(value);
    if (value.trim().length < 2) return;
    tagsApi.list(value.trim()).then(
      (r) => setSuggestions(r.items.slice(0, 10)),
      () => setSuggestions([]),
    );
  };
  return (
    <div class="field">
      <label for="tag-input">Tag</label>
      {tags.length > 0 ? (
        <ul class="chips" aria-label="Tag terpilih">
          {tags.map((t) => (
            <li key={t}>
              {t}
              {disabled ? null : (
                <button
                  type="button"
                  aria-label={`Hapus tag ${t}`}
                  onClick={() => onChange(tags.filter((x) => x !== t))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {disabled ? null : (
        <div class="inline">
          <input
            id="tag-input"
            type="text"
            list="tag-suggestions"
            value={text}
            placeholder="Ketik tag lalu Enter"
            aria-invalid={error ? "true" : undefined}
            aria-describedby={error ? "tags-error" : undefined}
            onInput={(e) => suggest(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" || e.key === ",") {
                e.preventDefault();
                add(e.currentTarget.value);
              }
            }}
          />
          <button type="button" class="btn shrink" onClick={() => add(text)}>
            Tambah
          </button>
          <datalist id="tag-suggestions">
            {suggestions.map((s) => (
              <option key={s.id} value={s.name} />
            ))}
          </datalist>
        </div>
      )}
      {error ? (
        <p class="field-error" id="tags-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
