import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { describe, it } from "node:test";
import { adoptSocket, listenShared } from "./shared-socket.ts";

/** A server answering with its name, listening on its own descriptor of the shared socket. */
async function serverOn(fd: number, name: string): Promise<Server> {
  const handle = await adoptSocket(fd);
  const server = createServer({ keepAlive: false }, (_req, res) => res.end(name));
  await new Promise<void>((resolve) => server.listen(handle, () => resolve()));
  return server;
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

async function answer(address: string): Promise<string> {
  const res = await fetch(address, { headers: { connection: "close" } });
  return res.text();
}

describe("a socket shared by several listeners", () => {
  it("is served by each listener, and by the others once one of them has closed", async () => {
    const shared = await listenShared(0, "127.0.0.1");
    const a = await serverOn(shared.fd, "a");
    const b = await serverOn(shared.fd, "b");
    const seen = new Set<string>();
    for (let i = 0; i < 40 && seen.size < 2; i++) seen.add(await answer(shared.address));
    assert.deepEqual([...seen].sort(), ["a", "b"], "both listeners accept connections");

    await close(a);
    for (let i = 0; i < 10; i++) assert.equal(await answer(shared.address), "b");

    // A listener that comes later (a worker replaced) serves on the same address.
    const c = await serverOn(shared.fd, "c");
    await close(b);
    assert.equal(await answer(shared.address), "c");
    await close(c);
    shared.close();
    await assert.rejects(answer(shared.address), "nothing listens once every descriptor is closed");
  });

  it("says so when the port is taken", async () => {
    const shared = await listenShared(0, "127.0.0.1");
    const port = Number(new URL(shared.address).port);
    await assert.rejects(listenShared(port, "127.0.0.1"), /EADDRINUSE/);
    shared.close();
  });
});
