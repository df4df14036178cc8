// The floor for pages a cache cannot hold in memory: a plain Node `http` server that keeps one copy
// of the page (a saved Warta article page) per distinct path in a file unlinked at once, as Warta's
// spill file does (the bytes live in the kernel's page cache, outside the process), and answers each
// path from its own copy with one `pread` into a pooled buffer, handed back once the answer is
// written. It sends the same bytes as the ceiling; what it costs on top of the ceiling is what
// serving many distinct pages from outside the heap costs before any work of Warta's.
import { openSync, readFileSync, readSync, unlinkSync, writeSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [file, port, count, dir = tmpdir()] = process.argv.slice(2);
const page = readFileSync(file);
const copies = Number(count);
if (!Number.isSafeInteger(copies) || copies < 1) throw new Error(`copies must be a whole number: ${count}`);
const path = join(dir, `warta-file-floor-${process.pid}.tmp`);
const fd = openSync(path, "wx+", 0o600);
unlinkSync(path);
for (let i = 0; i < copies; i++) writeSync(fd, page, 0, page.length, i * page.length);

/** Path → copy, in the order the paths are first asked for. */
const copyOf = new Map();
const pool = [];
const headers = { "content-type": "text/html; charset=utf-8", "content-length": page.length };
const server = http.createServer((req, res) => {
  let copy = copyOf.get(req.url);
  if (copy === undefined) {
    copy = copyOf.size % copies;
    copyOf.set(req.url, copy);
  }
  const buffer = pool.pop() ?? Buffer.allocUnsafeSlow(page.length);
  readSync(fd, buffer, 0, page.length, copy * page.length);
  res.writeHead(200, headers);
  res.end(buffer, () => pool.push(buffer));
});
server.listen(Number(port), "127.0.0.1", () => console.log("ready"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
