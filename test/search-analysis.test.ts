import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyze, scanWords } from "../src/domain/search/analyzer.ts";
import { fts5Query } from "../src/domain/search/fts5.dialect.ts";
import { parseQuery } from "../src/domain/search/query-parser.ts";
import {
  decodeSearchCursor,
  encodeSearchCursor,
  HEADLINE_WEIGHT,
  rank,
  rarity,
  textScore,
} from "../src/domain/search/ranking.ts";
import { inlineAnalysis, workerAnalysis, workerFile } from "../src/domain/search/rebuild-analysis.ts";
import { highlight, snippet, wordMatcher } from "../src/domain/search/snippet.ts";
import { bestSuggestion, editDistance } from "../src/domain/search/suggest.ts";
import { tsQuery } from "../src/domain/search/tsvector.dialect.ts";
import { Invalid } from "../src/errors.ts";

describe("Indonesian analysis", () => {
  const same = (words: string[]) => {
    const stems = words.map((w) => analyze(w));
    for (const s of stems)
      assert.deepEqual(s, stems[0], `${words.join(", ")} → ${stems.map((x) => x.join("+")).join(", ")}`);
    return stems[0];
  };

  test("affixed forms meet their root", () => {
    assert.deepEqual(same(["berkunjung", "kunjungan", "dikunjungi", "mengunjungi", "pengunjung"]), [
      "kunjung",
    ]);
    assert.deepEqual(same(["membangun", "pembangunan", "dibangun", "bangunan"]), ["bangun"]);
    assert.deepEqual(same(["terbakar", "kebakaran", "membakar", "pembakaran"]), ["bakar"]);
    assert.deepEqual(same(["menanam", "tanaman", "penanaman", "ditanam"]), ["tanam"]);
    assert.deepEqual(same(["menangkap", "ditangkap", "penangkapan", "tangkapan"]), ["tangkap"]);
    assert.deepEqual(same(["dilaporkan", "laporan", "melaporkan"]), ["lapor"]);
    assert.deepEqual(same(["rumahnya", "rumah"]), ["rumah"]);
    assert.deepEqual(same(["pemain", "permainan", "bermain"]), ["main"]);
    assert.deepEqual(same(["pemilu"]), ["pemilu"]);
  });

  test("reduplication collapses to the root", () => {
    assert.deepEqual(same(["anak-anak", "anak-anaknya", "anak"]), ["anak"]);
    assert.deepEqual(same(["bermain-main", "main"]), ["main"]);
    assert.deepEqual(analyze("sayur-mayur"), ["sayur", "mayur"]);
  });

  test("the word scanner finds exactly the words of the documented regular expression", () => {
    const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:(?:[-'’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;
    const texts = [
      "Rp1.500 pada 2024, COVID-19 1.000.000 Jum'at anak-anak Pelé ａｂｃ x- -y 3.a a.3 3.4.5 12,5% ٣.٤ e\u0301t",
      "𝐀𝐁𝐂-𝐃 ’x’ x’’y a--b 7,-8 5. - ... 'quoted' «Bandung»—Jakarta",
      "<p>Banjir rendam 1.250 rumah; warga (lansia) dievakuasi.</p> 3,14,15 v2.0.1 ke-17",
      "",
    ];
    for (const text of texts) {
      const scanned: string[] = [];
      scanWords(text, (start, end) => {
        scanned.push(`${start}:${text.slice(start, end)}`);
      });
      assert.deepEqual(
        scanned,
        [...text.matchAll(WORD_RE)].map((m) => `${m.index}:${m[0]}`),
      );
    }
  });

  test("case and diacritics fold; stop words go; names and numbers stay as typed", () => {
    assert.deepEqual(analyze("PELÉ dan Café"), ["pele", "cafe"]);
    assert.deepEqual(analyze("yang di dari untuk"), []);
    assert.deepEqual(analyze("Suryani Handoko"), ["suryani", "handoko"]);
    assert.deepEqual(analyze("Rp1.500 pada 2024, COVID-19"), ["rp1", "500", "2024", "covid", "19"]);
    assert.deepEqual(analyze("1.000.000 warga"), ["1000000", "warga"]);
    assert.deepEqual(analyze("Jum'at"), ["jumat"]);
  });
});

describe("query syntax", () => {
  const invalid = (raw: string, code: string) =>
    assert.throws(
      () => parseQuery(raw),
      (err) => err instanceof Invalid && err.code === code,
      raw,
    );

  test("words, phrases, exclusions and the last word as a prefix", () => {
    const q = parseQuery('harga "beras medium" -jagung pas');
    assert.deepEqual(
      q.required.map((p) => p.terms),
      [["harga"], ["beras", "medium"], ["pas"]],
    );
    assert.deepEqual(
      q.excluded.map((p) => p.terms),
      [["jagung"]],
    );
    assert.deepEqual(q.prefix, { partIndex: 2, stem: "pas", forms: ["pas"] });
    assert.equal(parseQuery("harga ").prefix, null, "a finished word (space typed) is not a prefix");
    assert.deepEqual(parseQuery("perpus").prefix?.forms, ["perpus", "pus"]);
    assert.equal(parseQuery("banjir").singleWord, "banjir");
    assert.equal(parseQuery("banjir jakarta").singleWord, null);
  });

  test("unusable input is refused with a reason", () => {
    invalid("", "query_empty");
    invalid("   \t ", "query_empty");
    invalid("x".repeat(201), "query_too_long");
    invalid("banjir\u0000", "query_bad_characters");
    invalid("\uFFFD", "query_bad_characters");
    invalid("\uD800abc", "query_bad_characters");
    invalid('- "" ***', "query_no_words");
    invalid("-banjir", "query_only_excluded");
    invalid("yang dan", "query_too_common");
    assert.doesNotThrow(() => parseQuery("kata ".repeat(40)));
    assert.doesNotThrow(() => parseQuery("x".repeat(200)));
  });

  test("engine queries quote every term, so reader text cannot become syntax", () => {
    const q = parseQuery('banjir "NEAR AND" -OR');
    const match = { all: q.required.map((p) => [p.terms]), none: q.excluded.map((p) => [p.terms]) };
    assert.equal(fts5Query(match), '(("banjir") AND ("near and")) NOT ("or")');
    assert.equal(tsQuery(match), "(('banjir') & (('near' <-> 'and'))) & !('or')");
    // In the headline: the marked phrase, and the other words anywhere.
    assert.equal(fts5Query(match, 1), '("ḣnear ḣand") AND ("banjir") NOT ("or")');
    assert.equal(tsQuery(match, 1), "(('ḣnear' <-> 'ḣand')) & (('banjir')) & !('or')");
  });
});

describe("ranking", () => {
  const day = 86_400_000;
  const t0 = 1_000 * day;
  test("a headline-strength match beats a weak newer one; equal matches go newest first", () => {
    const ranked = rank(
      [
        { id: 1, textScore: 3, publishedAt: t0 - 400 * day },
        { id: 2, textScore: 1, publishedAt: t0 - day },
        { id: 3, textScore: 1, publishedAt: t0 - 10 * day },
      ],
      "relevance",
      t0,
    );
    assert.deepEqual(
      ranked.map((r) => r.id),
      [1, 2, 3],
    );
    const newest = rank(
      [
        { id: 1, textScore: 3, publishedAt: t0 - 400 * day },
        { id: 2, textScore: 1, publishedAt: t0 - day },
      ],
      "newest",
      t0,
    );
    assert.deepEqual(
      newest.map((r) => r.id),
      [2, 1],
    );
  });

  test("the text score is the rarity-weighted share of the query found in the headline", () => {
    assert.equal(textScore([true, true], [1, 1]), HEADLINE_WEIGHT);
    assert.equal(textScore([false, false], [1, 1]), 1);
    const rareInHeadline = textScore([true, false], [rarity(10), rarity(100_000)]);
    const commonInHeadline = textScore([false, true], [rarity(10), rarity(100_000)]);
    assert.ok(rareInHeadline > commonInHeadline && commonInHeadline > 1);
  });

  test("cursors round-trip and refuse tampering", () => {
    const c = { sort: "relevance" as const, t0: 123456789, key: 1.2345678901234567, id: 42 };
    assert.deepEqual(decodeSearchCursor(encodeSearchCursor(c)), c);
    assert.throws(() => decodeSearchCursor("!!"), Invalid);
    assert.throws(() => decodeSearchCursor(Buffer.from('["x",1,1,1]').toString("base64url")), Invalid);
  });
});

describe("highlights and suggestions", () => {
  test("matched words are separate segments, in the original spelling", () => {
    const terms = wordMatcher(new Set(["kunjung"]));
    assert.deepEqual(highlight("Kunjungan <b>wisata</b>", terms), [
      { text: "Kunjungan", hit: true },
      { text: " <b>wisata</b>", hit: false },
    ]);
    const long = `${"kata ".repeat(80)}wisatawan berkunjung ke pulau ${"lain ".repeat(80)}`;
    const segs = snippet(long, terms, 20);
    assert.equal(segs[0]?.text, "… ");
    assert.equal(
      segs
        .filter((s) => s.hit)
        .map((s) => s.text)
        .join(),
      "berkunjung",
    );
  });

  test("one or two edits, the commonest word wins", () => {
    assert.equal(editDistance("gempa", "gemap", 2), 1);
    assert.equal(editDistance("banjir", "banjri", 2), 1);
    assert.equal(editDistance("kebakaran", "kbakarn", 2), 2);
    const vocab = [
      { term: "gempa", docs: 40 },
      { term: "gembala", docs: 3 },
      { term: "tempa", docs: 90 },
    ];
    assert.equal(bestSuggestion(["gemap"], vocab), "gempa");
    assert.equal(bestSuggestion(["gempa"], vocab), null, "a known word needs no suggestion");
    assert.equal(bestSuggestion(["zzzzz"], vocab), null);
  });
});

describe("rebuild analysis", () => {
  test("a worker thread analyses batches and counts the vocabulary exactly as the main thread does", async () => {
    const article = (id: number, status: string, title: string, body: string) => ({
      id,
      title,
      kicker: null,
      excerpt: `Ringkasan ${title}`,
      bodyHtml: `<p>${body}</p>`,
      status,
      tags: ["Banjir Jakarta"],
    });
    const batches = [
      [
        article(1, "published", "Banjir Rendam Cilandak", "Warga dievakuasi; anak-anak mengungsi ke masjid."),
        article(2, "draft", "Rahasia Redaksi", "Kata rahasia tidak boleh masuk kosakata."),
      ],
      [
        article(
          3,
          "published",
          "Gubernur Kunjungi Pengungsi",
          "Kunjungan berlangsung 1.500 menit &amp; lancar.",
        ),
      ],
    ];
    const file = workerFile();
    assert.ok(file, "the worker's entry file is found");
    const inThread = inlineAnalysis();
    const inWorker = workerAnalysis(file);
    try {
      for (const batch of batches)
        assert.deepEqual(await inWorker.analyse(batch), await inThread.analyse(batch));
      const vocabulary = await inWorker.vocabulary();
      assert.deepEqual(vocabulary, await inThread.vocabulary());
      assert.equal(vocabulary.get("banjir"), 2, "headline of one story, tag of the other");
      assert.equal(vocabulary.get("kunjung"), 1);
      assert.equal(vocabulary.has("rahasia"), false, "drafts stay out of the vocabulary");
      const [first] = await inWorker.analyse([batches[0]?.[0] as (typeof batches)[0][0]]);
      assert.equal(first?.headlineMarks, "ḣbanjir ḣrendam ḣcilandak");
    } finally {
      await inWorker.close();
    }
  });
});
