import { useState } from "preact/hooks";
import { authors as api } from "../api/admin-api.ts";
import type { Author } from "../api/types.ts";
import { CatalogScreen } from "../components/catalog-screen.tsx";
import { Field, Notice, useFormErrors } from "../components/form.tsx";
import { useAsync } from "../components/use-async.ts";

/** The people in bylines (who may or may not have an account). */
export function AuthorsScreen() {
  const list = useAsync(() => api.list(), []);
  return (
    <CatalogScreen
      title="Penulis"
      noun="Penulis"
      list={list}
      remove={api.remove}
      confirmRemoval={(a) => `Hapus penulis ${a.name}?`}
      form={(author, done) => <AuthorForm author={author} onDone={done} />}
    />
  );
}

function AuthorForm({ author, onDone }: { author: Author | null; onDone(message: string | null): void }) {
  const [name, setName] = useState(author?.name ?? "");
  const [slug, setSlug] = useState(author?.slug ?? "");
  const [bio, setBio] = useState(author?.bio ?? "");
  const errors = useFormErrors();
  const submit = async (event: Event) => {
    event.preventDefault();
    errors.clear();
    if (!name.trim()) {
      errors.set("name", "Nama penulis wajib diisi.");
      return;
    }
    const input = {
      name: name.trim(),
      ...(slug.trim() ? { slug: slug.trim() } : {}),
      bio: bio.trim() || null,
    };
    try {
      if (author) await api.update(author.id, input);
      else await api.create(input);
      onDone(author ? `Penulis ${input.name} diperbarui.` : `Penulis ${input.name} ditambahkan.`);
    } catch (err) {
      errors.capture(err);
    }
  };
  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="author-form">
      <h2 id="author-form">{author ? `Ubah ${author.name}` : "Penulis baru"}</h2>
      <Notice kind="error">{errors.general}</Notice>
      <Field id="a-name" label="Nama" error={errors.fields.name}>
        {(a) => <input {...a} type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />}
      </Field>
      <Field id="a-slug" label="Slug" hint="Kosongkan untuk dibuat dari nama." error={errors.fields.slug}>
        {(a) => <input {...a} type="text" value={slug} onInput={(e) => setSlug(e.currentTarget.value)} />}
      </Field>
      <Field id="a-bio" label="Profil singkat" error={errors.fields.bio}>
        {(a) => <textarea {...a} value={bio} onInput={(e) => setBio(e.currentTarget.value)} />}
      </Field>
      <div class="actions">
        <button type="submit" class="btn primary">
          Simpan
        </button>
        {author ? (
          <button type="button" class="btn" onClick={() => onDone(null)}>
            Batal
          </button>
        ) : null}
      </div>
    </form>
  );
}
