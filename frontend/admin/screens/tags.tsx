import { useState } from "preact/hooks";
import { tags as api } from "../api/admin-api.ts";
import type { Tag } from "../api/types.ts";
import { CatalogScreen } from "../components/catalog-screen.tsx";
import { Field, Notice, useFormErrors } from "../components/form.tsx";
import { useAsync } from "../components/use-async.ts";

export function TagsScreen() {
  const [q, setQ] = useState("");
  const list = useAsync(() => api.list(q || undefined), [q]);
  return (
    <CatalogScreen
      title="Tag"
      noun="Tag"
      list={list}
      remove={api.remove}
      confirmRemoval={(t) => `Hapus tag ${t.name}? Artikel yang memakainya kehilangan tag ini.`}
      search={{ label: "Cari tag", onSearch: setQ }}
      form={(tag, done) => <TagForm tag={tag} onDone={done} />}
    />
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
