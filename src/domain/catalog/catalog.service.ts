import { Conflict, Forbidden, Invalid, NotFound } from "../../errors.ts";
import type { NewsroomRepositories } from "../../storage/newsroom-repositories.ts";
import { isSlug, slugify } from "../slug.ts";
import { type Actor, can } from "../users/user.types.ts";

type Table = "sections" | "tags" | "authors";

/**
 * Sections, tags and authors as the newsroom manages them: everybody signed in may list them,
 * editors and admins change them. Slugs are URLs, so they are checked and kept unique.
 */
export function createCatalogService(
  repos: NewsroomRepositories,
  /** After a change that shows on published pages: tell caches (editorial.announceChanged). */
  announce: (
    ids: number[],
    former: { tagSlugs?: string[]; authorSlugs?: string[] },
  ) => Promise<void> = async () => {},
  /** After a section was added, renamed, moved or removed: every page's navigation shows it. */
  sectionsChanged: () => Promise<void> = async () => {},
) {
  const { catalog } = repos;

  function requireManager(actor: Actor): void {
    if (!can(actor, "catalog.manage")) {
      throw new Forbidden("forbidden", "Hanya editor yang boleh mengelola kanal, topik dan penulis.");
    }
  }

  function name(value: string | undefined, required: boolean): string | undefined {
    if (value === undefined && !required) return undefined;
    const trimmed = value?.trim() ?? "";
    if (!trimmed) throw new Invalid("name_required", "Nama wajib diisi.", { field: "name" });
    if (trimmed.length > 200) throw new Invalid("too_long", "Nama maksimal 200 karakter.", { field: "name" });
    return trimmed;
  }

  async function slug(
    table: Table,
    requested: string | null | undefined,
    fromName: string | undefined,
    exceptId?: number,
  ) {
    const value = requested?.trim() || (fromName !== undefined ? slugify(fromName) : undefined);
    if (value === undefined) return undefined;
    if (!isSlug(value))
      throw new Invalid("bad_slug", "Slug hanya boleh huruf kecil, angka dan tanda hubung.", {
        field: "slug",
      });
    if (await catalog.slugTaken(table, value, exceptId)) {
      throw new Invalid("slug_taken", "Slug ini sudah dipakai.", { field: "slug" });
    }
    return value;
  }

  async function parent(
    parentId: number | null | undefined,
    selfId?: number,
  ): Promise<number | null | undefined> {
    if (parentId === undefined || parentId === null) return parentId;
    const all = await repos.sections.all();
    if (!all.some((s) => s.id === parentId))
      throw new Invalid("unknown_section", "Kanal induk tidak ada.", { field: "parentId" });
    // Walking up from the new parent must never reach the section itself.
    for (let at = all.find((s) => s.id === parentId); at; at = all.find((s) => s.id === at?.parentId)) {
      if (at.id === selfId)
        throw new Invalid("cycle", "Kanal tidak bisa berada di bawah dirinya sendiri.", {
          field: "parentId",
        });
    }
    return parentId;
  }

  return {
    sections: () => repos.sections.all(),

    async createSection(
      actor: Actor,
      input: { name: string; slug?: string | null; parentId?: number | null; position?: number },
    ) {
      requireManager(actor);
      const n = name(input.name, true) as string;
      const s = (await slug("sections", input.slug, n)) as string;
      const parentId = (await parent(input.parentId)) ?? null;
      const created = await catalog.insertSection({
        slug: s,
        name: n,
        parentId,
        position: input.position ?? 0,
      });
      await sectionsChanged();
      return created;
    },

    async updateSection(
      actor: Actor,
      id: number,
      input: { name?: string; slug?: string | null; parentId?: number | null; position?: number },
    ) {
      requireManager(actor);
      if (!(await repos.sections.all()).some((s) => s.id === id))
        throw new NotFound("section_not_found", "Kanal tidak ditemukan.");
      const n = name(input.name, false);
      const s = input.slug ? await slug("sections", input.slug, undefined, id) : undefined;
      const parentId = await parent(input.parentId, id);
      await catalog.updateSection(id, {
        ...(n !== undefined ? { name: n } : {}),
        ...(s !== undefined ? { slug: s } : {}),
        ...(parentId !== undefined ? { parentId } : {}),
        ...(input.position !== undefined ? { position: input.position } : {}),
      });
      await sectionsChanged();
    },

    async deleteSection(actor: Actor, id: number) {
      requireManager(actor);
      if ((await catalog.sectionUsage(id)) > 0) {
        throw new Conflict("section_in_use", "Kanal ini masih berisi artikel atau subkanal.");
      }
      await catalog.deleteSection(id);
      await sectionsChanged();
    },

    tags: (query: string | null) => catalog.tags(query ? slugify(query) : null, 200),

    async createTag(actor: Actor, input: { name: string; slug?: string | null }) {
      requireManager(actor);
      const n = name(input.name, true) as string;
      return catalog.insertTag({ name: n, slug: (await slug("tags", input.slug, n)) as string });
    },

    async updateTag(actor: Actor, id: number, input: { name?: string; slug?: string | null }) {
      requireManager(actor);
      const before = await catalog.findTag(id);
      if (!before) throw new NotFound("tag_not_found", "Topik tidak ditemukan.");
      const n = name(input.name, false);
      const s = input.slug ? await slug("tags", input.slug, undefined, id) : undefined;
      await catalog.updateTag(id, {
        ...(n !== undefined ? { name: n } : {}),
        ...(s !== undefined ? { slug: s } : {}),
      });
      await announce(await repos.editorial.publishedIdsUsing({ tagId: id }), { tagSlugs: [before.slug] });
    },

    async deleteTag(actor: Actor, id: number) {
      requireManager(actor);
      const before = await catalog.findTag(id);
      if (!before) return;
      const shown = await repos.editorial.publishedIdsUsing({ tagId: id });
      await catalog.deleteTag(id);
      await announce(shown, { tagSlugs: [before.slug] });
    },

    authors: () => catalog.authors(),

    async createAuthor(actor: Actor, input: { name: string; slug?: string | null; bio?: string | null }) {
      requireManager(actor);
      const n = name(input.name, true) as string;
      return catalog.insertAuthor({
        name: n,
        slug: (await slug("authors", input.slug, n)) as string,
        bio: input.bio?.trim() || null,
      });
    },

    async updateAuthor(
      actor: Actor,
      id: number,
      input: { name?: string; slug?: string | null; bio?: string | null },
    ) {
      requireManager(actor);
      const before = await catalog.findAuthor(id);
      if (!before) throw new NotFound("author_not_found", "Penulis tidak ditemukan.");
      const n = name(input.name, false);
      const s = input.slug ? await slug("authors", input.slug, undefined, id) : undefined;
      await catalog.updateAuthor(id, {
        ...(n !== undefined ? { name: n } : {}),
        ...(s !== undefined ? { slug: s } : {}),
        ...(input.bio !== undefined ? { bio: input.bio?.trim() || null } : {}),
      });
      await announce(await repos.editorial.publishedIdsUsing({ authorId: id }), {
        authorSlugs: [before.slug],
      });
    },

    async deleteAuthor(actor: Actor, id: number) {
      requireManager(actor);
      if ((await catalog.authorUsage(id)) > 0)
        throw new Conflict("author_in_use", "Penulis ini masih tercantum di artikel.");
      await catalog.deleteAuthor(id);
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
