import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { workerHeapFlags } from "./primary.ts";

describe("workerHeapFlags", () => {
  it("gives workers the tighter heap settings unless the operator set their own", () => {
    assert.deepEqual(workerHeapFlags([]), ["--heap-growing-percent=30"]);
    assert.deepEqual(workerHeapFlags(["--max_semi_space_size=32", "--enable-source-maps"]), [
      "--heap-growing-percent=30",
    ]);
    assert.deepEqual(workerHeapFlags(["--heap_growing_percent=100", "--max-semi-space-size=16"]), []);
  });

  it("lets the heap grow further between collections when the workers keep no page cache", () => {
    assert.deepEqual(workerHeapFlags([], false), ["--heap-growing-percent=100"]);
    assert.deepEqual(workerHeapFlags(["--heap-growing-percent=50"], false), []);
  });
});
