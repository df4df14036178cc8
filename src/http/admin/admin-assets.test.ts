import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { ADMIN_SOURCE_DIR, type AdminManifest, buildAdminAssets, readFreshManifest } from "./admin-assets.ts";

describe("building the newsroom app", () => {
  let outDir: string;
  let manifest: AdminManifest;
  before(async () => {
    outDir = await mkdtemp(join(tmpdir(), "warta-admin-build-"));
    manifest = await buildAdminAssets({ outDir });
  });
  after(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it("writes hashed script and styles, each with br and gzip copies, and a manifest naming them", async () => {
    const files = await readdir(outDir);
    assert.match(manifest.script, /^admin-[A-Z0-9]{8}\.js$/);
    assert.equal(manifest.styles.length, 1);
    for (const name of [manifest.script, ...manifest.styles]) {
      for (const suffix of ["", ".br", ".gz"]) assert.ok(files.includes(name + suffix), `${name}${suffix}`);
    }
    assert.ok(files.includes("manifest.json"));
    assert.ok(!files.some((f) => f.endsWith(".tmp")), "no half-written files left");
  });

  it("counts a build as current until a source file is newer, and a missing build as none", async () => {
    assert.deepEqual(await readFreshManifest(ADMIN_SOURCE_DIR, outDir), manifest);
    const sources = await mkdtemp(join(tmpdir(), "warta-admin-src-"));
    try {
      await mkdir(join(sources, "editor"));
      const edited = join(sources, "editor", "rich-text.tsx");
      await writeFile(edited, "// edited after the build\n");
      const later = new Date(Date.now() + 60_000);
      await utimes(edited, later, later);
      assert.equal(await readFreshManifest(sources, outDir), null);
      const earlier = new Date(Date.now() - 3_600_000);
      await utimes(edited, earlier, earlier);
      assert.deepEqual(await readFreshManifest(sources, outDir), manifest);
    } finally {
      await rm(sources, { recursive: true, force: true });
    }
    assert.equal(await readFreshManifest(ADMIN_SOURCE_DIR, join(outDir, "nothing-here")), null);
  });
});
