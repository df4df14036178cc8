import type { Server } from "node:http";
import type { Socket } from "node:net";

/** Connections a worker may hold beyond its share before it hands one back. */
const SLACK = 1;

/** The open connections of a cluster's workers, one slot each, shared by their threads. */
export interface ConnectionTally {
  /** Open connections per slot, on a SharedArrayBuffer (read and written with Atomics). */
  counts: Int32Array;
  /** This worker's slot. */
  slot: number;
  /** How many workers the cluster runs: a worker's share is the total over this. */
  workers: number;
}

/** Whether a worker holding `mine` of the cluster's `total` connections holds more than its share. */
export function overShare(mine: number, total: number, workers: number): boolean {
  return mine > Math.ceil(total / workers) + SLACK;
}

/** The shared counts for a cluster of `workers`, with room for replacements starting beside them. */
export function connectionCounts(workers: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * workers * 2));
}

/**
 * Keeps a cluster's keep-alive connections spread over its workers. The workers share one
 * listening socket and the kernel gives each new connection to whichever accepts it first, so a
 * client opening its connections all at once (a CDN or reverse proxy, a load tool) can leave
 * three quarters of them with one worker: its core saturates while another idles, for as long as
 * the connections live. A worker holding more than its share (plus one) answers the next request
 * on one of them with `Connection: close`; the client reconnects, and a less busy worker, which
 * wakes first, takes the new connection. Call before the server's own request listener runs.
 */
export function balanceConnections(server: Server, tally: ConnectionTally): void {
  const { counts, slot, workers } = tally;
  /** Connections answered with `Connection: close`: no longer counted, though still open. */
  const released = new WeakSet<Socket>();
  server.on("connection", (socket: Socket) => {
    Atomics.add(counts, slot, 1);
    socket.once("close", () => {
      if (!released.has(socket)) Atomics.sub(counts, slot, 1);
    });
  });
  server.prependListener("request", (req, res) => {
    const socket = req.socket;
    if (released.has(socket)) return;
    let total = 0;
    for (let i = 0; i < counts.length; i++) total += Atomics.load(counts, i);
    if (!overShare(Atomics.load(counts, slot), total, workers)) return;
    released.add(socket);
    Atomics.sub(counts, slot, 1);
    res.shouldKeepAlive = false;
  });
}
