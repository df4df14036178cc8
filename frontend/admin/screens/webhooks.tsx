import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { webhooks as api } from "../api/admin-api.ts";
import { ApiError } from "../api/client.ts";
import type { Webhook, WebhookEvent } from "../api/types.ts";
import { Field, LiveNotice, Notice, useFormErrors } from "../components/form.tsx";
import { ListTable } from "../components/list-table.tsx";
import { useAsync } from "../components/use-async.ts";
import { formatDateTime, WEBHOOK_EVENT_LABELS } from "../format.ts";
import { href } from "../router.ts";

/**
 * Outgoing webhooks (admins only): who is told when a story is published, updated or pulled.
 * The signing secret is made by the server and shown once, right after adding the webhook.
 */
export function WebhooksScreen() {
  const list = useAsync(() => api.list(), []);
  const [message, setMessage] = useState<ComponentChildren>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const remove = async (w: Webhook) => {
    const question = `Hapus webhook ke ${w.url}? Pengiriman yang masih menunggu dibatalkan dan log pengirimannya ikut terhapus.`;
    if (!window.confirm(question)) return;
    setProblem(null);
    try {
      await api.remove(w.id);
      setMessage(
        <>
          Webhook ke <span class="url">{w.url}</span> dihapus.
        </>,
      );
      list.reload();
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  };

  const items = list.data?.items ?? [];
  return (
    <>
      <div class="page-head">
        <h1>Webhook</h1>
      </div>
      <p class="muted intro">
        Setiap peristiwa yang dipilih dikirim sebagai JSON dengan POST ke alamat penerima, ditandatangani di
        header <code>X-Warta-Signature</code>. Pengiriman yang gagal dicoba lagi selama beberapa jam.
      </p>
      <LiveNotice kind="ok">{message}</LiveNotice>
      <Notice kind="error">{problem}</Notice>
      <div class="editor-layout">
        <section class="card table-wrap" aria-labelledby="webhook-list">
          <h2 id="webhook-list">Daftar webhook</h2>
          {list.error ? <Notice kind="error">{list.error.message}</Notice> : null}
          {list.data && items.length === 0 ? <p class="muted">Belum ada webhook.</p> : null}
          {items.length > 0 ? (
            <ListTable columns={["Alamat", "Peristiwa", "Dibuat"]}>
              {items.map((w) => (
                <tr key={w.id}>
                  <td class="url">
                    {w.url}
                    {w.active ? null : <span class="muted"> (nonaktif)</span>}
                  </td>
                  <td data-label="Peristiwa">
                    <ul class="plain">
                      {w.events.map((e) => (
                        <li key={e}>{WEBHOOK_EVENT_LABELS[e] ?? e}</li>
                      ))}
                    </ul>
                  </td>
                  <td data-label="Dibuat">{formatDateTime(w.createdAt)}</td>
                  <td>
                    <div class="actions">
                      <a class="btn small" href={href(`/webhook/${w.id}`)}>
                        Log pengiriman<span class="visually-hidden"> ke {w.url}</span>
                      </a>
                      <button type="button" class="btn small danger" onClick={() => remove(w)}>
                        Hapus<span class="visually-hidden"> webhook ke {w.url}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </ListTable>
          ) : null}
        </section>
        <NewWebhookForm
          events={list.data?.events ?? []}
          onCreated={(url, secret) => {
            setProblem(null);
            setMessage(
              <>
                Webhook ke <strong class="url">{url}</strong> ditambahkan. Rahasia penandatanganannya:{" "}
                <code class="secret">{secret}</code>
                <br />
                <strong>Salin sekarang, tidak akan ditampilkan lagi.</strong> Penerima memakainya untuk
                memeriksa header X-Warta-Signature.
              </>,
            );
            list.reload();
          }}
        />
      </div>
    </>
  );
}

function NewWebhookForm({
  events,
  onCreated,
}: {
  events: WebhookEvent[];
  onCreated(url: string, secret: string): void;
}) {
  const [url, setUrl] = useState("");
  const [chosen, setChosen] = useState<WebhookEvent[]>(["article.published"]);
  const errors = useFormErrors();
  const toggle = (event: WebhookEvent, on: boolean) =>
    setChosen((now) => (on ? [...now, event] : now.filter((e) => e !== event)));

  const submit = async (e: Event) => {
    e.preventDefault();
    errors.clear();
    const target = url.trim();
    if (!target) errors.set("url", "Isi alamat URL penerima.");
    if (chosen.length === 0) errors.set("events", "Pilih paling sedikit satu peristiwa.");
    if (!target || chosen.length === 0) return;
    try {
      const created = await api.create({ url: target, events: chosen });
      onCreated(target, created.secret);
      setUrl("");
    } catch (err) {
      // The server names a bad address by code, not by field; put its message beside the URL.
      if (err instanceof ApiError && err.code === "bad_url") errors.set("url", err.message);
      else errors.capture(err);
    }
  };

  const eventsError = errors.fields.events;
  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="webhook-form">
      <h2 id="webhook-form">Webhook baru</h2>
      <Notice kind="error">{errors.general}</Notice>
      <Field
        id="w-url"
        label="Alamat URL penerima"
        hint="http:// atau https://, mis. https://aplikasi.contoh.id/warta"
        error={errors.fields.url}
      >
        {(a) => <input {...a} type="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />}
      </Field>
      <fieldset aria-describedby={eventsError ? "w-events-error" : undefined}>
        <legend>Peristiwa</legend>
        {events.map((event) => (
          <label class="check" key={event}>
            <input
              type="checkbox"
              checked={chosen.includes(event)}
              onChange={(e) => toggle(event, e.currentTarget.checked)}
            />
            <span>
              {WEBHOOK_EVENT_LABELS[event] ?? event} <code class="muted">{event}</code>
            </span>
          </label>
        ))}
        {eventsError ? (
          <p class="field-error" id="w-events-error" role="alert">
            {eventsError}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" class="btn primary">
        Tambah webhook
      </button>
    </form>
  );
}
