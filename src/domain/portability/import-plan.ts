import type { Repositories } from "../../storage/repositories.ts";
import {
  type ArticleRecord,
  type AuthorRecord,
  ImportLineError,
  type ImportRecord,
  type SectionRecord,
  type ViewsRecord,
} from "./import-records.ts";

/** A file's records grouped by kind, each slug once: what the writer works from. */
export interface ImportPlan {
  sections: SectionRecord[];
  authors: AuthorRecord[];
  articles: ArticleRecord[];
  views: ViewsRecord[];
}

export function groupRecords(records: ImportRecord[], errors: ImportLineError[]): ImportPlan {
  const plan: ImportPlan = { sections: [], authors: [], articles: [], views: [] };
  const seen = new Map<string, number>();
  for (const r of records) {
    if (r.type === "views") {
      plan.views.push(r);
      continue;
    }
    const key = `${r.type}:${r.slug}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(new ImportLineError(r.line, `${r.type} "${r.slug}" is already defined on line ${first}`));
      continue;
    }
    seen.set(key, r.line);
    if (r.type === "section") plan.sections.push(r);
    else if (r.type === "author") plan.authors.push(r);
    else plan.articles.push(r);
  }
  return plan;
}

/** Every reference must resolve inside the file or against what is stored; cycles are refused. */
export async function checkReferences(
  repos: Repositories,
  plan: ImportPlan,
  errors: ImportLineError[],
): Promise<void> {
  const existingSections = new Set((await repos.sections.all()).map((s) => s.slug));
  const fileSections = new Map(plan.sections.map((s) => [s.slug, s]));
  const sectionKnown = (slug: string) => fileSections.has(slug) || existingSections.has(slug);

  for (const s of plan.sections) {
    if (s.parent === null) continue;
    if (!sectionKnown(s.parent)) {
      errors.push(new ImportLineError(s.line, `unknown parent section "${s.parent}"`));
      continue;
    }
    // A parent chain inside the file must end at a root or at a section already stored.
    const chain = new Set([s.slug]);
    let at = fileSections.get(s.parent);
    while (at) {
      if (chain.has(at.slug)) {
        errors.push(new ImportLineError(s.line, `section "${s.slug}" is its own ancestor`));
        break;
      }
      chain.add(at.slug);
      at = at.parent ? fileSections.get(at.parent) : undefined;
    }
  }

  const authorSlugs = [...new Set(plan.articles.flatMap((a) => a.authors))];
  const storedAuthors = await repos.authors.idsBySlugs(
    authorSlugs.filter((a) => !plan.authors.some((x) => x.slug === a)),
  );
  const fileAuthors = new Set(plan.authors.map((a) => a.slug));
  for (const a of plan.articles) {
    if (!sectionKnown(a.section)) errors.push(new ImportLineError(a.line, `unknown section "${a.section}"`));
    for (const author of a.authors) {
      if (!fileAuthors.has(author) && !storedAuthors.has(author)) {
        errors.push(new ImportLineError(a.line, `unknown author "${author}"`));
      }
    }
    if (new Set(a.authors).size !== a.authors.length) {
      errors.push(new ImportLineError(a.line, "an author is listed twice"));
    }
  }

  const fileArticles = new Set(plan.articles.map((a) => a.slug));
  const viewSlugs = [...new Set(plan.views.map((v) => v.article))].filter((s) => !fileArticles.has(s));
  const storedArticles = await repos.articles.idsBySlugs(viewSlugs);
  for (const v of plan.views) {
    if (!fileArticles.has(v.article) && !storedArticles.has(v.article)) {
      errors.push(new ImportLineError(v.line, `unknown article "${v.article}"`));
    }
  }
}
