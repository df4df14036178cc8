import { randomBytes } from "node:crypto";
import type { Compilable, CompiledQuery, Kysely } from "kysely";
import { directReaderOf } from "./database.ts";
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
  let compiled: Template<P, R> | null = null;
  const compile = () => {
    const template = compileTemplate(
      (placeholder) => build(Object.fromEntries(names.map((n) => [n, placeholder(n)])) as unknown as P),
      (name) => (values: P) => values[name],
    );
    const unused = names.filter((n) => !template.bound.has(n));
    if (unused.length > 0) throw new Error(`precompiled query does not bind ${unused.join(", ")}`);
    return template;
  };
  return async (values) => {
    compiled ??= compile();
    return run(db, compiled, values);
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
  type Chunk = { rows: readonly Row[]; at: number };
  const shapes = new Map<number, Template<Chunk, R>>();
  const compile = (size: number) => {
    const template = compileTemplate(
      (placeholder) =>
        build(
          Array.from(
            { length: size },
            (_, i) => Object.fromEntries(fields.map((f) => [f, placeholder(`${i}:${f}`)])) as unknown as Row,
          ),
        ),
      (name) => {
        const i = Number(name.slice(0, name.indexOf(":")));
        const field = name.slice(name.indexOf(":") + 1) as keyof Row & string;
        return ({ rows, at }: Chunk) => (rows[at + i] as Row)[field];
      },
    );
    if (template.bound.size !== size * fields.length) {
      throw new Error(
        `a batch statement of ${size} rows binds ${template.bound.size} of its ${size * fields.length} values`,
      );
    }
    return template;
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
      for (const row of await run(on, shape, { rows, at })) out.push(row);
      at += size;
    }
    return out;
  };
}

/** A statement compiled once with placeholder values, and how each bound parameter gets its value. */
interface Template<V, R> {
  query: CompiledQuery<R>;
  slots: ((values: V) => unknown)[];
  /** The placeholder names the statement binds. */
  bound: Set<string>;
}

/**
 * Compiles what `build` makes with placeholders (strings no caller's value can equal), then maps
 * each bound parameter either to `slotFor` its placeholder's name or to the constant it was.
 */
function compileTemplate<V, R>(
  build: (placeholder: (name: string) => string) => Compilable<R>,
  slotFor: (name: string) => (values: V) => unknown,
): Template<V, R> {
  const tag = `\u0000precompiled:${randomBytes(6).toString("hex")}:`;
  const query = build((name) => `${tag}${name}`).compile();
  const bound = new Set<string>();
  const slots = query.parameters.map((value): ((values: V) => unknown) => {
    if (typeof value !== "string" || !value.startsWith(tag)) return () => value;
    const name = value.slice(tag.length);
    bound.add(name);
    return slotFor(name);
  });
  return { query, slots, bound };
}

async function run<V, R>(on: Kysely<Database>, { query, slots }: Template<V, R>, values: V): Promise<R[]> {
  const parameters = slots.map((slot) => slot(values));
  const rows = directReaderOf(on)?.(query.sql, parameters);
  if (rows) return rows as R[];
  // A literal of one shape, not a spread: this runs for every page rendered.
  const result = await on.executeQuery<R>({
    query: query.query,
    queryId: query.queryId,
    sql: query.sql,
    parameters,
  });
  return result.rows;
}
