import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { derive, headlineVerb } from "./indonesian-morphology.ts";

describe("Indonesian affixation", () => {
  it("applies the nasal sound changes of meN- and peN-", () => {
    assert.equal(derive("tulis", "m"), "menulis");
    assert.equal(derive("kirim", "m"), "mengirim");
    assert.equal(derive("sapu", "m"), "menyapu");
    assert.equal(derive("pukul", "m"), "memukul");
    assert.equal(derive("bangun", "m"), "membangun");
    assert.equal(derive("dukung", "m"), "mendukung");
    assert.equal(derive("ambil", "m"), "mengambil");
    assert.equal(derive("lapor", "m"), "melapor");
    assert.equal(derive("bangun", "p"), "pembangunan");
    assert.equal(derive("kirim", "p"), "pengiriman");
    assert.equal(derive("selidik", "p"), "penyelidikan");
    assert.equal(derive("rawat", "e"), "perawat");
  });

  it("keeps the first consonant of a cluster and uses menge- before one syllable", () => {
    assert.equal(derive("proses", "m"), "memproses");
    assert.equal(derive("kritik", "m"), "mengkritik");
    assert.equal(derive("bom", "m"), "mengebom");
  });

  it("forms passives, statives, ber-, ke-…-an and suffixed verbs", () => {
    assert.equal(derive("sampai", "D"), "disampaikan");
    assert.equal(derive("umum", "K"), "mengumumkan");
    assert.equal(derive("awas", "I"), "mengawasi");
    assert.equal(derive("rendam", "t"), "terendam");
    assert.equal(derive("tangkap", "t"), "tertangkap");
    assert.equal(derive("rencana", "b"), "berencana");
    assert.equal(derive("temu", "b"), "bertemu");
    assert.equal(derive("sehat", "k"), "kesehatan");
    assert.equal(derive("catat", "a"), "catatan");
  });

  it("gives headlines the bare verb", () => {
    assert.equal(headlineVerb("tangkap", "m"), "tangkap");
    assert.equal(headlineVerb("tingkat", "K"), "tingkatkan");
    assert.equal(headlineVerb("tangan", "I"), "tangani");
  });
});
