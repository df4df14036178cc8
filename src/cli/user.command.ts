import { parseArgs } from "node:util";
import { createWarta } from "../app.ts";
import { loadConfig } from "../config.ts";
import { DomainError } from "../errors.ts";

const USAGE = `usage:
  warta user add --email EMAIL --role admin|editor|reporter [--name NAME] [--author AUTHOR-SLUG]
  warta user password --email EMAIL     make a new password (the user's sessions end)`;

/**
 * Accounts from the command line. The password is generated and printed once: there is no
 * option to choose one, so no default or guessable password ever exists.
 */
export async function userCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  let values: { email?: string; role?: string; name?: string; author?: string };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        email: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        author: { type: "string" },
      },
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if ((sub !== "add" && sub !== "password") || !values.email || (sub === "add" && !values.role)) {
    console.error(USAGE);
    return 2;
  }
  const warta = await createWarta(loadConfig());
  try {
    const { users } = warta.newsroom;
    if (sub === "add") {
      const { user, password } = await users.create(null, {
        email: values.email,
        role: values.role ?? "",
        name: values.name ?? null,
        author: values.author ?? null,
      });
      console.log(`Created ${user.role} ${user.email}${user.author ? ` (byline: ${user.author.name})` : ""}`);
      console.log(`Password (shown once): ${password}`);
      return 0;
    }
    const found = await warta.newsroom.repos.users.findCredentials(values.email.trim().toLowerCase());
    if (!found) {
      console.error(`no user with email ${values.email}`);
      return 1;
    }
    const password = await users.resetPassword(null, found.user.id);
    console.log(`New password for ${found.user.email} (shown once): ${password}`);
    return 0;
  } catch (err) {
    if (err instanceof DomainError) {
      console.error(`${err.extra.field ? `${err.extra.field}: ` : ""}${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await warta.close();
  }
}
