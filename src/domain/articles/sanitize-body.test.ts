import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sanitizeBody } from "./sanitize-body.ts";

describe("sanitizeBody", () => {
  it("keeps the structure a story needs", () => {
    const html =
      '<h2>Latar</h2><p>Kata <strong>tegas</strong> dan <a href="https://contoh.id/a">tautan</a>.</p>';
    assert.equal(sanitizeBody(html), html);
  });

  it("removes scripts, handlers and javascript: links", () => {
    const out = sanitizeBody(
      '<p onclick="x()">Hai<script>alert(1)</script></p><a href="javascript:alert(1)">x</a><img src="x" onerror="y">',
    );
    assert.doesNotMatch(out, /script|onclick|onerror|javascript:/);
    assert.match(out, /<p>Hai<\/p>/);
  });

  it("protects window.opener on links that open a new tab", () => {
    assert.match(sanitizeBody('<a href="https://x.id" target="_blank">x</a>'), /rel="noopener noreferrer"/);
  });
});
