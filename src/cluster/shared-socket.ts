import { spawn } from "node:child_process";
import type { Server as HttpServer } from "node:http";
import { createServer, Server as NetServer, type Server } from "node:net";

/**
 * One listening socket for every worker thread of a cluster.
 *
 * Node 20 can neither give a thread a handle of another thread (handles are not transferable)
 * nor let each thread listen on the same port itself (`reusePort` came with Node 22.12). Handles
 * do pass between processes, though, as a copy of the descriptor (SCM_RIGHTS). So a thread that
 * wants the socket asks a short-lived child process, started with the socket as one of its file
 * descriptors, to send it back over the IPC channel: the thread then holds its own descriptor of
 * the same socket, listens on it and closes it when it stops, without disturbing the others. The
 * kernel gives each new connection to whichever thread accepts it first.
 *
 * The primary keeps one descriptor of its own that it never polls (a `keeper`), so the socket
 * stays open, and connections wait in its backlog, while threads come and go.
 */

/** A libuv TCP handle as node's IPC hands it over (node's internal `TCP` class). */
export interface SocketHandle {
  readonly fd: number;
  close(callback?: () => void): void;
}

/** Run by the child: wraps descriptor 4 without reading from it and sends it back, then exits. */
const RELAY = `const { Socket } = require("node:net");
const socket = new Socket({ fd: 4, readable: false, writable: false });
process.send("warta-socket", socket._handle, () => process.exit(0));`;

const RELAY_TIMEOUT_MS = 10_000;

/** A handle of this thread's own on the socket that is descriptor `fd` in this process. */
export function adoptSocket(fd: number): Promise<SocketHandle> {
  return new Promise((resolve, reject) => {
    const relay = spawn(process.execPath, ["-e", RELAY], {
      stdio: ["ignore", "ignore", "inherit", "ipc", fd],
      env: {},
    });
    const timer = setTimeout(() => {
      relay.kill("SIGKILL");
      reject(new Error("the socket relay did not answer"));
    }, RELAY_TIMEOUT_MS);
    relay.once("message", (msg, handle) => {
      clearTimeout(timer);
      if (msg === "warta-socket" && handle) resolve(handle as unknown as SocketHandle);
      else reject(new Error("the socket relay sent no socket"));
    });
    relay.once("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    relay.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the socket relay exited (code ${code})`));
    });
  });
}

export interface SharedSocket {
  /** The descriptor worker threads adopt (see adoptSocket). */
  fd: number;
  /** `http://host:port` as clients reach it. */
  address: string;
  /** Closes the primary's descriptor: once the threads have closed theirs, new connections are refused. */
  close(): void;
}

/**
 * In the primary: binds and listens on `port` (0: any free one) and keeps a descriptor that is
 * never polled. The first listener is a plain server, closed as soon as the keeper exists; a
 * connection it accepts in those few milliseconds, before any thread serves, is closed at once.
 */
export async function listenShared(port: number, host: string): Promise<SharedSocket> {
  const first: Server = createServer({ pauseOnConnect: true }, (socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    first.once("error", reject);
    first.listen({ port, host }, () => resolve());
  });
  const bound = first.address();
  const fd = (first as unknown as { _handle: { fd: number } })._handle.fd;
  let keeper: SocketHandle;
  try {
    keeper = await adoptSocket(fd);
  } finally {
    first.close();
  }
  const at = typeof bound === "object" && bound ? bound : { address: host, port };
  const shown = at.address === "0.0.0.0" || at.address === "::" ? "127.0.0.1" : at.address;
  return {
    fd: keeper.fd,
    address: `http://${shown.includes(":") ? `[${shown}]` : shown}:${at.port}`,
    close: () => keeper.close(),
  };
}

/** In a worker thread: `server` listens on its own descriptor of the shared socket `fd`. */
export async function listenOnShared(server: HttpServer, fd: number): Promise<void> {
  const handle = await adoptSocket(fd);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(handle, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/**
 * How long a worker that stops listening still waits for the first request on connections it
 * has just accepted: the other workers go on accepting, but a connection this one took a moment
 * ago is its own, and closing it before its request arrives would reset it.
 */
const FIRST_REQUEST_GRACE_MS = 500;
const IDLE_SWEEP_MS = 100;

/**
 * A worker's graceful stop: closes its descriptor (the others serve on), lets connections it has
 * just accepted send their request, then closes idle connections as they become idle, and
 * resolves once every connection it held has ended. (`server.close()` would close the idle ones
 * at once, including a connection accepted a moment before whose request is still on its way.)
 */
export async function stopListening(server: HttpServer, graceMs = FIRST_REQUEST_GRACE_MS): Promise<void> {
  if (!server.listening) return;
  const drained = new Promise<void>((resolve) => server.once("close", () => resolve()));
  NetServer.prototype.close.call(server);
  await new Promise((resolve) => setTimeout(resolve, graceMs));
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  await drained;
  clearInterval(sweep);
}
