import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { IndexableArticle, IndexedText } from "./search.repository.ts";
import { analyseBatch } from "./search-document.ts";

/**
 * Where a rebuild analyses its batches. Stemming a million stories is most of a rebuild's work, so
 * on a machine with a second core it runs in a worker thread while the main thread reads the next
 * batch and writes the previous one into the index.
 */
export interface RebuildAnalysis {
  analyse(articles: IndexableArticle[]): Promise<IndexedText[]>;
  /** How many public stories hold each term, over every batch analysed so far. */
  vocabulary(): Promise<Map<string, number>>;
  close(): Promise<void>;
}

/** Analysis on the calling thread. */
export function inlineAnalysis(): RebuildAnalysis {
  const counts = new Map<string, number>();
  return {
    analyse: async (articles) => analyseBatch(articles, counts),
    vocabulary: async () => counts,
    close: async () => {},
  };
}

type Reply = { id: number; texts?: IndexedText[]; vocabulary?: [string, number][]; error?: string };

/**
 * The worker's entry file: beside this module when it runs from src/, under src/ when it runs
 * from a bundle in dist/server/ (the worker loads the TypeScript sources itself). Null when
 * neither is there.
 */
export function workerFile(): URL | null {
  const places = ["./rebuild-analysis.worker.mjs", "../../src/domain/search/rebuild-analysis.worker.mjs"];
  for (const place of places) {
    const url = new URL(place, import.meta.url);
    if (existsSync(url)) return url;
  }
  return null;
}

/** Analysis in one worker thread (see rebuild-analysis.worker.mjs); answers come back in order. */
export function workerAnalysis(file: URL): RebuildAnalysis {
  const worker = new Worker(file);
  const waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  const failAll = (err: Error) => {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  worker.on("message", (reply: Reply) => {
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.error) w?.reject(new Error(reply.error));
    else w?.resolve(reply);
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`search analysis worker exited with code ${code}`)));
  const ask = (message: object) =>
    new Promise<Reply>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    });
  return {
    analyse: async (articles) => (await ask({ type: "batch", articles })).texts ?? [],
    vocabulary: async () => new Map((await ask({ type: "vocabulary" })).vocabulary ?? []),
    close: async () => {
      await worker.terminate();
    },
  };
}

/** A worker when the machine has a core to spare, else inline. */
export function rebuildAnalysis(): RebuildAnalysis {
  const file = availableParallelism() > 1 ? workerFile() : null;
  return file ? workerAnalysis(file) : inlineAnalysis();
}
