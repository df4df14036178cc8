import type { Clock } from "../../clock.ts";
import { Forbidden, Invalid, NotFound } from "../../errors.ts";
import type { Repositories } from "../../storage/repositories.ts";
import { normalizeEmail } from "./auth.service.ts";
import { generatePassword, hashPassword } from "./password.ts";
import type { UserRepository } from "./user.repository.ts";
import { type Actor, can, isRole, type Role, type User } from "./user.types.ts";

const EMAIL_RE = /^[^\s@]+@[^\s@]+$/;

export interface NewUser {
  email: string;
  name?: string | null;
  role: string;
  /** Author id or slug for the byline. */
  author?: number | string | null;
}

/**
 * Managing accounts. Passwords are always generated and handed back once: there is no default
 * password anywhere, and an admin never chooses someone else's.
 */
export function createUserService(deps: { users: UserRepository; repos: Repositories; clock: Clock }) {
  const { users, repos, clock } = deps;
  const now = () => clock.now().getTime();

  function requireAdmin(actor: Actor | null): void {
    if (actor && !can(actor, "users.manage")) {
      throw new Forbidden("forbidden", "Hanya admin yang boleh mengelola pengguna.");
    }
  }

  async function resolveAuthor(author: number | string | null | undefined): Promise<number | null> {
    if (author === null || author === undefined || author === "") return null;
    if (typeof author === "number") {
      const all = await repos.authors.all();
      if (!all.some((a) => a.id === author))
        throw new Invalid("unknown_author", "Penulis tidak ditemukan.", { field: "authorId" });
      return author;
    }
    const found = await repos.authors.findBySlug(author);
    if (!found)
      throw new Invalid("unknown_author", `Penulis "${author}" tidak ditemukan.`, { field: "authorId" });
    return found.id;
  }

  async function create(actor: Actor | null, input: NewUser): Promise<{ user: User; password: string }> {
    requireAdmin(actor);
    const email = normalizeEmail(input.email);
    if (!EMAIL_RE.test(email) || email.length > 254) {
      throw new Invalid("bad_email", "Alamat email tidak valid.", { field: "email" });
    }
    if (!isRole(input.role)) {
      throw new Invalid("bad_role", "Peran harus admin, editor atau reporter.", { field: "role" });
    }
    if (await users.emailTaken(email)) {
      throw new Invalid("email_taken", "Email ini sudah dipakai akun lain.", { field: "email" });
    }
    const authorId = await resolveAuthor(input.author);
    const password = generatePassword();
    const name = input.name?.trim() || email.split("@")[0] || email;
    const id = await users.insert({
      email,
      name,
      role: input.role,
      passwordHash: await hashPassword(password),
      authorId,
      now: now(),
    });
    const user = await users.findById(id);
    if (!user) throw new Error("user vanished after insert");
    return { user, password };
  }

  return {
    /** `actor` null means the command line, which runs with the machine owner's authority. */
    create,

    async list(actor: Actor): Promise<User[]> {
      requireAdmin(actor);
      return users.all();
    },

    async update(
      actor: Actor,
      id: number,
      patch: { name?: string; role?: string; authorId?: number | null; disabled?: boolean },
    ): Promise<User> {
      requireAdmin(actor);
      const user = await users.findById(id);
      if (!user) throw new NotFound("user_not_found", "Pengguna tidak ditemukan.");
      let role: Role | undefined;
      if (patch.role !== undefined) {
        if (!isRole(patch.role))
          throw new Invalid("bad_role", "Peran harus admin, editor atau reporter.", { field: "role" });
        role = patch.role;
      }
      if (id === actor.id && ((role && role !== "admin") || patch.disabled)) {
        throw new Invalid("own_account", "Anda tidak dapat menurunkan atau menonaktifkan akun sendiri.", {
          field: "role",
        });
      }
      if (patch.name !== undefined && !patch.name.trim())
        throw new Invalid("name_required", "Nama wajib diisi.", { field: "name" });
      const authorId = patch.authorId === undefined ? undefined : await resolveAuthor(patch.authorId);
      await users.update(
        id,
        {
          ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
          ...(role ? { role } : {}),
          ...(authorId !== undefined ? { authorId } : {}),
          ...(patch.disabled !== undefined ? { disabledAt: patch.disabled ? now() : null } : {}),
        },
        now(),
      );
      if (patch.disabled) {
        await users.deleteSessionsOf(id);
        await users.deleteTokensOf(id);
      }
      return (await users.findById(id)) as User;
    },

    /** A new generated password for someone who lost theirs; their sessions end. */
    async resetPassword(actor: Actor | null, id: number): Promise<string> {
      requireAdmin(actor);
      if (!(await users.findById(id))) throw new NotFound("user_not_found", "Pengguna tidak ditemukan.");
      const password = generatePassword();
      await users.update(id, { passwordHash: await hashPassword(password) }, now());
      await users.deleteSessionsOf(id);
      return password;
    },

    /** On the first start of an empty site: one admin with a random password, or null if anyone exists. */
    async ensureFirstAdmin(email: string): Promise<{ user: User; password: string } | null> {
      if ((await users.count()) > 0) return null;
      return create(null, { email, name: "Admin", role: "admin" });
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
