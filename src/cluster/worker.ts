import { isMainThread, type MessagePort, workerData } from "node:worker_threads";
import type { ConnectionTally } from "./connection-balance.ts";
import { type PrimaryLink, primaryLink } from "./links.ts";

/**
 * A cluster worker's side of its conversation with the supervisor (primary.ts): what it was given
 * at its start, and the messages (`{ warta: word }`) by which it says it has prepared the site, waits
 * for it, serves, and is told to stop.
 */
export const CLUSTER_MESSAGES = {
  /** To a worker: finish and exit. */
  shutdown: "shutdown",
  siteWait: "site-wait",
  siteReady: "site-ready",
  sitePrepared: "site-prepared",
  listening: "listening",
} as const;

const SAY = CLUSTER_MESSAGES;

/** What a worker thread of a cluster is given at its start. */
export interface ClusterWorkerData {
  warta: {
    socketFd: number;
    connections: ConnectionTally;
    /** Lines to threads other than the primary, by name (see ClusterOptions.portsFor). */
    ports: Record<string, MessagePort>;
  };
}

/** In a worker thread of a cluster: the descriptor of the socket the workers share; else null. */
export function clusterSocketFd(): number | null {
  if (isMainThread) return null;
  const fd = (workerData as Partial<ClusterWorkerData> | null)?.warta?.socketFd;
  return typeof fd === "number" ? fd : null;
}

/** In a worker thread of a cluster: the workers' connection counts and its own slot; else null. */
export function clusterConnections(): ConnectionTally | null {
  if (isMainThread) return null;
  return (workerData as Partial<ClusterWorkerData> | null)?.warta?.connections ?? null;
}

/** In a worker thread of a cluster: the port it was given under `name` (see ClusterOptions.portsFor); else null. */
export function clusterPort(name: string): MessagePort | null {
  if (isMainThread) return null;
  return (workerData as Partial<ClusterWorkerData> | null)?.warta?.ports?.[name] ?? null;
}

/** In the worker that prepared the site (see ClusterOptions.prepareInFirstWorker): tells the primary. */
export function preparedSite(link: PrimaryLink = primaryLink()): void {
  link.send({ warta: SAY.sitePrepared });
}

/** In a worker: tells the primary it serves (its start is complete). */
export function listening(link: PrimaryLink = primaryLink()): void {
  link.send({ warta: SAY.listening });
}

/** In a worker: calls `stop` when the primary asks it to stop. */
export function onShutdown(stop: () => void, link: PrimaryLink = primaryLink()): void {
  link.onMessage((msg) => {
    if ((msg as { warta?: unknown })?.warta === SAY.shutdown) stop();
  });
}

/**
 * In a worker: resolves once the primary says the site is ready. The worker asks (rather than
 * the primary telling it unasked), so the answer cannot arrive before anyone listens for it.
 */
export function waitForSite(link: PrimaryLink = primaryLink()): Promise<void> {
  return new Promise((resolve) => {
    const stopListening = link.onMessage((msg: unknown) => {
      if ((msg as { warta?: unknown })?.warta !== SAY.siteReady) return;
      stopListening();
      resolve();
    });
    link.send({ warta: SAY.siteWait });
  });
}
