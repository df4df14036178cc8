import { STATUS_LABELS } from "../format.ts";

export function StatusBadge({ status }: { status: string }) {
  return <span class={`badge ${status}`}>{STATUS_LABELS[status] ?? status}</span>;
}
