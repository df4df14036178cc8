import { type ComponentChildren, Fragment } from "preact";
import { useState } from "preact/hooks";
import { Notice } from "./form.tsx";
import { ListTable } from "./list-table.tsx";
import type { AsyncState } from "./use-async.ts";

/** An entry of a catalog the newsroom keeps by name and slug (channels, tags, authors). */
interface Named {
  id: number;
  name: string;
  slug: string;
}

interface Props<T extends Named> {
  /** The screen's heading. */
  title: string;
  /** How messages name one entry: "Tag", "Penulis". */
  noun: string;
  list: AsyncState<{ items: T[] }>;
  remove(id: number): Promise<unknown>;
  /** The question asked before deleting, with what a deletion does to articles. */
  confirmRemoval(entry: T): string;
  /** A search box above the table, for catalogs too long to scroll. */
  search?: { label: string; onSearch(q: string): void };
  /** The order of the rows, when not the list's (a tree, say). */
  arrange?(entries: T[]): T[];
  /** What the name column shows, when more than the name. */
  label?(entry: T): ComponentChildren;
  /** Columns after name and slug. */
  extraColumns?: { title: string; cell(entry: T): ComponentChildren }[];
  /**
   * The form beside the table: a new entry (`editing` null) or the one being changed. `done`
   * closes it with the message to show (null: cancelled) and reloads the list.
   */
  form(editing: T | null, done: (message: string | null) => void): ComponentChildren;
}

/** A catalog's screen: its entries by name and slug, with change and delete, and the form beside them. */
export function CatalogScreen<T extends Named>({
  title,
  noun,
  list,
  remove,
  confirmRemoval,
  search,
  arrange,
  label,
  extraColumns = [],
  form,
}: Props<T>) {
  const items = list.data?.items ?? [];
  const [editing, setEditing] = useState<T | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  /** Counts closed forms: each save or cancel brings a fresh form, not one still holding what was typed. */
  const [formsClosed, setFormsClosed] = useState(0);
  const removeEntry = async (entry: T) => {
    if (!window.confirm(confirmRemoval(entry))) return;
    try {
      await remove(entry.id);
      setMessage(`${noun} ${entry.name} dihapus.`);
      list.reload();
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <>
      <div class="page-head">
        <h1>{title}</h1>
      </div>
      {message ? <Notice kind="info">{message}</Notice> : null}
      <div class="editor-layout">
        <div class="card table-wrap">
          {search ? (
            <div class="field">
              <label for="catalog-q">{search.label}</label>
              <input
                id="catalog-q"
                type="search"
                onChange={(e) => search.onSearch(e.currentTarget.value.trim())}
              />
            </div>
          ) : null}
          {list.error ? <Notice kind="error">{list.error.message}</Notice> : null}
          <ListTable columns={["Nama", "Slug", ...extraColumns.map((c) => c.title)]}>
            {(arrange ? arrange(items) : items).map((entry) => (
              <tr key={entry.id}>
                <td>{label ? label(entry) : entry.name}</td>
                <td data-label="Slug">{entry.slug}</td>
                {extraColumns.map((c) => (
                  <td key={c.title} data-label={c.title}>
                    {c.cell(entry)}
                  </td>
                ))}
                <td>
                  <div class="actions">
                    <button type="button" class="btn small" onClick={() => setEditing(entry)}>
                      Ubah
                    </button>
                    <button type="button" class="btn small danger" onClick={() => removeEntry(entry)}>
                      Hapus
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </ListTable>
        </div>
        {/* Keyed: another entry, or the next one after a save, gets a fresh form. */}
        <Fragment key={`${editing?.id ?? "new"}:${formsClosed}`}>
          {form(editing, (text) => {
            setFormsClosed((n) => n + 1);
            setEditing(null);
            setMessage(text);
            list.reload();
          })}
        </Fragment>
      </div>
    </>
  );
}
