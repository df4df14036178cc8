import assert from "node:assert/strict";
import { test } from "node:test";
import { utf8Bytes } from "./utf8-bytes.ts";

const page = (extra: string) => `<!doctype html><p>${"Kabar pagi dari Jakarta. ".repeat(400)}${extra}</p>`;

test("a long page's bytes are its UTF-8 encoding, whatever characters it holds", () => {
  const samples = [
    page(""),
    page("“Kutipan,” katanya — lalu… é ñ ß"),
    page("😀 🇮🇩 𝄞 (outside the BMP)"),
    page("\ufeff\ufffe\uffff\u2028\u2029\u0000"),
  ];
  for (const text of samples) assert.deepEqual(utf8Bytes(text), Buffer.from(text, "utf8"));
});

test("every BMP character outside the surrogates survives the round trip", () => {
  let all = "";
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCharCode(c);
  const bytes = utf8Bytes(all);
  assert.deepEqual(bytes, Buffer.from(all, "utf8"));
  assert.equal(bytes.toString("utf8"), all);
});

test("a lone surrogate becomes U+FFFD, as Buffer.from writes it, instead of failing", () => {
  const text = page("broken \ud800 pair \udc00 end");
  assert.deepEqual(utf8Bytes(text), Buffer.from(text, "utf8"));
});

test("short strings are encoded too", () => {
  assert.deepEqual(utf8Bytes("“ok”"), Buffer.from("“ok”"));
  assert.deepEqual(utf8Bytes(""), Buffer.alloc(0));
});
