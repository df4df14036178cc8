/**
 * Whether a database error is a unique-constraint violation, on either dialect: PostgreSQL's
 * SQLSTATE 23505 or SQLite's SQLITE_CONSTRAINT_UNIQUE. Repositories use it to turn the rare race
 * that slips past a "is this slug taken?" check into the same answer the check would have given.
 */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
