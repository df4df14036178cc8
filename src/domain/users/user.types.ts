import type { AuthorRef } from "../articles/article.types.ts";

export const ROLES = ["admin", "editor", "reporter"] as const;
export type Role = (typeof ROLES)[number];

/** What a role may do. The app hides buttons with it; the services enforce the same rules. */
export type Permission =
  | "articles.write"
  | "articles.submit"
  | "articles.publish"
  | "articles.delete"
  | "media.upload"
  | "media.manage"
  | "catalog.manage"
  | "users.manage";

const ROLE_PERMISSIONS: Record<Role, Permission[]> = {
  admin: [
    "articles.write",
    "articles.submit",
    "articles.publish",
    "articles.delete",
    "media.upload",
    "media.manage",
    "catalog.manage",
    "users.manage",
  ],
  editor: [
    "articles.write",
    "articles.submit",
    "articles.publish",
    "articles.delete",
    "media.upload",
    "media.manage",
    "catalog.manage",
  ],
  reporter: ["articles.write", "articles.submit", "media.upload"],
};

export function permissionsOf(role: Role): Permission[] {
  return ROLE_PERMISSIONS[role];
}

export function can(actor: Actor, permission: Permission): boolean {
  return ROLE_PERMISSIONS[actor.role].includes(permission);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Who is doing something: every editorial service call takes one. */
export interface Actor {
  id: number;
  name: string;
  role: Role;
  authorId: number | null;
}

export interface User extends Actor {
  email: string;
  author: AuthorRef | null;
  disabled: boolean;
  createdAt: Date;
}
