import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sanitizeBody } from "../articles/sanitize-body.ts";
import { IndonesianWriter, titleCase } from "./indonesian-text.ts";
import { Random } from "./random.ts";

const stories = (seed: number, n: number) => {
  const writer = new IndonesianWriter(new Random(seed));
  return Array.from({ length: n }, () => writer.story());
};

const plainWords = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .split(/\s+/)
    .filter((w) => /[a-z]/i.test(w));

describe("generated Indonesian text", () => {
  it("is the same for the same seed and different for another", () => {
    assert.deepEqual(stories(7, 5), stories(7, 5));
    assert.notDeepEqual(stories(7, 5), stories(8, 5));
  });

  it("has 400 to 900 words per body, a dateline lead that is also the excerpt", () => {
    for (const s of stories(3, 200)) {
      const words = plainWords(s.bodyHtml).length;
      assert.ok(words >= 400 && words <= 960, `body has ${words} words`);
      assert.ok(s.bodyHtml.startsWith(`<p>${s.place.toUpperCase()}, Warta — ${s.excerpt}`));
      assert.ok(s.title.length > 10 && !s.title.includes("<"));
    }
  });

  it("is HTML the article sanitiser keeps unchanged", () => {
    for (const s of stories(11, 50)) assert.equal(sanitizeBody(s.bodyHtml), s.bodyHtml);
  });

  it("uses affixed, suffixed and reduplicated forms", () => {
    const words = new Set(stories(5, 30).flatMap((s) => plainWords(s.bodyHtml.toLowerCase())));
    const has = (re: RegExp) => [...words].some((w) => re.test(w));
    assert.ok(has(/^mem(b|p)/) && has(/^meng/) && has(/^meny/), "meN- forms");
    assert.ok(has(/^di\w+kan\W*$/), "di-…-kan forms");
    assert.ok(has(/^pe(m|n|ng|ny)\w+an\W*$/), "peN-…-an forms");
    assert.ok(has(/^ter\w+/) && has(/^ber\w+/), "ter- and ber- forms");
    assert.ok(has(/^ke\w+an\W*$/), "ke-…-an forms");
    assert.ok(has(/\w+nya\W*$/), "-nya forms");
    assert.ok(has(/^(\w+)-\1\W*$/), "reduplication");
  });

  it("cases headlines the Indonesian way", () => {
    assert.equal(titleCase("harga beras di medan naik"), "Harga Beras di Medan Naik");
  });
});
