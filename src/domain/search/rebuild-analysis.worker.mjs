// The worker thread of a search rebuild (see rebuild-analysis.ts): analyses batches of articles
// and keeps the vocabulary counts of what it analysed. Plain JavaScript, so that it can start
// tsx's loader itself when the thread does not inherit it from the main thread.
import { parentPort } from "node:worker_threads";

async function load() {
  try {
    return await import("./search-document.ts");
  } catch {
    const { register } = await import("tsx/esm/api");
    register({ tsconfig: new URL("../../../tsconfig.json", import.meta.url).pathname });
    // A new specifier: the failed attempt above stays cached under the plain one.
    return await import("./search-document.ts?with-tsx");
  }
}

const { analyseBatch } = await load();
const vocabulary = new Map();

parentPort.on("message", (msg) => {
  try {
    if (msg.type === "batch")
      parentPort.postMessage({ id: msg.id, texts: analyseBatch(msg.articles, vocabulary) });
    else parentPort.postMessage({ id: msg.id, vocabulary: [...vocabulary] });
  } catch (err) {
    parentPort.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
