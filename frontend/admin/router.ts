import { useEffect, useState } from "preact/hooks";

/**
 * A tiny history router: the app lives under /admin and every screen has its own URL, so
 * reloading, the back button and sharing a link to an article all work.
 */
export const BASE = "/admin";

export interface Location {
  /** The path below /admin, always starting with "/". */
  path: string;
  query: URLSearchParams;
}

const listeners = new Set<() => void>();
/** Asked before leaving a screen; a screen with unsaved work returns a question to confirm. */
let leaveGuard: (() => string | null) | null = null;

function current(): Location {
  const path = window.location.pathname.slice(BASE.length) || "/";
  return { path, query: new URLSearchParams(window.location.search) };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const question = leaveGuard?.();
  if (question && !window.confirm(question)) return;
  const url = to.startsWith(BASE) ? to : BASE + (to === "/" ? "" : to);
  if (options.replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  for (const listen of listeners) listen();
  window.scrollTo(0, 0);
}

/**
 * Changes the address bar without switching screens: a new article gets its own URL once it is
 * first saved, while the writer keeps typing in the same editor.
 */
export function replaceUrlQuietly(to: string): void {
  window.history.replaceState(null, "", BASE + to);
}

export function setLeaveGuard(guard: (() => string | null) | null): void {
  leaveGuard = guard;
}

window.addEventListener("popstate", () => {
  for (const listen of listeners) listen();
});

/** Clicks on same-origin /admin links become in-app navigation; everything else is left alone. */
document.addEventListener("click", (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
    return;
  const anchor = (event.target as Element | null)?.closest?.("a");
  if (!anchor || anchor.target || anchor.hasAttribute("download")) return;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin || !url.pathname.startsWith(BASE)) return;
  if (url.pathname.startsWith(`${BASE}/assets/`)) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});

export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const listen = () => setLocation(current());
    listeners.add(listen);
    return () => {
      listeners.delete(listen);
    };
  }, []);
  return location;
}

/** Matches "/artikel/:id" against a path; returns the named parts or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split("/").filter(Boolean);
  const got = path.split("/").filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith(":")) params[w.slice(1)] = decodeURIComponent(g);
    else if (w !== g) return null;
  }
  return params;
}

/** An href inside the app. */
export const href = (path: string): string => BASE + (path === "/" ? "" : path);
