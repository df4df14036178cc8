import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Actor } from "../users/user.types.ts";
import type { ArticleContent } from "./editorial.types.ts";
import { abilities, changedFields, slugLocked } from "./workflow.ts";

const reporter: Actor = { id: 7, name: "Sari", role: "reporter", authorId: 3 };
const editor: Actor = { id: 8, name: "Budi", role: "editor", authorId: null };

describe("workflow rules", () => {
  it("lets a reporter write and submit their own draft but never publish or delete", () => {
    const own = abilities(reporter, { status: "draft", createdBy: 7 });
    assert.equal(own.edit, true);
    assert.equal(own.submit, true);
    assert.equal(own.publish, false);
    assert.equal(own.schedule, false);
    assert.equal(own.delete, false);
    assert.equal(abilities(reporter, { status: "draft", createdBy: 9 }).edit, false, "not others' work");
    assert.equal(
      abilities(reporter, { status: "published", createdBy: 7 }).edit,
      false,
      "not once published",
    );
    assert.equal(
      abilities(reporter, { status: "in_review", createdBy: 7 }).returnToDraft,
      true,
      "may withdraw",
    );
  });

  it("lets an editor move any article along the workflow", () => {
    assert.equal(abilities(editor, { status: "in_review", createdBy: 7 }).publish, true);
    assert.equal(abilities(editor, { status: "in_review", createdBy: 7 }).schedule, true);
    assert.equal(abilities(editor, { status: "published", createdBy: null }).unpublish, true);
    assert.equal(abilities(editor, { status: "published", createdBy: null }).correct, true);
    assert.equal(
      abilities(editor, { status: "draft", createdBy: null }).correct,
      false,
      "corrections are for published stories",
    );
    assert.equal(abilities(editor, { status: "published", createdBy: null }).schedule, false);
  });

  it("fixes the slug once an article has been public", () => {
    assert.equal(slugLocked("draft"), false);
    assert.equal(slugLocked("scheduled"), false);
    assert.equal(slugLocked("published"), true);
    assert.equal(slugLocked("unpublished"), true);
  });

  it("names the fields that differ between two versions", () => {
    const base: ArticleContent = {
      title: "A",
      kicker: null,
      slug: "a",
      excerpt: null,
      sectionId: 1,
      tags: ["x"],
      authorIds: [1, 2],
      lead: null,
      seoTitle: null,
      seoDescription: null,
      bodyHtml: "<p>a</p>",
    };
    assert.deepEqual(changedFields(base, { ...base }), []);
    assert.deepEqual(changedFields(base, { ...base, authorIds: [2, 1], bodyHtml: "<p>b</p>" }), [
      "authorIds",
      "bodyHtml",
    ]);
  });
});
