/** JSON schemas shared by the admin routes (request validation and the OpenAPI document). */

export const nullableString = (maxLength: number) => ({ type: ["string", "null"], maxLength }) as const;

export const idParams = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "integer", minimum: 1, maximum: 2_147_483_647 } },
} as const;

export const errorSchema = {
  type: "object",
  description: "Every error: status in words, machine code, Indonesian message, the field at fault if any.",
  properties: {
    error: { type: "string" },
    code: { type: "string" },
    message: { type: "string" },
    field: { type: "string" },
  },
  additionalProperties: true,
} as const;

/** Documents an object without dropping fields it does not list (the presenter already whitelists). */
export const looseObject = (description: string, properties: Record<string, unknown> = {}) =>
  ({ type: "object", description, properties, additionalProperties: true }) as const;

export const itemsOf = (description: string) =>
  ({
    type: "object",
    properties: {
      items: { type: "array", items: looseObject(description) },
      nextCursor: { type: ["string", "null"] },
    },
    additionalProperties: true,
  }) as const;

export const noContent = { 204: { type: "null", description: "Done." } } as const;

export const errors = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
} as const;
