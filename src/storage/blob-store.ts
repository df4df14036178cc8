import { mkdir, readFile, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { threadId } from "node:worker_threads";

/**
 * Where media bytes live. Keys are relative paths like `media/ab/abcdef…/640.webp`.
 * Local directory today; a shared volume or object store later behind the same interface.
 */
export interface BlobStore {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** The public URL path a browser fetches the blob from. */
  urlFor(key: string): string;
  /** A directory to serve statically, when the store is local. */
  readonly localRoot: string | null;
}

export function localBlobStore(root: string, urlPrefix = "/files"): BlobStore {
  const absRoot = resolve(root);
  const pathOf = (key: string): string => {
    const p = resolve(absRoot, key);
    if (!p.startsWith(absRoot + sep)) throw new Error(`blob key escapes the store: ${key}`);
    return p;
  };
  const urls = new Map<string, string>();
  return {
    localRoot: absRoot,
    async put(key, bytes) {
      const p = pathOf(key);
      await mkdir(dirname(p), { recursive: true });
      // Write then rename, so a reader never sees half a file (a name per thread: workers are threads).
      const tmp = `${p}.${process.pid}-${threadId}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, p);
    },
    get: (key) => readFile(pathOf(key)),
    async exists(key) {
      try {
        await stat(pathOf(key));
        return true;
      } catch {
        return false;
      }
    },
    async delete(key) {
      const p = pathOf(key);
      await rm(p, { force: true });
      // Remove directories the key left empty, so a rolled-back import leaves no trace.
      for (let dir = dirname(p); dir.startsWith(absRoot + sep); dir = dirname(dir)) {
        try {
          await rmdir(dir);
        } catch {
          break;
        }
      }
    },
    urlFor: (key) => {
      // Pages print the same few images' renditions over and over: encode each key once.
      let url = urls.get(key);
      if (url === undefined) {
        url = `${urlPrefix}/${key.split("/").map(encodeURIComponent).join("/")}`;
        if (urls.size >= 20_000) urls.clear();
        urls.set(key, url);
      }
      return url;
    },
  };
}

export function defaultBlobRoot(dataDir: string): string {
  return join(dataDir, "files");
}
