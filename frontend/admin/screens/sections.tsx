import { useState } from "preact/hooks";
import { sections as api } from "../api/admin-api.ts";
import type { Section } from "../api/types.ts";
import { CatalogScreen } from "../components/catalog-screen.tsx";
import { Field, Notice, useFormErrors } from "../components/form.tsx";
import { useAsync } from "../components/use-async.ts";

/** The channel tree: add, rename, move under another channel, reorder, delete empty ones. */
export function SectionsScreen() {
  const list = useAsync(() => api.list(), []);
  const all = list.data?.items ?? [];
  return (
    <CatalogScreen
      title="Kanal"
      noun="Kanal"
      list={list}
      remove={api.remove}
      confirmRemoval={(s) => `Hapus kanal ${s.name}?`}
      arrange={treeOrder}
      label={(s) => `${s.parentId === null ? "" : "— "}${s.name}`}
      extraColumns={[{ title: "Urutan", cell: (s) => s.position }]}
      form={(section, done) => <SectionForm section={section} all={all} onDone={done} />}
    />
  );
}

/** Each top-level channel followed by the channels under it. */
function treeOrder(all: Section[]): Section[] {
  return all
    .filter((s) => s.parentId === null)
    .flatMap((root) => [root, ...all.filter((s) => s.parentId === root.id)]);
}

function SectionForm({
  section,
  all,
  onDone,
}: {
  section: Section | null;
  all: Section[];
  onDone(message: string | null): void;
}) {
  const [name, setName] = useState(section?.name ?? "");
  const [slug, setSlug] = useState(section?.slug ?? "");
  const [parentId, setParentId] = useState<number | null>(section?.parentId ?? null);
  const [position, setPosition] = useState(String(section?.position ?? 0));
  const errors = useFormErrors();
  const submit = async (event: Event) => {
    event.preventDefault();
    errors.clear();
    if (!name.trim()) {
      errors.set("name", "Nama kanal wajib diisi.");
      return;
    }
    const input = {
      name: name.trim(),
      ...(slug.trim() ? { slug: slug.trim() } : {}),
      parentId,
      position: Number(position) || 0,
    };
    try {
      if (section) await api.update(section.id, input);
      else await api.create(input);
      onDone(section ? `Kanal ${input.name} diperbarui.` : `Kanal ${input.name} ditambahkan.`);
    } catch (err) {
      errors.capture(err);
    }
  };
  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="section-form">
      <h2 id="section-form">{section ? `Ubah ${section.name}` : "Kanal baru"}</h2>
      <Notice kind="error">{errors.general}</Notice>
      <Field id="s-name" label="Nama" error={errors.fields.name}>
        {(a) => <input {...a} type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />}
      </Field>
      <Field id="s-slug" label="Slug" hint="Kosongkan untuk dibuat dari nama." error={errors.fields.slug}>
        {(a) => <input {...a} type="text" value={slug} onInput={(e) => setSlug(e.currentTarget.value)} />}
      </Field>
      <Field id="s-parent" label="Induk" error={errors.fields.parentId}>
        {(a) => (
          <select
            {...a}
            value={parentId ?? ""}
            onChange={(e) => setParentId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
          >
            <option value="">(kanal utama)</option>
            {all
              .filter((s) => s.parentId === null && s.id !== section?.id)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field id="s-position" label="Urutan" error={errors.fields.position}>
        {(a) => (
          <input {...a} type="number" value={position} onInput={(e) => setPosition(e.currentTarget.value)} />
        )}
      </Field>
      <div class="actions">
        <button type="submit" class="btn primary">
          Simpan
        </button>
        {section ? (
          <button type="button" class="btn" onClick={() => onDone(null)}>
            Batal
          </button>
        ) : null}
      </div>
    </form>
  );
}
