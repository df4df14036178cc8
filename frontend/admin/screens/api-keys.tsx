import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { apiKeys as api } from "../api/admin-api.ts";
import type { ApiKey } from "../api/types.ts";
import { Field, LiveNotice, Notice, useFormErrors } from "../components/form.tsx";
import { ListTable } from "../components/list-table.tsx";
import { useAsync } from "../components/use-async.ts";
import { formatDateTime } from "../format.ts";

/**
 * Keys for the content API (admins only). The server keeps only a hash: the key is shown once,
 * right after it is made, and a lost key is revoked and replaced, never recovered.
 */
export function ApiKeysScreen() {
  const list = useAsync(() => api.list(), []);
  const [message, setMessage] = useState<ComponentChildren>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const revoke = async (k: ApiKey) => {
    const question = `Cabut kunci API "${k.name}"? Aplikasi yang memakainya langsung ditolak, dan kunci ini tidak bisa dipulihkan.`;
    if (!window.confirm(question)) return;
    setProblem(null);
    try {
      await api.revoke(k.id);
      setMessage(`Kunci API "${k.name}" dicabut.`);
      list.reload();
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  };

  const items = list.data?.items ?? [];
  return (
    <>
      <div class="page-head">
        <h1>Kunci API</h1>
      </div>
      <p class="muted intro">
        Aplikasi dan mitra membaca API konten (<code>/api/v1</code>) dengan kunci di header{" "}
        <code>X-Api-Key</code>. Setiap kunci punya batas permintaan per menitnya sendiri.
      </p>
      <LiveNotice kind="ok">{message}</LiveNotice>
      <Notice kind="error">{problem}</Notice>
      <div class="editor-layout">
        <section class="card table-wrap" aria-labelledby="key-list">
          <h2 id="key-list">Daftar kunci</h2>
          {list.error ? <Notice kind="error">{list.error.message}</Notice> : null}
          {list.data && items.length === 0 ? <p class="muted">Belum ada kunci API.</p> : null}
          {items.length > 0 ? (
            <ListTable
              columns={["Nama", "Awalan", "Batas per menit", "Dibuat", "Terakhir dipakai", "Status"]}
            >
              {items.map((k) => (
                <tr key={k.id} class={k.revokedAt ? "revoked" : undefined}>
                  <td>
                    <strong>{k.name}</strong>
                  </td>
                  <td data-label="Awalan">
                    <code>{k.prefix}…</code>
                  </td>
                  <td data-label="Batas per menit">
                    {k.ratePerMinute ?? (
                      <span class="muted">{list.data?.defaultRatePerMinute} (bawaan server)</span>
                    )}
                  </td>
                  <td data-label="Dibuat">{formatDateTime(k.createdAt)}</td>
                  <td data-label="Terakhir dipakai">
                    {k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "belum pernah"}
                  </td>
                  <td data-label="Status">
                    {k.revokedAt ? (
                      <>
                        <span class="badge revoked">Dicabut</span>{" "}
                        <span class="meta muted">{formatDateTime(k.revokedAt)}</span>
                      </>
                    ) : (
                      <span class="badge active">Aktif</span>
                    )}
                  </td>
                  <td>
                    {k.revokedAt ? null : (
                      <button type="button" class="btn small danger" onClick={() => revoke(k)}>
                        Cabut<span class="visually-hidden"> kunci {k.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </ListTable>
          ) : null}
        </section>
        <NewKeyForm
          onCreated={(name, key) => {
            setProblem(null);
            setMessage(
              <>
                Kunci API <strong>{name}</strong> dibuat: <code class="secret">{key}</code>
                <br />
                <strong>Salin sekarang, tidak akan ditampilkan lagi.</strong> Kirim di header X-Api-Key.
              </>,
            );
            list.reload();
          }}
        />
      </div>
    </>
  );
}

function NewKeyForm({ onCreated }: { onCreated(name: string, key: string): void }) {
  const [name, setName] = useState("");
  const [rate, setRate] = useState("");
  const errors = useFormErrors();

  const submit = async (e: Event) => {
    e.preventDefault();
    errors.clear();
    const label = name.trim();
    const limit = rate.trim();
    const badRate = limit !== "" && !(/^\d+$/.test(limit) && Number(limit) >= 1);
    if (!label) errors.set("name", "Isi nama kunci.");
    if (badRate) errors.set("ratePerMinute", "Isi bilangan bulat 1 atau lebih, atau kosongkan.");
    if (!label || badRate) return;
    try {
      const created = await api.create({ name: label, ratePerMinute: limit ? Number(limit) : null });
      onCreated(label, created.key);
      setName("");
      setRate("");
    } catch (err) {
      errors.capture(err);
    }
  };

  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="key-form">
      <h2 id="key-form">Kunci API baru</h2>
      <Notice kind="error">{errors.general}</Notice>
      <Field
        id="k-name"
        label="Nama"
        hint="Untuk siapa kunci ini, mis. Aplikasi Android."
        error={errors.fields.name}
      >
        {(a) => <input {...a} type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />}
      </Field>
      <Field
        id="k-rate"
        label="Batas permintaan per menit"
        hint="Kosongkan untuk memakai batas bawaan server."
        error={errors.fields.ratePerMinute}
      >
        {(a) => (
          <input
            {...a}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={rate}
            onInput={(e) => setRate(e.currentTarget.value)}
          />
        )}
      </Field>
      <button type="submit" class="btn primary">
        Buat kunci
      </button>
    </form>
  );
}
