import { useState } from "preact/hooks";
import { session } from "../api/admin-api.ts";
import { Field, Notice, useFormErrors } from "../components/form.tsx";
import { ROLE_LABELS } from "../format.ts";
import { useSession } from "../session.tsx";

const MIN_PASSWORD = 10;

export function AccountScreen() {
  const { user } = useSession();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();

  const submit = async (event: Event) => {
    event.preventDefault();
    errors.clear();
    setDone(false);
    if (next.length < MIN_PASSWORD) {
      errors.set("newPassword", `Kata sandi baru minimal ${MIN_PASSWORD} karakter.`);
      return;
    }
    if (next !== repeat) {
      errors.set("repeat", "Kedua kata sandi baru tidak sama.");
      return;
    }
    setBusy(true);
    try {
      await session.changePassword(current, next);
      setDone(true);
      setCurrent("");
      setNext("");
      setRepeat("");
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div class="page-head">
        <h1>Akun saya</h1>
      </div>
      <div class="grid">
        <section class="card" aria-labelledby="me">
          <h2 id="me">Profil</h2>
          <p>
            <strong>{user.name || "–"}</strong>
            <br />
            {user.email}
            <br />
            Peran: {ROLE_LABELS[user.role] ?? user.role}
            {user.author ? (
              <>
                <br />
                Nama di byline: {user.author.name}
              </>
            ) : null}
          </p>
        </section>
        <section class="card" aria-labelledby="pw">
          <h2 id="pw">Ganti kata sandi</h2>
          {done ? (
            <Notice kind="ok">Kata sandi diganti. Sesi Anda di perangkat lain sudah diakhiri.</Notice>
          ) : null}
          <Notice kind="error">{errors.general}</Notice>
          <form onSubmit={submit} noValidate>
            <Field id="currentPassword" label="Kata sandi sekarang" error={errors.fields.currentPassword}>
              {(a) => (
                <input
                  {...a}
                  type="password"
                  autocomplete="current-password"
                  value={current}
                  onInput={(e) => setCurrent(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field
              id="newPassword"
              label="Kata sandi baru"
              hint={`Minimal ${MIN_PASSWORD} karakter.`}
              error={errors.fields.newPassword}
            >
              {(a) => (
                <input
                  {...a}
                  type="password"
                  autocomplete="new-password"
                  value={next}
                  onInput={(e) => setNext(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field id="repeat" label="Ulangi kata sandi baru" error={errors.fields.repeat}>
              {(a) => (
                <input
                  {...a}
                  type="password"
                  autocomplete="new-password"
                  value={repeat}
                  onInput={(e) => setRepeat(e.currentTarget.value)}
                />
              )}
            </Field>
            <button type="submit" class="btn primary" disabled={busy}>
              Simpan kata sandi
            </button>
          </form>
        </section>
      </div>
    </>
  );
}
