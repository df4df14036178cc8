import { isMainThread, parentPort, type Worker } from "node:worker_threads";

/**
 * The lines between a cluster's primary and its worker threads, as the event bus, the shared
 * rate limits and the supervisor use them. Messages are structured clones.
 */

/** The primary's end of one worker's line. */
export interface WorkerLink {
  /** For logs: the worker thread's id. */
  readonly id: number;
  send(msg: unknown): void;
  /** False once the worker has exited. */
  isConnected(): boolean;
}

type MessageListener = (worker: WorkerLink, msg: unknown) => void;
type ExitListener = (worker: WorkerLink) => void;

/** Every worker of the primary, and what they say. */
export interface WorkerHub {
  onMessage(listener: MessageListener): void;
  onExit(listener: ExitListener): void;
  /** Called by the supervisor for each worker it starts. */
  attach(worker: Worker): WorkerLink;
}

export function workerHub(): WorkerHub {
  const messageListeners: MessageListener[] = [];
  const exitListeners: ExitListener[] = [];
  return {
    onMessage: (listener) => messageListeners.push(listener),
    onExit: (listener) => exitListeners.push(listener),
    attach(worker) {
      let connected = true;
      const link: WorkerLink = {
        id: worker.threadId,
        send: (msg) => {
          if (connected) worker.postMessage(msg);
        },
        isConnected: () => connected,
      };
      worker.on("message", (msg: unknown) => {
        for (const l of messageListeners) l(link, msg);
      });
      worker.once("exit", () => {
        connected = false;
        for (const l of exitListeners) l(link);
      });
      return link;
    },
  };
}

/** A worker's line to its primary. */
export interface PrimaryLink {
  send(msg: unknown): void;
  /** Listens until the returned function is called (a listener for good may ignore it). */
  onMessage(listener: (msg: unknown) => void): () => void;
  /** False outside a cluster (the main thread of a single-process server). */
  readonly connected: boolean;
}

export function primaryLink(): PrimaryLink {
  const port = isMainThread ? null : parentPort;
  return {
    send: (msg) => port?.postMessage(msg),
    onMessage: (listener) => {
      port?.on("message", listener);
      return () => void port?.off("message", listener);
    },
    connected: port !== null,
  };
}
