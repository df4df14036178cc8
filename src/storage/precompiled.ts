import { randomBytes } from "node:crypto";
import type { Compilable, CompiledQuery, Kysely } from "kysely";
import type { Database } from "./schema.ts";

/**
 * A query Kysely builds and compiles once and then runs with new values: on the read path Kysely
 * otherwise rebuilds it for every request (immutable builders, an operation tree, the SQL text),
 * which costs about as much as running a short indexed SQLite query.
 *
 * `build` gets a placeholder for each named value and returns the query; each placeholder must be
 * used where a bound parameter goes (`where(col, "=", p.slug)`, `where(col, "in", [p.id])`,
 * `limit(p.n)`), never to decide the query's shape, which is fixed at the first call. A
 * placeholder left unused, or one the compiled SQL does not bind, fails the first call.
 */
export function precompiled<P extends Record<string, unknown>, R>(
  db: Kysely<Database>,
  names: readonly (keyof P & string)[],
  build: (params: P) => Compilable<R>,
): (values: P) => Promise<R[]> {
  let compiled: { query: CompiledQuery<R>; slots: ((values: P) => unknown)[] } | null = null;
  const compile = () => {
    const tag = `\u0000precompiled:${randomBytes(6).toString("hex")}:`;
    const placeholders = Object.fromEntries(names.map((n) => [n, `${tag}${n}`])) as unknown as P;
    const query = build(placeholders).compile();
    const used = new Set<string>();
    const slots = query.parameters.map((value): ((values: P) => unknown) => {
      if (typeof value === "string" && value.startsWith(tag)) {
        const name = value.slice(tag.length) as keyof P & string;
        used.add(name);
        return (values) => values[name];
      }
      return () => value;
    });
    const unused = names.filter((n) => !used.has(n));
    if (unused.length > 0) throw new Error(`precompiled query does not bind ${unused.join(", ")}`);
    return { query, slots };
  };
  return async (values) => {
    compiled ??= compile();
    const { query, slots } = compiled;
    // A literal of one shape, not a spread: this runs for every page rendered.
    const result = await db.executeQuery<R>({
      query: query.query,
      queryId: query.queryId,
      sql: query.sql,
      parameters: slots.map((slot) => slot(values)),
    });
    return result.rows;
  };
}
