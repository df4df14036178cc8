import { promisify } from "node:util";
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from "node:zlib";

/** How a cached page's compressed forms are made (the cache decides when: page-cache.ts). */
export type Compressed = "br" | "gzip";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/**
 * Quality 5 compresses a 24 KB article page in ~0.4 ms to within ~10% of quality 11 (~29 ms);
 * measured on 2026-11-27: 6,712 against 6,089 bytes.
 */
const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 6;
/**
 * Forms up to this size (pages, small feeds) are compressed on the JavaScript thread, in a turn of
 * the event loop of their own (~0.4 ms for a 24 KB page at brotli quality 5); larger ones (long
 * sitemaps) in zlib's thread pool. Memory is why: glibc gives each thread that allocates its own
 * arena and keeps what it frees there, so brotli's megabyte of tables run on each of the pool's
 * threads in turn left 4–6 MB in each (~20 MB in all, measured with malloc_stats), while the
 * JavaScript thread's arena has that much free between requests anyway.
 */
const COMPRESS_INLINE_MAX_BYTES = 64 * 1024;

/** The compressed form of `source`: see COMPRESS_INLINE_MAX_BYTES for where the work is done. */
export function compress(source: Buffer, encoding: Compressed): Promise<Buffer> {
  const brotliOptions = {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
    },
  };
  if (source.length > COMPRESS_INLINE_MAX_BYTES) {
    return encoding === "br" ? brotli(source, brotliOptions) : gzipAsync(source, { level: GZIP_LEVEL });
  }
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(
          encoding === "br"
            ? brotliCompressSync(source, brotliOptions)
            : gzipSync(source, { level: GZIP_LEVEL }),
        );
      } catch (err) {
        reject(err);
      }
    });
  });
}
