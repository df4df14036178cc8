import type { MultipartFile } from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { DomainError, Invalid } from "../../../errors.ts";
import type { Newsroom } from "../../../newsroom.ts";
import type { AdminPresenter } from "./admin.presenter.ts";
import { errors, idParams, itemsOf, looseObject, nullableString } from "./admin.schemas.ts";
import { actorOf } from "./admin-auth.ts";

/** Uploads above this are refused with 413 before they are read into memory whole. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

class TooLarge extends DomainError {
  readonly status = 413;
}

/** The media library: upload (multipart), search, edit caption, credit and alt text. */
export async function mediaRoutes(
  app: FastifyInstance,
  deps: { newsroom: Newsroom; present: AdminPresenter },
) {
  const { media } = deps.newsroom;
  const { present } = deps;
  const tags = ["media"];

  app.get<{ Querystring: { q?: string; cursor?: number; limit: number } }>(
    "/api/admin/media",
    {
      schema: {
        tags,
        summary: "Search the library by file name, caption or alt, newest first",
        querystring: {
          type: "object",
          properties: {
            q: { type: "string", maxLength: 200 },
            cursor: { type: "integer", minimum: 1 },
            limit: { type: "integer", minimum: 1, maximum: 100, default: 30 },
          },
        },
        response: { 200: itemsOf("Media"), ...errors },
      },
    },
    async (req) => {
      const items = await media.search(req.query.q ?? null, req.query.cursor ?? null, req.query.limit + 1);
      const page = items.slice(0, req.query.limit);
      return {
        items: page.map(present.media),
        nextCursor: items.length > req.query.limit ? String(page[page.length - 1]?.id) : null,
      };
    },
  );

  app.post(
    "/api/admin/media",
    {
      schema: {
        tags,
        summary: "Upload an image (multipart: file, alt, caption?, credit?)",
        consumes: ["multipart/form-data"],
        response: { 201: looseObject("Media"), 413: errors[400], 415: errors[400], ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (!req.isMultipart()) {
        throw new Invalid("multipart_required", "Kirim gambar sebagai multipart/form-data.", {
          field: "file",
        });
      }
      const fields: Record<string, string> = {};
      let file: { bytes: Buffer; fileName: string } | null = null;
      for await (const part of req.parts({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } })) {
        if (part.type === "file") {
          file = { bytes: await readFile(part), fileName: part.filename };
        } else if (typeof part.value === "string") {
          fields[part.fieldname] = part.value;
        }
      }
      if (!file) throw new Invalid("file_required", "Pilih berkas gambar.", { field: "file" });
      const item = await media.upload(actor, {
        bytes: file.bytes,
        fileName: file.fileName,
        alt: fields.alt ?? "",
        caption: fields.caption ?? null,
        credit: fields.credit ?? null,
      });
      return reply.code(201).send(present.media(item));
    },
  );

  app.get<{ Params: { id: number } }>(
    "/api/admin/media/:id",
    {
      schema: {
        tags,
        summary: "One image",
        params: idParams,
        response: { 200: looseObject("Media"), ...errors },
      },
    },
    async (req) => present.media(await media.get(req.params.id)),
  );

  app.patch<{
    Params: { id: number };
    Body: { alt?: string; caption?: string | null; credit?: string | null };
  }>(
    "/api/admin/media/:id",
    {
      schema: {
        tags,
        summary: "Edit alt text, caption or credit",
        params: idParams,
        body: {
          type: "object",
          properties: {
            alt: { type: "string", maxLength: 1000 },
            caption: nullableString(2000),
            credit: nullableString(500),
          },
        },
        response: { 200: looseObject("Media"), ...errors },
      },
    },
    async (req) => present.media(await media.update(actorOf(req), req.params.id, req.body)),
  );
}

async function readFile(part: MultipartFile): Promise<Buffer> {
  try {
    return await part.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
      throw new TooLarge(
        "file_too_large",
        `Berkas terlalu besar (maksimal ${MAX_UPLOAD_BYTES / 1024 / 1024} MB).`,
        {
          field: "file",
        },
      );
    }
    throw err;
  }
}
