import { type Actor, can } from "../users/user.types.ts";
import type { ArticleContent, EditorialStatus } from "./editorial.types.ts";

/** What the actor may do with one article right now. The service enforces it; the app shows it. */
export interface ArticleAbilities {
  edit: boolean;
  submit: boolean;
  publish: boolean;
  schedule: boolean;
  unpublish: boolean;
  returnToDraft: boolean;
  correct: boolean;
  delete: boolean;
}

/**
 * The workflow: draft → in_review → scheduled | published → unpublished. Editors and admins may
 * do everything to any article; a reporter writes their own articles while they are drafts or in
 * review, submits them and may withdraw a submission, and never publishes, unpublishes or deletes.
 */
export function abilities(
  actor: Actor,
  article: { status: EditorialStatus; createdBy: number | null },
): ArticleAbilities {
  const publisher = can(actor, "articles.publish");
  const own = article.createdBy === actor.id;
  const s = article.status;
  return {
    edit: publisher || (own && (s === "draft" || s === "in_review")),
    submit: (publisher || own) && s === "draft",
    publish: publisher && s !== "published",
    schedule: publisher && (s === "draft" || s === "in_review" || s === "scheduled"),
    unpublish: publisher && s === "published",
    returnToDraft:
      (publisher && (s === "in_review" || s === "scheduled" || s === "unpublished")) ||
      (own && s === "in_review"),
    correct: publisher && s === "published",
    delete: can(actor, "articles.delete"),
  };
}

/** Once an article has been public its URL is promised to readers: the slug no longer changes. */
export function slugLocked(status: EditorialStatus): boolean {
  return status === "published" || status === "unpublished";
}

/** The content fields that differ between two versions, in the editor's order. */
export function changedFields(before: ArticleContent, after: ArticleContent): (keyof ArticleContent)[] {
  return (Object.keys(after) as (keyof ArticleContent)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
}
