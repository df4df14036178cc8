import type { ComponentChildren } from "preact";
import { useCallback, useState } from "preact/hooks";
import { ApiError } from "../api/client.ts";

/** Errors of one form: per field (shown next to it) plus one general message. */
export interface FormErrors {
  fields: Record<string, string>;
  general: string | null;
  /** Files an error from the API under the field it names, or as the general message. */
  capture(err: unknown): void;
  set(field: string, message: string): void;
  clear(): void;
}

export function useFormErrors(): FormErrors {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const capture = useCallback((err: unknown) => {
    if (err instanceof ApiError && err.field) {
      // "lead.mediaId" belongs to the lead photo field; the first segment names the input.
      const field = err.field.split(".")[0] ?? err.field;
      setFields({ [field]: err.message });
      setGeneral("Periksa isian yang ditandai.");
    } else {
      setFields({});
      setGeneral(err instanceof Error ? err.message : String(err));
    }
  }, []);
  const set = useCallback((field: string, message: string) => {
    setFields((f) => ({ ...f, [field]: message }));
  }, []);
  const clear = useCallback(() => {
    setFields({});
    setGeneral(null);
  }, []);
  return { fields, general, capture, set, clear };
}

interface FieldProps {
  /** The input's id; also the API's field name unless `name` says otherwise. */
  id: string;
  label: ComponentChildren;
  error?: string | undefined;
  hint?: ComponentChildren;
  children: (props: {
    id: string;
    "aria-invalid"?: "true";
    "aria-describedby"?: string;
  }) => ComponentChildren;
}

/** A labelled input with its hint and its error message, wired for screen readers. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children({
        id,
        ...(error ? { "aria-invalid": "true" as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Notice({ kind, children }: { kind: "error" | "ok" | "info"; children: ComponentChildren }) {
  if (!children) return null;
  return (
    <div class={`notice ${kind}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}

/**
 * A polite live region that stays in the page while its text changes: screen readers announce
 * each new message, which they often skip when the region arrives together with its text.
 */
export function LiveNotice({ kind, children }: { kind: "ok" | "info"; children: ComponentChildren }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {children ? <div class={`notice ${kind}`}>{children}</div> : null}
    </div>
  );
}
