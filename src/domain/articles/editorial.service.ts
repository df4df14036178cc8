import type { Clock } from "../../clock.ts";
import { Conflict, Forbidden, Invalid, NotFound } from "../../errors.ts";
import type { NewsroomRepositories, NewsroomUnitOfWork } from "../../storage/newsroom-repositories.ts";
import type { ArticleEventType, EventBus } from "../events/event-bus.ts";
import { buildSectionTree } from "../sections/section.types.ts";
import { isSlug, slugify } from "../slug.ts";
import { type Actor, can } from "../users/user.types.ts";
import type {
  ArticleContent,
  ArticleInput,
  EditorialArticle,
  EditorialCursor,
  EditorialFilter,
  EditorialListItem,
  EditorialStatus,
} from "./editorial.types.ts";
import { ensureTags, normalizeInput } from "./editorial-input.ts";
import { type ArticleAbilities, abilities, changedFields, slugLocked } from "./workflow.ts";

export const PUBLISH_JOB = "publish-article";
const jobKey = (id: number) => `${PUBLISH_JOB}:${id}`;

/** A save based on an old version: carries what changed since, so nothing is silently overwritten. */
export class StaleVersion extends Conflict {
  constructor(
    readonly articleId: number,
    readonly currentVersion: number,
    readonly changed: string[],
  ) {
    super("stale_version", "Artikel ini sudah diubah orang lain sejak Anda membukanya.", {
      details: { currentVersion, changed },
    });
  }
}

/** What an announcement needs about an article, before and after a change. */
interface Footprint {
  id: number;
  slug: string;
  sectionId: number;
  tagSlugs: string[];
  authorIds: number[];
  /** Slugs the article no longer shows but whose pages listed it (a renamed or deleted tag). */
  formerTagSlugs?: string[];
  formerAuthorSlugs?: string[];
}

export interface EditorialDeps {
  repos: NewsroomRepositories;
  transaction: NewsroomUnitOfWork;
  clock: Clock;
  events: EventBus;
}

/**
 * The newsroom's rules: who may write, submit, schedule, publish, unpublish, correct and delete
 * (see workflow.ts), every save a revision with optimistic concurrency, every step an event row
 * (who, when), and after commit a domain event so caches and search change at once.
 */
export function createEditorialService(deps: EditorialDeps) {
  const { repos, transaction, clock, events } = deps;
  const now = () => clock.now().getTime();

  async function load(r: NewsroomRepositories, id: number): Promise<EditorialArticle> {
    const article = await r.editorial.find(id);
    if (!article) throw new NotFound("article_not_found", "Artikel tidak ditemukan.");
    return article;
  }

  function allow(
    actor: Actor,
    article: EditorialArticle,
    ability: keyof ArticleAbilities,
    message: string,
  ): void {
    if (!abilities(actor, { status: article.status, createdBy: article.createdBy?.id ?? null })[ability]) {
      throw new Forbidden("forbidden", message);
    }
  }

  const footprint = (a: EditorialArticle): Footprint => ({
    id: a.id,
    slug: a.slug,
    sectionId: a.section.id,
    tagSlugs: a.tags.map((t) => t.slug),
    authorIds: a.authors.map((x) => x.id),
  });

  /** After commit: pages showing the article (before and after the change) are told at once. */
  async function announce(type: ArticleEventType, ...prints: Footprint[]): Promise<void> {
    const [first] = prints;
    if (!first) return;
    const tree = buildSectionTree(await repos.sections.all());
    const authors = new Map((await repos.authors.all()).map((a) => [a.id, a.slug]));
    const uniq = (xs: string[]) => [...new Set(xs)];
    await events.publish({
      type,
      articleId: first.id,
      slug: first.slug,
      sectionSlugs: uniq(prints.flatMap((p) => tree.path(p.sectionId).map((s) => s.slug))),
      tagSlugs: uniq(prints.flatMap((p) => [...p.tagSlugs, ...(p.formerTagSlugs ?? [])])),
      authorSlugs: uniq(
        prints.flatMap((p) => [
          ...p.authorIds.flatMap((id) => authors.get(id) ?? []),
          ...(p.formerAuthorSlugs ?? []),
        ]),
      ),
      at: now(),
    });
  }

  /** The slug a save writes: generated from the title unless given, unique, fixed once public. */
  async function resolveSlug(
    r: NewsroomRepositories,
    requested: string | null | undefined,
    title: string,
    existing: EditorialArticle | null,
  ): Promise<string> {
    // Omitted on a save: the slug stays. Null or empty: made again from the title.
    if (requested === undefined && existing) return existing.slug;
    const wanted = requested?.trim() ?? "";
    if (existing && slugLocked(existing.status)) {
      if (wanted && wanted !== existing.slug) {
        throw new Invalid("slug_locked", "Slug tidak dapat diubah setelah artikel terbit.", {
          field: "slug",
        });
      }
      return existing.slug;
    }
    if (wanted) {
      if (!isSlug(wanted)) {
        throw new Invalid("bad_slug", "Slug hanya boleh huruf kecil, angka dan tanda hubung.", {
          field: "slug",
        });
      }
      if (await r.editorial.slugTaken(wanted, existing?.id)) {
        throw new Invalid("slug_taken", "Slug ini sudah dipakai artikel lain.", { field: "slug" });
      }
      return wanted;
    }
    if (existing && existing.slug.replace(/-\d+$/, "") === slugify(title).slice(0, 100)) return existing.slug;
    const base = slugify(title).slice(0, 100).replace(/-+$/, "") || "artikel";
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!(await r.editorial.slugTaken(candidate, existing?.id))) return candidate;
    }
  }

  async function buildContent(
    r: NewsroomRepositories,
    input: ArticleInput,
    existing: EditorialArticle | null,
  ): Promise<{ content: ArticleContent; tagIds: number[] }> {
    const { content } = await normalizeInput(r, input);
    const slug = await resolveSlug(r, input.slug, content.title, existing);
    return { content: { ...content, slug }, tagIds: await ensureTags(r, content.tags) };
  }

  /** The conflict a stale save gets: which fields changed between its base and now. */
  async function stale(
    r: NewsroomRepositories,
    article: EditorialArticle,
    baseVersion: number,
  ): Promise<StaleVersion> {
    const base = await r.editorial.revision(article.id, { version: baseVersion });
    const changed = base ? changedFields(base.content, article.content) : [...Object.keys(article.content)];
    return new StaleVersion(article.id, article.version, changed);
  }

  async function saveContent(
    actor: Actor,
    id: number,
    baseVersion: number,
    makeInput: (current: EditorialArticle) => ArticleInput,
    event: { type: string; detail?: Record<string, unknown> },
  ): Promise<EditorialArticle> {
    const { before, after } = await transaction(async (r) => {
      const current = await load(r, id);
      allow(actor, current, "edit", "Anda tidak boleh mengubah artikel ini.");
      if (current.version !== baseVersion) throw await stale(r, current, baseVersion);
      const { content, tagIds } = await buildContent(r, makeInput(current), current);
      const at = now();
      const version = await r.editorial.updateContent(id, baseVersion, { content, tagIds, updatedAt: at });
      if (version === null) throw await stale(r, await load(r, id), baseVersion);
      await r.editorial.insertRevision(id, version, actor.id, content, at);
      await r.editorial.insertEvent(id, event.type, actor.id, at, { version, ...event.detail });
      return { before: current, after: await load(r, id) };
    });
    if (after.status === "published") await announce("article.updated", footprint(after), footprint(before));
    return after;
  }

  /** A status change under the workflow's rules, recorded, then announced. */
  async function transition(
    actor: Actor,
    id: number,
    ability: keyof ArticleAbilities,
    message: string,
    plan: (
      a: EditorialArticle,
      at: number,
    ) => { to: EditorialStatus; publishedAt: number | null; detail?: Record<string, unknown> },
    eventType: string,
    jobs?: (r: NewsroomRepositories, a: EditorialArticle, at: number) => Promise<void>,
  ): Promise<EditorialArticle> {
    const { before, after } = await transaction(async (r) => {
      const current = await load(r, id);
      allow(actor, current, ability, message);
      const at = now();
      const next = plan(current, at);
      if (!(await r.editorial.setStatus(id, [current.status], next.to, next.publishedAt, at))) {
        throw new Conflict("status_changed", "Status artikel baru saja diubah orang lain. Muat ulang.");
      }
      await jobs?.(r, current, at);
      await r.editorial.insertEvent(id, eventType, actor.id, at, { from: current.status, ...next.detail });
      return { before: current, after: await load(r, id) };
    });
    const wasPublic = before.status === "published";
    const isPublic = after.status === "published";
    if (isPublic && !wasPublic) await announce("article.published", footprint(after));
    else if (wasPublic && !isPublic) await announce("article.unpublished", footprint(before));
    return after;
  }

  const cancelJob = async (r: NewsroomRepositories, a: EditorialArticle) => r.jobs.cancel(jobKey(a.id));

  return {
    abilities: (actor: Actor, a: EditorialArticle) =>
      abilities(actor, { status: a.status, createdBy: a.createdBy?.id ?? null }),

    async get(_actor: Actor, id: number): Promise<EditorialArticle> {
      return load(repos, id);
    },

    async create(actor: Actor, input: ArticleInput): Promise<EditorialArticle> {
      if (!can(actor, "articles.write"))
        throw new Forbidden("forbidden", "Anda tidak boleh menulis artikel.");
      return transaction(async (r) => {
        const withByline =
          input.authorIds === undefined && actor.authorId !== null
            ? { ...input, authorIds: [actor.authorId] }
            : input;
        const { content, tagIds } = await buildContent(r, withByline, null);
        const at = now();
        const id = await r.editorial.insert({ content, tagIds, updatedAt: at }, actor.id);
        await r.editorial.insertRevision(id, 1, actor.id, content, at);
        await r.editorial.insertEvent(id, "created", actor.id, at, { version: 1 });
        return load(r, id);
      });
    },

    /** A save (autosave included): refused with StaleVersion unless based on the current version. */
    save(actor: Actor, id: number, baseVersion: number, input: ArticleInput): Promise<EditorialArticle> {
      return saveContent(actor, id, baseVersion, () => input, { type: "saved" });
    },

    /** Brings back an old revision's content as a new revision; the slug stays if it is fixed. */
    async restore(
      actor: Actor,
      id: number,
      revisionId: number,
      baseVersion: number,
    ): Promise<EditorialArticle> {
      const revision = await repos.editorial.revision(id, { id: revisionId });
      if (!revision) throw new NotFound("revision_not_found", "Revisi tidak ditemukan.");
      return saveContent(
        actor,
        id,
        baseVersion,
        (current) => ({
          ...revision.content,
          slug: slugLocked(current.status) ? current.slug : revision.content.slug,
        }),
        { type: "restored", detail: { fromVersion: revision.version } },
      );
    },

    submit(actor: Actor, id: number) {
      return transition(
        actor,
        id,
        "submit",
        "Hanya draf Anda sendiri yang bisa diajukan.",
        (a) => ({ to: "in_review", publishedAt: a.publishedAt?.getTime() ?? null }),
        "submitted",
      );
    },

    returnToDraft(actor: Actor, id: number, note?: string) {
      return transition(
        actor,
        id,
        "returnToDraft",
        "Anda tidak boleh mengembalikan artikel ini ke draf.",
        (a) => ({
          to: "draft",
          // A scheduled time is dropped; an unpublished article keeps its first publish time.
          publishedAt: a.status === "scheduled" ? null : (a.publishedAt?.getTime() ?? null),
          ...(note?.trim() ? { detail: { note: note.trim().slice(0, 1000) } } : {}),
        }),
        "returned",
        cancelJob,
      );
    },

    schedule(actor: Actor, id: number, publishAt: string) {
      const when = new Date(publishAt);
      if (!/^\d{4}-\d{2}-\d{2}T/.test(publishAt) || Number.isNaN(when.getTime())) {
        throw new Invalid("bad_date", "Waktu terbit tidak valid.", { field: "publishAt" });
      }
      if (when.getTime() <= now()) {
        throw new Invalid("date_in_past", "Waktu terbit harus di masa depan.", { field: "publishAt" });
      }
      return transition(
        actor,
        id,
        "schedule",
        "Hanya editor yang boleh menjadwalkan artikel.",
        () => ({ to: "scheduled", publishedAt: when.getTime(), detail: { publishAt: when.toISOString() } }),
        "scheduled",
        (r, a, at) =>
          r.jobs.schedule({
            kind: PUBLISH_JOB,
            key: jobKey(a.id),
            payload: { articleId: a.id },
            runAt: when.getTime(),
            now: at,
          }),
      );
    },

    publish(actor: Actor, id: number) {
      return transition(
        actor,
        id,
        "publish",
        "Hanya editor yang boleh menerbitkan artikel.",
        // A re-publish keeps the first publish time (and with it the article's place in lists).
        (a, at) => ({
          to: "published",
          publishedAt: a.status === "unpublished" && a.publishedAt ? a.publishedAt.getTime() : at,
        }),
        "published",
        cancelJob,
      );
    },

    unpublish(actor: Actor, id: number) {
      return transition(
        actor,
        id,
        "unpublish",
        "Hanya editor yang boleh menarik artikel.",
        (a) => ({ to: "unpublished", publishedAt: a.publishedAt?.getTime() ?? null }),
        "unpublished",
      );
    },

    /**
     * The scheduled publish, run by the job runner. The status change is a compare-and-set on
     * `scheduled` and the time, so however many workers run it, one publishes and announces.
     */
    async publishScheduled(articleId: number): Promise<boolean> {
      const at = now();
      const published = await transaction(async (r) => {
        if (!(await r.editorial.setStatusKeepingTime(articleId, "scheduled", "published", at))) return null;
        await r.editorial.insertEvent(articleId, "published", null, at, { scheduled: true });
        return load(r, articleId);
      });
      if (!published) return false;
      await announce("article.published", footprint(published));
      return true;
    },

    /** A correction note on a published article: updatedAt moves, publishedAt and URL stay. */
    async correct(actor: Actor, id: number, note: string): Promise<EditorialArticle> {
      const text = note.trim();
      if (!text) throw new Invalid("note_required", "Tulis catatan koreksinya.", { field: "note" });
      if (text.length > 2000)
        throw new Invalid("too_long", "Catatan koreksi maksimal 2000 karakter.", { field: "note" });
      const after = await transaction(async (r) => {
        const current = await load(r, id);
        allow(actor, current, "correct", "Hanya editor yang boleh menambahkan koreksi pada artikel terbit.");
        const at = now();
        await r.editorial.insertCorrection(id, text, actor.id, at);
        await r.editorial.touch(id, at);
        await r.editorial.insertEvent(id, "corrected", actor.id, at, { note: text });
        return load(r, id);
      });
      await announce("article.updated", footprint(after));
      return after;
    },

    async remove(actor: Actor, id: number): Promise<void> {
      const before = await transaction(async (r) => {
        const current = await load(r, id);
        allow(actor, current, "delete", "Hanya editor yang boleh menghapus artikel.");
        await r.jobs.cancel(jobKey(id));
        await r.editorial.delete(id);
        await r.editorial.insertEvent(id, "deleted", actor.id, now(), {
          slug: current.slug,
          title: current.content.title,
        });
        return current;
      });
      if (before.status === "published") await announce("article.deleted", footprint(before));
    },

    revisions: async (_actor: Actor, id: number) => {
      await load(repos, id);
      return repos.editorial.revisions(id);
    },

    async revision(_actor: Actor, id: number, revisionId: number) {
      const revision = await repos.editorial.revision(id, { id: revisionId });
      if (!revision) throw new NotFound("revision_not_found", "Revisi tidak ditemukan.");
      return revision;
    },

    history: async (_actor: Actor, id: number) => {
      await load(repos, id);
      return repos.editorial.events(id);
    },

    /**
     * Tells caches that these published articles' pages changed without an article save (their
     * image's caption, a tag's or an author's name did). `former` names slugs they used to show.
     */
    announceChanged: async (ids: number[], former: { tagSlugs?: string[]; authorSlugs?: string[] } = {}) => {
      for (const id of ids) {
        const article = await repos.editorial.find(id);
        if (article?.status !== "published") continue;
        await announce("article.updated", {
          ...footprint(article),
          formerTagSlugs: former.tagSlugs ?? [],
          formerAuthorSlugs: former.authorSlugs ?? [],
        });
      }
    },

    list(
      filter: EditorialFilter,
      after: EditorialCursor | null,
      limit: number,
    ): Promise<EditorialListItem[]> {
      return repos.editorial.list(filter, after, limit);
    },
  };
}

export type EditorialService = ReturnType<typeof createEditorialService>;
