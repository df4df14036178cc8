import { useEffect } from "preact/hooks";
import { webhooks as api } from "../api/admin-api.ts";
import type { Delivery, DeliveryAttempt } from "../api/types.ts";
import { Notice } from "../components/form.tsx";
import { useAsync } from "../components/use-async.ts";
import { DELIVERY_STATUS_LABELS, formatDateTime, WEBHOOK_EVENT_LABELS } from "../format.ts";
import { href } from "../router.ts";

/** While something is still waiting for a retry, the log looks again this often. */
const REFRESH_WHILE_PENDING_MS = 10_000;

/**
 * One webhook's delivery log, newest first: whether each event arrived, every attempt's HTTP
 * status code, and when the next try is due for those still waiting.
 */
export function WebhookDeliveriesScreen({ webhookId }: { webhookId: number }) {
  const hooks = useAsync(() => api.list(), []);
  const log = useAsync(() => api.deliveries(webhookId), [webhookId]);
  const hook = hooks.data?.items.find((w) => w.id === webhookId) ?? null;
  const items = log.data?.items ?? [];
  const waiting = items.some((d) => d.status === "pending");
  const { reload } = log;

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(reload, REFRESH_WHILE_PENDING_MS);
    return () => clearInterval(timer);
  }, [waiting, reload]);

  if (hooks.data && !hook) {
    return (
      <div class="card">
        <h1>Webhook tidak ada</h1>
        <p>
          Webhook ini sudah dihapus atau tidak pernah ada.{" "}
          <a href={href("/webhook")}>Kembali ke daftar webhook</a>.
        </p>
      </div>
    );
  }
  return (
    <>
      <p class="crumb">
        <a href={href("/webhook")}>← Semua webhook</a>
      </p>
      <div class="page-head">
        <h1>Log pengiriman</h1>
        <button type="button" class="btn" onClick={reload} disabled={log.loading}>
          Muat ulang
        </button>
      </div>
      {hook ? (
        <p class="intro">
          Ke <span class="url">{hook.url}</span>
          <span class="muted">
            {" "}
            · {hook.events.map((e) => WEBHOOK_EVENT_LABELS[e] ?? e).join(", ")} · 50 pengiriman terakhir, yang
            terbaru di atas
          </span>
        </p>
      ) : null}
      {hooks.error ? <Notice kind="error">{hooks.error.message}</Notice> : null}
      {log.error ? <Notice kind="error">{log.error.message}</Notice> : null}
      <section
        class="card table-wrap"
        aria-labelledby="delivery-list"
        aria-busy={log.loading ? "true" : "false"}
      >
        <h2 id="delivery-list" class="visually-hidden">
          Pengiriman
        </h2>
        {log.data && items.length === 0 ? (
          <p class="muted">Belum ada pengiriman. Peristiwa berikutnya yang dipilih akan tercatat di sini.</p>
        ) : null}
        {items.length > 0 ? (
          <table class="stack deliveries">
            <thead>
              <tr>
                <th scope="col">Peristiwa</th>
                <th scope="col">Status</th>
                <th scope="col">Percobaan</th>
                <th scope="col">Kode HTTP terakhir</th>
                <th scope="col">Galat terakhir</th>
                <th scope="col">Percobaan berikutnya</th>
                <th scope="col">Dibuat</th>
                <th scope="col">Selesai</th>
                <th scope="col">Riwayat percobaan</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <DeliveryRow key={d.id} delivery={d} />
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  );
}

function DeliveryRow({ delivery: d }: { delivery: Delivery }) {
  return (
    <tr>
      <td>
        <strong>{WEBHOOK_EVENT_LABELS[d.event] ?? d.event}</strong>
        <br />
        <code>{d.event}</code>
      </td>
      <td data-label="Status">
        <span class={`badge ${d.status}`}>{DELIVERY_STATUS_LABELS[d.status] ?? d.status}</span>
      </td>
      <td data-label="Percobaan">{d.attempts}</td>
      <td data-label="Kode HTTP terakhir">{d.lastStatusCode ?? "–"}</td>
      <td data-label="Galat terakhir">{d.lastError ?? "–"}</td>
      <td data-label="Percobaan berikutnya">{formatDateTime(d.nextAttemptAt)}</td>
      <td data-label="Dibuat">{formatDateTime(d.createdAt)}</td>
      <td data-label="Selesai">{formatDateTime(d.finishedAt)}</td>
      <td data-label="Riwayat percobaan">
        {d.log.length === 0 ? (
          <span class="muted">Belum dicoba</span>
        ) : (
          <ol class="attempts">
            {d.log.map((a, i) => (
              <AttemptItem key={i} attempt={a} />
            ))}
          </ol>
        )}
      </td>
    </tr>
  );
}

function AttemptItem({ attempt: a }: { attempt: DeliveryAttempt }) {
  const ok = a.statusCode !== null && a.statusCode >= 200 && a.statusCode < 300;
  return (
    <li>
      <strong class={ok ? "ok" : "bad"}>
        {a.statusCode === null ? "Tanpa jawaban" : `HTTP ${a.statusCode}`}
      </strong>
      <span class="meta">
        {formatDateTime(a.at)} · {a.durationMs} ms
      </span>
      {a.statusCode === null && a.error ? <span class="meta">{a.error}</span> : null}
    </li>
  );
}
