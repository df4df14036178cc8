/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbouring letters, the
 * commonest typo), giving up as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (i > 0 && rowMin > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

/**
 * The vocabulary word a misspelt word most likely meant: the fewest edits (one or two; words of
 * up to four letters get one), then the most stories. `words` are the forms the reader typed
 * (folded) and its stem; candidates come from the site's own vocabulary.
 */
export function bestSuggestion(words: string[], candidates: { term: string; docs: number }[]): string | null {
  let best: { term: string; distance: number; docs: number } | null = null;
  for (const c of candidates) {
    if (words.includes(c.term)) return null;
    const allowed = Math.min(2, Math.max(1, Math.floor(c.term.length / 3)));
    const distance = Math.min(...words.map((w) => editDistance(w, c.term, allowed)));
    if (distance > allowed) continue;
    if (!best || distance < best.distance || (distance === best.distance && c.docs > best.docs)) {
      best = { term: c.term, distance, docs: c.docs };
    }
  }
  return best?.term ?? null;
}
