export interface Section {
  id: number;
  slug: string;
  name: string;
  parentId: number | null;
  position: number;
}

/** The whole tree, loaded at once: a portal has tens of sections, not thousands. */
export interface SectionTree {
  all: Section[];
  bySlug(slug: string): Section | undefined;
  byId(id: number): Section | undefined;
  children(id: number | null): Section[];
  /** The section and everything below it. */
  descendantIds(id: number): number[];
  /** Root first, the section itself last. */
  path(id: number): Section[];
}

export function buildSectionTree(sections: Section[]): SectionTree {
  const sorted = [...sections].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, "id"));
  const bySlug = new Map(sorted.map((s) => [s.slug, s]));
  const byId = new Map(sorted.map((s) => [s.id, s]));
  const children = (id: number | null) => sorted.filter((s) => s.parentId === id);
  return {
    all: sorted,
    bySlug: (slug) => bySlug.get(slug),
    byId: (id) => byId.get(id),
    children,
    descendantIds(id) {
      const out: number[] = [];
      const walk = (at: number) => {
        if (out.includes(at)) return;
        out.push(at);
        for (const c of children(at)) walk(c.id);
      };
      walk(id);
      return out;
    },
    path(id) {
      const out: Section[] = [];
      let at = byId.get(id);
      while (at && !out.includes(at)) {
        out.unshift(at);
        at = at.parentId === null ? undefined : byId.get(at.parentId);
      }
      return out;
    },
  };
}
