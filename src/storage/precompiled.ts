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

/**
 * A statement over a batch of rows (a multi-row insert, an `in` list) compiled once per chunk size
 * instead of for every batch: building and compiling a 2,000-row insert in Kysely takes longer
 * than SQLite takes to run it, and a views flush runs several every second. A batch runs as
 * chunks of `maxRows`, the rest in chunks whose sizes are powers of two, so at most
 * log2(maxRows) + 1 shapes are ever compiled.
 *
 * `build` gets placeholder rows and returns the statement, built on one database (its SQL is
 * compiled for that database's dialect: make one per database); each placeholder field must be
 * bound as a parameter, as with `precompiled`. The function returned takes where to run (that
 * database or one of its transactions) and the rows, in the order given; the statements run one
 * after another. 1,024 rows of a few columns stay well under SQLite's 32,766 bound values and
 * PostgreSQL's 65,535.
 */
export function precompiledBatch<Row extends Record<string, unknown>, R>(
  fields: readonly (keyof Row & string)[],
  build: (rows: Row[]) => Compilable<R>,
  maxRows = 1024,
): (on: Kysely<Database>, rows: readonly Row[]) => Promise<R[]> {
  if (!Number.isInteger(Math.log2(maxRows))) throw new Error("maxRows must be a power of two");
  const shapes = new Map<
    number,
    { query: CompiledQuery<R>; slots: ((rows: readonly Row[], at: number) => unknown)[] }
  >();
  const compile = (size: number) => {
    const tag = `\u0000batch:${randomBytes(6).toString("hex")}:`;
    const rows = Array.from(
      { length: size },
      (_, i) => Object.fromEntries(fields.map((f) => [f, `${tag}${i}:${f}`])) as unknown as Row,
    );
    const query = build(rows).compile();
    let bound = 0;
    const slots = query.parameters.map((value): ((rows: readonly Row[], at: number) => unknown) => {
      if (typeof value !== "string" || !value.startsWith(tag)) return () => value;
      bound++;
      const slot = value.slice(tag.length);
      const i = Number(slot.slice(0, slot.indexOf(":")));
      const field = slot.slice(slot.indexOf(":") + 1) as keyof Row & string;
      return (rows, at) => (rows[at + i] as Row)[field];
    });
    if (bound !== size * fields.length) {
      throw new Error(
        `a batch statement of ${size} rows binds ${bound} of its ${size * fields.length} values`,
      );
    }
    return { query, slots };
  };
  return async (on, rows) => {
    const out: R[] = [];
    for (let at = 0; at < rows.length; ) {
      const left = rows.length - at;
      const size = left >= maxRows ? maxRows : 2 ** Math.floor(Math.log2(left));
      let shape = shapes.get(size);
      if (!shape) {
        shape = compile(size);
        shapes.set(size, shape);
      }
      const { query, slots } = shape;
      const start = at;
      const result = await on.executeQuery<R>({
        query: query.query,
        queryId: query.queryId,
        sql: query.sql,
        parameters: slots.map((slot) => slot(rows, start)),
      });
      for (const row of result.rows) out.push(row);
      at += size;
    }
    return out;
  };
}
