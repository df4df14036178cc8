import { analyze, headlineTerm } from "./analyzer.ts";
import type { IndexableArticle, IndexedText } from "./search.repository.ts";
import type { SearchDocument } from "./search.types.ts";
import { htmlText } from "./snippet.ts";

/** The analysed form of an article: headline apart from the rest, which also carries tags. */
export function documentOf(a: IndexableArticle): SearchDocument {
  return {
    articleId: a.id,
    headline: analyze(a.title),
    body: analyze([a.kicker ?? "", a.excerpt ?? "", htmlText(a.bodyHtml), a.tags.join(". ")].join(". ")),
    isPublished: a.status === "published",
  };
}

/** A document as the dialects store it: terms joined by spaces, the headline's also marked. */
export function indexedText(doc: SearchDocument): IndexedText {
  return {
    articleId: doc.articleId,
    headline: doc.headline.join(" "),
    body: doc.body.join(" "),
    headlineMarks: doc.headline.map(headlineTerm).join(" "),
  };
}

/**
 * A rebuild's analysis of one batch: the texts to store, with the distinct terms of each public
 * story counted into `vocabulary` (how many public stories hold each term). Pure apart from the
 * counts, so it runs the same inline or in a worker thread.
 */
export function analyseBatch(articles: IndexableArticle[], vocabulary: Map<string, number>): IndexedText[] {
  return articles.map((a) => {
    const doc = documentOf(a);
    if (doc.isPublished) {
      // Each term counts once per story: `seen` remembers which terms this story already counted.
      const seen = new Set<string>();
      for (const terms of [doc.headline, doc.body]) {
        for (const t of terms) {
          if (seen.has(t)) continue;
          seen.add(t);
          vocabulary.set(t, (vocabulary.get(t) ?? 0) + 1);
        }
      }
    }
    return indexedText(doc);
  });
}
