import type { Clock } from "../../clock.ts";
import type { createSectionRepository } from "./section.repository.ts";
import type { Section } from "./section.types.ts";

type SectionRepository = ReturnType<typeof createSectionRepository>;

/**
 * The section list, read once and kept: every page prints the navigation, and sections change a
 * few times a year. `forget()` is called on every `sections.changed` event (in every process of
 * a cluster); `maxAgeMs` bounds what a change made outside the event bus (a `warta import` into
 * a running site's database) can leave stale.
 */
export function cachedSections(repo: SectionRepository, clock: Clock, maxAgeMs: number) {
  let kept: { at: number; sections: Promise<Section[]> } | null = null;
  return {
    ...repo,
    all(): Promise<Section[]> {
      const now = clock.now().getTime();
      if (!kept || now - kept.at > maxAgeMs || now < kept.at) {
        const sections = repo.all();
        kept = { at: now, sections };
        sections.catch(() => {
          if (kept?.sections === sections) kept = null;
        });
      }
      return kept.sections;
    },
    forget(): void {
      kept = null;
    },
  };
}
