import { readFileSync } from "node:fs";
import { FIXTURE_FILE, FIXTURE_NOW } from "./harness.ts";

export interface FixtureArticle {
  slug: string;
  title: string;
  section: string;
  publishedAt: string;
  status?: string;
  image?: { src: string; caption?: string };
}

/** The portal fixture's records, for tests that need to know what should (not) be shown. */
export function fixtureRecords() {
  const records = readFileSync(FIXTURE_FILE, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { type: string } & Record<string, unknown>);
  const articles = records.filter((r) => r.type === "article") as unknown as FixtureArticle[];
  const now = Date.parse(FIXTURE_NOW);
  const isPublic = (a: FixtureArticle) =>
    (a.status ?? "published") === "published" && Date.parse(a.publishedAt) <= now;
  return {
    records,
    articles,
    publicArticles: articles.filter(isPublic),
    hiddenArticles: articles.filter((a) => !isPublic(a)),
  };
}
