// The ceiling: a plain Node `http` server that answers every request with the same bytes (a saved
// Warta article page) and the same content type (and content encoding, when the bytes are a
// compressed form). Nothing Warta does per request can be cheaper.
import { readFileSync } from "node:fs";
import http from "node:http";

const [file, port, type = "text/html; charset=utf-8", encoding = ""] = process.argv.slice(2);
const body = readFileSync(file);
const headers = { "content-type": type, "content-length": body.length };
if (encoding) headers["content-encoding"] = encoding;
const server = http.createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(Number(port), "127.0.0.1", () => console.log("ready"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
