import { type RawBuilder, sql } from "kysely";
import type { SearchFilters, SearchScope } from "./search.types.ts";

/**
 * The article-side conditions both engines add to a match (the article table is aliased `a`):
 * who may see it (checked at query time against the clock, so a scheduled story appears the
 * moment its time comes, and an unpublished one disappears at once) and the reader's filters.
 */
export function articleConditions(scope: SearchScope, filters: SearchFilters): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [];
  if (scope.kind === "public") {
    parts.push(sql<boolean>`a.status = 'published' AND a.published_at <= ${scope.now}`);
  } else if (scope.authorId !== null) {
    parts.push(
      sql<boolean>`(a.status = 'published' OR EXISTS (SELECT 1 FROM article_authors own WHERE own.article_id = a.id AND own.author_id = ${scope.authorId}))`,
    );
  }
  if (filters.sectionIds) {
    const ids = filters.sectionIds.length > 0 ? filters.sectionIds : [-1];
    parts.push(sql<boolean>`a.section_id IN (${sql.join(ids)})`);
  }
  if (filters.authorId !== undefined) {
    parts.push(
      sql<boolean>`EXISTS (SELECT 1 FROM article_authors fa WHERE fa.article_id = a.id AND fa.author_id = ${filters.authorId})`,
    );
  }
  if (filters.publishedFrom !== undefined)
    parts.push(sql<boolean>`a.published_at >= ${filters.publishedFrom}`);
  if (filters.publishedBefore !== undefined)
    parts.push(sql<boolean>`a.published_at < ${filters.publishedBefore}`);
  return parts.length > 0 ? sql<boolean>`${sql.join(parts, sql` AND `)}` : sql<boolean>`1 = 1`;
}
