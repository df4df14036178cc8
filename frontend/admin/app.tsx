import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useState } from "preact/hooks";
import { session as sessionApi } from "./api/admin-api.ts";
import { ApiError, setCsrfToken, setUnauthorizedHandler } from "./api/client.ts";
import type { Permission, User } from "./api/types.ts";
import { ArticleEditorScreen } from "./editor/article-editor.tsx";
import { ROLE_LABELS } from "./format.ts";
import { href, matchPath, navigate, useLocation } from "./router.ts";
import { AccountScreen } from "./screens/account.tsx";
import { ApiKeysScreen } from "./screens/api-keys.tsx";
import { ArticleListScreen } from "./screens/article-list.tsx";
import { AuthorsScreen } from "./screens/authors.tsx";
import { DashboardScreen } from "./screens/dashboard.tsx";
import { LoginScreen } from "./screens/login.tsx";
import { MediaScreen } from "./screens/media.tsx";
import { SectionsScreen } from "./screens/sections.tsx";
import { TagsScreen } from "./screens/tags.tsx";
import { UsersScreen } from "./screens/users.tsx";
import { WebhookDeliveriesScreen } from "./screens/webhook-deliveries.tsx";
import { WebhooksScreen } from "./screens/webhooks.tsx";
import { SESSION_RENEWED, SessionContext, type SessionState } from "./session.tsx";
import { getSite } from "./site.ts";

type Boot =
  | { state: "loading" }
  | { state: "signed-out"; message?: string }
  /** `expired`: the session ended while working; the screens stay mounted under the login form. */
  | { state: "signed-in"; user: User; expired?: boolean };

/** Signs the user in (or finds their session), then shows the screen the URL names. */
export function App() {
  const [boot, setBoot] = useState<Boot>({ state: "loading" });

  const signedIn = useCallback((user: User, csrfToken: string) => {
    setCsrfToken(csrfToken);
    setBoot((before) => {
      if (before.state === "signed-in" && before.expired) {
        setTimeout(() => window.dispatchEvent(new Event(SESSION_RENEWED)), 0);
      }
      return { state: "signed-in", user };
    });
  }, []);

  useEffect(() => {
    // Unsaved work stays on screen: the login form covers it until the user is back.
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      setBoot((before) =>
        before.state === "signed-in"
          ? { ...before, expired: true }
          : { state: "signed-out", message: "Sesi Anda sudah berakhir. Silakan masuk lagi." },
      );
    });
    sessionApi.get().then(
      (info) => signedIn(info.user, info.csrfToken),
      (err: unknown) =>
        setBoot({
          state: "signed-out",
          ...(err instanceof ApiError && err.status !== 401 ? { message: err.message } : {}),
        }),
    );
  }, [signedIn]);

  const logout = useCallback(async () => {
    try {
      await sessionApi.logout();
    } finally {
      setCsrfToken(null);
      setBoot({ state: "signed-out", message: "Anda sudah keluar." });
    }
  }, []);

  if (boot.state === "loading") return <p class="boot">Memuat ruang redaksi…</p>;
  if (boot.state === "signed-out") {
    return <LoginScreen message={boot.message} onSignedIn={(info) => signedIn(info.user, info.csrfToken)} />;
  }
  const value: SessionState = { user: boot.user, logout };
  return (
    <SessionContext.Provider value={value}>
      <Shell user={boot.user} onLogout={logout}>
        <Screens user={boot.user} />
      </Shell>
      {boot.expired ? (
        <div class="overlay">
          <LoginScreen
            message="Sesi Anda sudah berakhir. Masuk lagi untuk melanjutkan; pekerjaan Anda masih di layar."
            onSignedIn={(info) => signedIn(info.user, info.csrfToken)}
          />
        </div>
      ) : null}
    </SessionContext.Provider>
  );
}

interface NavItem {
  path: string;
  label: string;
  needs?: Permission;
}

const NAV: NavItem[] = [
  { path: "/", label: "Dasbor" },
  { path: "/artikel", label: "Artikel" },
  { path: "/artikel/baru", label: "Tulis berita" },
  { path: "/media", label: "Media" },
  { path: "/kanal", label: "Kanal", needs: "catalog.manage" },
  { path: "/tag", label: "Tag", needs: "catalog.manage" },
  { path: "/penulis", label: "Penulis", needs: "catalog.manage" },
  { path: "/pengguna", label: "Pengguna", needs: "users.manage" },
  { path: "/webhook", label: "Webhook", needs: "users.manage" },
  { path: "/kunci-api", label: "Kunci API", needs: "users.manage" },
];

function Shell({ user, onLogout, children }: { user: User; onLogout(): void; children: ComponentChildren }) {
  const { path } = useLocation();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [path]);
  // An article's editor and a webhook's log belong to the list they were opened from.
  const current = (item: NavItem) =>
    item.path === path || (/^\/(artikel|webhook)\/\d+$/.test(path) && path.startsWith(`${item.path}/`));
  return (
    <>
      <a class="skip" href="#isi">
        Langsung ke isi
      </a>
      <header class="topbar">
        <div class="topbar-inner">
          <a class="brand" href={href("/")}>
            {getSite().name}
            <small>Ruang Redaksi</small>
          </a>
          <button
            type="button"
            class="menu-toggle"
            aria-expanded={open ? "true" : "false"}
            aria-controls="navwrap"
            onClick={() => setOpen(!open)}
          >
            Menu
          </button>
          <div id="navwrap" class={open ? "navwrap open" : "navwrap"}>
            <nav aria-label="Ruang redaksi">
              <ul class="mainnav">
                {NAV.filter((item) => !item.needs || user.permissions.includes(item.needs)).map((item) => (
                  <li key={item.path}>
                    <a href={href(item.path)} aria-current={current(item) ? "page" : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <div class="usermenu">
              <a href={href("/akun")} title="Akun dan kata sandi">
                {user.name || user.email} · {ROLE_LABELS[user.role] ?? user.role}
              </a>
              <button type="button" onClick={onLogout}>
                Keluar
              </button>
            </div>
          </div>
        </div>
      </header>
      <main id="isi" class="page">
        {children}
      </main>
    </>
  );
}

function Screens({ user }: { user: User }) {
  const { path, query } = useLocation();
  const allowed = (needs: Permission) => user.permissions.includes(needs);
  useEffect(() => {
    if (path === "/masuk") navigate("/", { replace: true });
  }, [path]);
  if (path === "/" || path === "/masuk") return <DashboardScreen />;
  if (path === "/artikel") return <ArticleListScreen query={query} />;
  if (path === "/artikel/baru") return <ArticleEditorScreen key="new" articleId={null} />;
  const edit = matchPath("/artikel/:id", path);
  if (edit && /^\d+$/.test(edit.id ?? "")) {
    return <ArticleEditorScreen key={edit.id} articleId={Number(edit.id)} />;
  }
  if (path === "/media") return <MediaScreen />;
  if (path === "/akun") return <AccountScreen />;
  if (path === "/kanal" && allowed("catalog.manage")) return <SectionsScreen />;
  if (path === "/tag" && allowed("catalog.manage")) return <TagsScreen />;
  if (path === "/penulis" && allowed("catalog.manage")) return <AuthorsScreen />;
  if (path === "/pengguna" && allowed("users.manage")) return <UsersScreen />;
  if (path === "/webhook" && allowed("users.manage")) return <WebhooksScreen />;
  const log = matchPath("/webhook/:id", path);
  if (log && /^\d+$/.test(log.id ?? "") && allowed("users.manage")) {
    return <WebhookDeliveriesScreen key={log.id} webhookId={Number(log.id)} />;
  }
  if (path === "/kunci-api" && allowed("users.manage")) return <ApiKeysScreen />;
  return (
    <div class="card">
      <h1>Halaman tidak ditemukan</h1>
      <p>
        Halaman ini tidak ada atau Anda tidak berhak membukanya. <a href={href("/")}>Kembali ke dasbor</a>.
      </p>
    </div>
  );
}
