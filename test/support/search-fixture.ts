import { readFileSync } from "node:fs";

export const SEARCH_FIXTURE_DIR = new URL("../fixtures/search/", import.meta.url).pathname;
export const SEARCH_FIXTURE_FILE = `${SEARCH_FIXTURE_DIR}articles.ndjson`;
/** The clock the search fixture is written against. */
export const SEARCH_FIXTURE_NOW = "2025-02-07T16:00:00+07:00";

export interface JudgedQuery {
  q: string;
  /** The story that should come first, when one clearly should. */
  top?: string;
  /** Every story that should be in the first five. */
  relevant: string[];
}

export function judgedQueries(): JudgedQuery[] {
  return JSON.parse(readFileSync(`${SEARCH_FIXTURE_DIR}judged-queries.json`, "utf8")) as JudgedQuery[];
}
