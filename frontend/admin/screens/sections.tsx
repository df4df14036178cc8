import { useState } from "preact/hooks";
import { sections as api } from "../api/admin-api.ts";
import type { Section } from "../api/types.ts";
import { Field, Notice, useFormErrors } from "../components/form.tsx";
import { ListTable } from "../components/list-table.tsx";
import { useAsync } from "../components/use-async.ts";

/** The channel tree: add, rename, move under another channel, reorder, delete empty ones. */
export function SectionsScreen() {
  const list = useAsync(() => api.list(), []);
  const [editing, setEditing] = useState<Section | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  /** Counts closed forms: each save or cancel brings a fresh form, not one still holding what was typed. */
  const [formsClosed, setFormsClosed] = useState(0);
  const all = list.data?.items ?? [];
  const roots = all.filter((s) => s.parentId === null);
  const childrenOf = (id: number) => all.filter((s) => s.parentId === id);
  const remove = async (s: Section) => {
    if (!window.confirm(`Hapus kanal ${s.name}?`)) return;
    try {
      await api.remove(s.id);
      setMessage(`Kanal ${s.name} dihapus.`);
      list.reload();
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  };
  const row = (s: Section, depth: number) => (
    <tr key={s.id}>
      <td>
        {depth > 0 ? "— " : ""}
        {s.name}
      </td>
      <td data-label="Slug">{s.slug}</td>
      <td data-label="Urutan">{s.position}</td>
      <td>
        <div class="actions">
          <button type="button" class="btn small" onClick={() => setEditing(s)}>
            Ubah
          </button>
          <button type="button" class="btn small danger" onClick={() => remove(s)}>
            Hapus
          </button>
        </div>
      </td>
    </tr>
  );
  return (
    <>
      <div class="page-head">
        <h1>Kanal</h1>
      </div>
      {message ? <Notice kind="info">{message}</Notice> : null}
      <div class="editor-layout">
        <div class="card table-wrap">
          {list.error ? <Notice kind="error">{list.error.message}</Notice> : null}
          <ListTable columns={["Nama", "Slug", "Urutan"]}>
            {roots.flatMap((r) => [row(r, 0), ...childrenOf(r.id).map((c) => row(c, 1))])}
          </ListTable>
        </div>
        <SectionForm
          key={`${editing?.id ?? "new"}:${formsClosed}`}
          section={editing}
          all={all}
          onDone={(text) => {
            setFormsClosed((n) => n + 1);
            setEditing(null);
            setMessage(text);
            list.reload();
          }}
        />
      </div>
    </>
  );
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
