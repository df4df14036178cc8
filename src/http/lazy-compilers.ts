import AjvCompiler from "@fastify/ajv-compiler";
import SerializerSelector from "@fastify/fast-json-stringify-compiler";
import type { FastifyServerOptions } from "fastify";

type CompilersFactory = NonNullable<
  NonNullable<FastifyServerOptions["schemaController"]>["compilersFactory"]
>;
type Validator = ((...args: unknown[]) => unknown) & { errors?: unknown; schemaEnv?: unknown };

/**
 * Fastify compiles every route's validator (Ajv) and serializer (fast-json-stringify) when the
 * server starts: about a quarter of a second for Warta's routes, paid by every worker at every
 * start, mostly for routes a reader never calls. These factories wrap Fastify's own compilers so
 * that a schema is compiled on its route's first request, or by `compilePending()` once the
 * server is listening and idle, whichever comes first. Behaviour is unchanged; a schema Ajv
 * rejects is reported by compilePending instead of failing the start.
 */
export function lazyCompilers() {
  const pending = new Set<() => unknown>();
  const later = <T>(compile: () => T): (() => T) => {
    let compiled: T | undefined;
    const get = () => {
      if (compiled === undefined) {
        compiled = compile();
        pending.delete(get);
      }
      return compiled;
    };
    pending.add(get);
    return get;
  };
  const validators = AjvCompiler();
  const serializers = SerializerSelector();

  const factory: CompilersFactory = {
    buildValidator(externalSchemas, options) {
      const compile = validators(externalSchemas, options);
      return (routeSchema) => {
        const get = later(() => compile(routeSchema) as unknown as Validator);
        const validate: Validator = (...args) => {
          const fn = get();
          const result = fn(...args);
          validate.errors = fn.errors;
          return result;
        };
        // Fastify asks for schemaEnv (Ajv's) before validating, to let Ajv coerce the root value.
        Object.defineProperty(validate, "schemaEnv", { get: () => get().schemaEnv });
        return validate as never;
      };
    },
    buildSerializer(externalSchemas, options) {
      const compile = serializers(externalSchemas, options);
      return (routeSchema) => {
        const get = later(() => compile(routeSchema));
        return (data: unknown) => get()(data);
      };
    },
  };

  return {
    factory,
    /** Compiles what no request has needed yet, one schema per turn of the event loop. */
    async compilePending(onError: (err: unknown) => void): Promise<void> {
      for (const get of [...pending]) {
        await new Promise((resolve) => setImmediate(resolve));
        try {
          get();
        } catch (err) {
          pending.delete(get);
          onError(err);
        }
      }
    },
  };
}
