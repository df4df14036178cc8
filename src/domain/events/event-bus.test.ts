import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type ArticleEvent, inMemoryEventBus } from "./event-bus.ts";

const event: ArticleEvent = {
  type: "article.published",
  articleId: 1,
  slug: "a",
  sectionSlugs: ["berita"],
  tagSlugs: [],
  authorSlugs: [],
  at: 0,
};

describe("inMemoryEventBus", () => {
  it("waits for every subscriber and isolates their failures", async () => {
    const seen: string[] = [];
    const errors: unknown[] = [];
    const bus = inMemoryEventBus((err) => errors.push(err));
    bus.subscribe(async () => {
      await new Promise((r) => setTimeout(r, 5));
      seen.push("slow");
    });
    bus.subscribe(() => {
      throw new Error("boom");
    });
    const off = bus.subscribe(() => {
      seen.push("fast");
    });
    await bus.publish(event);
    assert.deepEqual(seen.sort(), ["fast", "slow"]);
    assert.equal(errors.length, 1);
    off();
    await bus.publish(event);
    assert.deepEqual(seen.sort(), ["fast", "slow", "slow"]);
  });
});
