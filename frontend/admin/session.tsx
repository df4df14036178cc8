import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Permission, User } from "./api/types.ts";

export interface SessionState {
  user: User;
  /** Ends the session on the server and shows the login page. */
  logout(): Promise<void>;
}

/** Sent after signing in again over an expired session, so screens can retry what failed. */
export const SESSION_RENEWED = "warta:session-renewed";

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside a signed-in screen");
  return session;
}

/** Whether the signed-in user holds a permission; the server checks again on every call. */
export function useCan(): (permission: Permission) => boolean {
  const { user } = useSession();
  return (permission) => user.permissions.includes(permission);
}
