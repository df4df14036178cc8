import type {
  EditorialArticle,
  EditorialListItem,
  Revision,
} from "../../../domain/articles/editorial.types.ts";
import type { ArticleAbilities } from "../../../domain/articles/workflow.ts";
import { slugLocked } from "../../../domain/articles/workflow.ts";
import type { ImageVariant } from "../../../domain/media/media.types.ts";
import type { LibraryItem } from "../../../domain/media/media-library.repository.ts";
import { type Permission, permissionsOf, type User } from "../../../domain/users/user.types.ts";
import { urls } from "../../public/urls.ts";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** What leaves the admin API: whitelisted fields, ISO times, URLs instead of storage keys. */
export function createAdminPresenter(blobUrl: (key: string) => string) {
  /** A mid-size rendition in the original's shape (share crops excluded): what the app shows. */
  function previewUrl(variants: ImageVariant[], originalKey: string | null): string | null {
    const plain = variants.filter((v) => !(v as { crop?: string }).crop && v.format !== "webp");
    const pick = plain.find((v) => v.width >= 640) ?? plain[plain.length - 1];
    return pick ? blobUrl(pick.key) : originalKey ? blobUrl(originalKey) : null;
  }

  return {
    user(u: User) {
      return {
        id: u.id,
        email: u.email,
        name: u.name,
        role: u.role,
        author: u.author,
        permissions: permissionsOf(u.role) as Permission[],
        disabled: u.disabled,
        createdAt: u.createdAt.toISOString(),
      };
    },

    listItem(a: EditorialListItem) {
      return {
        id: a.id,
        slug: a.slug,
        title: a.title,
        status: a.status,
        version: a.version,
        section: a.section,
        authors: a.authors,
        publishedAt: iso(a.publishedAt),
        updatedAt: a.updatedAt.toISOString(),
        createdBy: a.createdBy,
      };
    },

    article(a: EditorialArticle, can: ArticleAbilities) {
      return {
        id: a.id,
        slug: a.slug,
        slugLocked: slugLocked(a.status),
        status: a.status,
        version: a.version,
        title: a.content.title,
        kicker: a.content.kicker,
        excerpt: a.content.excerpt,
        bodyHtml: a.content.bodyHtml,
        seoTitle: a.content.seoTitle,
        seoDescription: a.content.seoDescription,
        section: a.section,
        tags: a.tags,
        authors: a.authors,
        lead: a.lead
          ? {
              mediaId: a.lead.mediaId,
              caption: a.lead.caption,
              credit: a.lead.credit,
              alt: a.lead.alt,
              url: previewUrl(a.lead.variants, null),
              width: a.lead.width,
              height: a.lead.height,
            }
          : null,
        publishedAt: iso(a.publishedAt),
        createdAt: a.createdAt.toISOString(),
        updatedAt: a.updatedAt.toISOString(),
        createdBy: a.createdBy,
        corrections: a.corrections.map((c) => ({ id: c.id, note: c.note, at: c.at.toISOString() })),
        publicUrl: urls.article(a.slug),
        can,
      };
    },

    revision(r: Revision) {
      return { id: r.id, version: r.version, createdAt: r.createdAt.toISOString(), user: r.user };
    },

    media(m: LibraryItem) {
      return {
        id: m.id,
        fileName: m.fileName,
        mime: m.mime,
        width: m.width,
        height: m.height,
        alt: m.alt,
        caption: m.caption,
        credit: m.credit,
        url: blobUrl(m.originalKey),
        thumbUrl: previewUrl(m.variants, m.originalKey),
        variants: m.variants
          .filter((v) => !(v as { crop?: string }).crop)
          .map((v) => ({ width: v.width, format: v.format, url: blobUrl(v.key) })),
        createdAt: m.createdAt.toISOString(),
      };
    },
  };
}

export type AdminPresenter = ReturnType<typeof createAdminPresenter>;
