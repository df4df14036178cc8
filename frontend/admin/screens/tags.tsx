import { useState } from "preact/hooks";
import { tags as api } from "../api/admin-api.ts";
import type { Tag } from "../api/types.ts";
import { Field, Notice, useFormErrors } from "../components/form.tsx";
import { useAsync } from "../components/use-async.ts";

export function TagsScreen() {
  const [q, setQ] = useState("");
  const list = useAsync(() => api.list(q || undefined), [q]);
  const [editing, setEditing] = useState<Tag | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const remove = async (t: Tag) => {
    if (!window.confirm(`Hapus tag ${t.name}? Artikel yang memakainya kehilangan tag ini.`)) return;
    try {
      await api.remove(t.id);
      setMessage(`Tag ${t.name} dihapus.`);
      list.reload();
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <>
      <div class="page-head">
        <h1>Tag</h1>
      </div>
      {message ? <Notice kind="info">{message}</Notice> : null}
      <div class="editor-layout">
        <div class="card table-wrap">
          <div class="field">
            <label for="tag-q">Cari tag</label>
            <input id="tag-q" type="search" value={q} onChange={(e) => setQ(e.currentTarget.value.trim())} />
          </div>
          {list.error ? <Notice kind="error">{list.error.message}</Notice> : null}
          <table class="stack">
            <thead>
              <tr>
                <th scope="col">Nama</th>
                <th scope="col">Slug</th>
                <th scope="col">
                  <span class="visually-hidden">Tindakan</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data?.items.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td data-label="Slug">{t.slug}</td>
                  <td>
                    <div class="actions">
                      <button type="button" class="btn small" onClick={() => setEditing(t)}>
                        Ubah
                      </button>
                      <button type="button" class="btn small danger" onClick={() => remove(t)}>
                        Hapus
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <TagForm
          key={editing?.id ?? "new"}
          tag={editing}
          onDone={(text) => {
            setEditing(null);
            setMessage(text);
            list.reload();
          }}
        />
      </div>
    </>
  );
}

function TagForm({ tag, onDone }: { tag: Tag | null; onDone(message: string | null): void }) {
  const [name, setName] = useState(tag?.name ?? "");
  const [slug, setSlug] = useState(tag?.slug ?? "");
  const errors = useFormErrors();
  const submit = async (event: Event) => {
    event.preventDefault();
    errors.clear();
    if (!name.trim()) {
      errors.set("name", "Nama tag wajib diisi.");
      return;
    }
    const input = { name: name.trim(), ...(slug.trim() ? { slug: slug.trim() } : {}) };
    try {
      if (tag) await api.update(tag.id, input);
      else await api.create(input);
      onDone(tag ? `Tag ${input.name} diperbarui.` : `Tag ${input.name} ditambahkan.`);
    } catch (err) {
      errors.capture(err);
    }
  };
  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="tag-form">
      <h2 id="tag-form">{tag ? `Ubah ${tag.name}` : "Tag baru"}</h2>
      <Notice kind="error">{errors.general}</Notice>
      <Field id="t-name" label="Nama" error={errors.fields.name}>
        {(a) => <input {...a} type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />}
      </Field>
      <Field id="t-slug" label="Slug" hint="Kosongkan untuk dibuat dari nama." error={errors.fields.slug}>
        {(a) => <input {...a} type="text" value={slug} onInput={(e) => setSlug(e.currentTarget.value)} />}
      </Field>
      <div class="actions">
        <button type="submit" class="btn primary">
          Simpan
        </button>
        {tag ? (
          <button type="button" class="btn" onClick={() => onDone(null)}>
            Batal
          </button>
        ) : null}
      </div>
    </form>
  );
}
