/**
 * Which cache keys carry each tag. Most tags name one page (`article:12` on its own page), so a
 * tag with a single key holds the key itself; a Set is made once a second key joins. With 10,000
 * article pages kept, that is 10,000 small Sets fewer in a worker's heap.
 */
export class TagIndex {
  private readonly keysByTag = new Map<string, string | Set<string>>();

  add(tag: string, key: string): void {
    const keys = this.keysByTag.get(tag);
    if (keys === undefined) this.keysByTag.set(tag, key);
    else if (typeof keys !== "string") keys.add(key);
    else if (keys !== key) this.keysByTag.set(tag, new Set([keys, key]));
  }

  remove(tag: string, key: string): void {
    const keys = this.keysByTag.get(tag);
    if (keys === key || (typeof keys !== "string" && keys?.delete(key) && keys.size === 0)) {
      this.keysByTag.delete(tag);
    }
  }

  /** The keys carrying `tag` (a copy: safe to remove while going through it). */
  keysOf(tag: string): string[] {
    const keys = this.keysByTag.get(tag);
    return keys === undefined ? [] : typeof keys === "string" ? [keys] : [...keys];
  }

  /** The tags starting with `prefix`. */
  tagsStartingWith(prefix: string): string[] {
    return [...this.keysByTag.keys()].filter((tag) => tag.startsWith(prefix));
  }

  clear(): void {
    this.keysByTag.clear();
  }
}
