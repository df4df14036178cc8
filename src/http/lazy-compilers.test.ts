import assert from "node:assert/strict";
import { describe, it } from "node:test";
import Fastify from "fastify";
import { lazyCompilers } from "./lazy-compilers.ts";

describe("lazily compiled route schemas", () => {
  const build = () => {
    const compilers = lazyCompilers();
    const app = Fastify({ schemaController: { compilersFactory: compilers.factory } });
    app.get<{ Querystring: { page: number } }>(
      "/list",
      {
        schema: {
          querystring: {
            type: "object",
            properties: { page: { type: "integer", minimum: 1, default: 1 } },
            additionalProperties: false,
          },
          response: { 200: { type: "object", properties: { page: { type: "integer" } } } },
        },
      },
      async (req) => ({ page: req.query.page, secret: "not in the schema" }),
    );
    return { app, compilers };
  };

  it("validates, coerces, fills defaults and serializes as Fastify's own compilers do", async () => {
    const { app } = build();
    assert.deepEqual((await app.inject({ url: "/list?page=3" })).json(), { page: 3 });
    assert.deepEqual((await app.inject({ url: "/list" })).json(), { page: 1 });
    const bad = await app.inject({ url: "/list?page=0" });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().message, /querystring\/page must be >= 1/);
    assert.equal((await app.inject({ url: "/list?page=x" })).statusCode, 400);
  });

  it("compiles what no request needed once asked to, reporting nothing for good schemas", async () => {
    const { app, compilers } = build();
    await app.ready();
    const errors: unknown[] = [];
    await compilers.compilePending((err) => errors.push(err));
    assert.deepEqual(errors, []);
    assert.deepEqual((await app.inject({ url: "/list?page=2" })).json(), { page: 2 });
  });
});
