import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { generatePassword, hashPassword, verifyPassword } from "./password.ts";

describe("passwords", () => {
  it("verifies the password it hashed and nothing else", async () => {
    const hash = await hashPassword("sandi-rahasia-panjang");
    assert.match(hash, /^scrypt\$32768\$8\$1\$/);
    assert.equal(await verifyPassword("sandi-rahasia-panjang", hash), true);
    assert.equal(await verifyPassword("sandi-rahasia-panjanG", hash), false);
    assert.notEqual(await hashPassword("sandi-rahasia-panjang"), hash, "salted");
  });

  it("generates long passwords from an unambiguous alphabet", () => {
    const seen = new Set(Array.from({ length: 50 }, () => generatePassword()));
    assert.equal(seen.size, 50);
    for (const p of seen) assert.match(p, /^[a-km-zA-HJ-NP-Z2-9]{20}$/);
  });
});
