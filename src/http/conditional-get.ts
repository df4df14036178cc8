import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";

/** A strong ETag from the exact bytes sent. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/**
 * Sends `body` with ETag (and Last-Modified when known), or an empty 304 when the client's
 * copy is current: If-None-Match wins over If-Modified-Since, as RFC 9110 says.
 */
export function sendConditional(
  req: FastifyRequest,
  reply: FastifyReply,
  body: string,
  options: { type: string; lastModified?: Date | null; cacheControl: string },
) {
  const etag = etagOf(body);
  reply.header("etag", etag).header("cache-control", options.cacheControl).header("vary", "accept-encoding");
  const lastModified = options.lastModified
    ? new Date(Math.floor(options.lastModified.getTime() / 1000) * 1000)
    : null;
  if (lastModified) reply.header("last-modified", lastModified.toUTCString());
  const inm = req.headers["if-none-match"];
  const ims = req.headers["if-modified-since"];
  const notModified =
    inm !== undefined
      ? inm
          .split(",")
          .map((t) => t.trim().replace(/^W\//, ""))
          .some((t) => t === etag || t === "*")
      : ims !== undefined && lastModified !== null && Date.parse(ims) >= lastModified.getTime();
  if (notModified) return reply.code(304).send();
  return reply.type(options.type).send(body);
}
