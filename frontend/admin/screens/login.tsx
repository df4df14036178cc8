import { useState } from "preact/hooks";
import { session } from "../api/admin-api.ts";
import type { SessionInfo } from "../api/types.ts";
import { Field, Notice, useFormErrors } from "../components/form.tsx";
import { getSite } from "../site.ts";

export function LoginScreen({
  message,
  onSignedIn,
}: {
  message?: string | undefined;
  onSignedIn(info: SessionInfo): void;
}) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();

  const submit = async (event: Event) => {
    event.preventDefault();
    errors.clear();
    setBusy(true);
    try {
      onSignedIn(await session.login(email.trim(), password));
    } catch (err) {
      errors.capture(err);
      setBusy(false);
    }
  };

  return (
    <main class="login" id="isi">
      <p class="brandline">{getSite().name}</p>
      <div class="card">
        <h1>Masuk ke ruang redaksi</h1>
        {message && !errors.general ? <Notice kind="info">{message}</Notice> : null}
        <Notice kind="error">{errors.general}</Notice>
        <form onSubmit={submit} noValidate>
          <Field id="email" label="Email" error={errors.fields.email}>
            {(a) => (
              <input
                {...a}
                type="email"
                name="email"
                autocomplete="username"
                required
                value={email}
                onInput={(e) => setEmail(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field id="password" label="Kata sandi" error={errors.fields.password}>
            {(a) => (
              <input
                {...a}
                type="password"
                name="password"
                autocomplete="current-password"
                required
                value={password}
                onInput={(e) => setPassword(e.currentTarget.value)}
              />
            )}
          </Field>
          <button type="submit" class="btn primary" disabled={busy}>
            {busy ? "Memeriksa…" : "Masuk"}
          </button>
        </form>
      </div>
    </main>
  );
}
