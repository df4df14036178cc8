import { isSlug } from "../slug.ts";

/** The NDJSON import format, one record per line. See README "Import format". */
export type ImportRecord = SectionRecord | AuthorRecord | ArticleRecord | ViewsRecord;

export interface SectionRecord {
  type: "section";
  line: number;
  slug: string;
  name: string;
  parent: string | null;
}

export interface AuthorRecord {
  type: "author";
  line: number;
  slug: string;
  name: string;
}

export interface ArticleRecord {
  type: "article";
  line: number;
  slug: string;
  section: string;
  title: string;
  kicker: string | null;
  excerpt: string | null;
  authors: string[];
  publishedAt: Date | null;
  updatedAt: Date | null;
  body: string;
  image: { src: string; caption: string | null; credit: string | null; alt: string | null } | null;
  tags: string[];
  status: "published" | "draft";
}

export interface ViewsRecord {
  type: "views";
  line: number;
  article: string;
  at: Date;
  count: number;
}

export class ImportLineError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses one line into a typed record, or throws ImportLineError naming what is wrong. */
export function parseImportLine(text: string, line: number): ImportRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ImportLineError(line, `invalid JSON (${(err as Error).message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ImportLineError(line, "expected a JSON object");
  }
  const r = new RecordReader(value as Record<string, unknown>, line);
  const type = r.string("type");
  switch (type) {
    case "section":
      return { type, line, slug: r.slug("slug"), name: r.string("name"), parent: r.optionalSlug("parent") };
    case "author":
      return { type, line, slug: r.slug("slug"), name: r.string("name") };
    case "article": {
      const status = r.optionalString("status") ?? "published";
      if (status !== "published" && status !== "draft") r.fail(`"status" must be "published" or "draft"`);
      const publishedAt = r.optionalDate("publishedAt");
      if (status === "published" && !publishedAt) r.fail(`missing field "publishedAt"`);
      return {
        type,
        line,
        slug: r.slug("slug"),
        section: r.slug("section"),
        title: r.string("title"),
        kicker: r.optionalString("kicker"),
        excerpt: r.optionalString("excerpt"),
        authors: r.slugList("authors"),
        publishedAt,
        updatedAt: r.optionalDate("updatedAt"),
        body: r.string("body", true),
        image: r.image("image"),
        tags: r.optionalStringList("tags"),
        status: status as "published" | "draft",
      };
    }
    case "views": {
      const count = value && (value as Record<string, unknown>).count;
      if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) {
        r.fail(`"count" must be a whole number of zero or more`);
      }
      const at = r.optionalDate("at") ?? r.fail(`missing field "at"`);
      return { type, line, article: r.slug("article"), at, count: count as number };
    }
    default:
      return r.fail(
        `unknown record type ${JSON.stringify(type)} (expected section, author, article or views)`,
      );
  }
}

class RecordReader {
  constructor(
    private readonly obj: Record<string, unknown>,
    private readonly line: number,
  ) {}

  fail(reason: string): never {
    throw new ImportLineError(this.line, reason);
  }

  string(field: string, allowEmpty = false): string {
    const v = this.obj[field];
    if (v === undefined || v === null) this.fail(`missing field "${field}"`);
    if (typeof v !== "string") this.fail(`"${field}" must be a string`);
    if (!allowEmpty && v.trim() === "") this.fail(`"${field}" must not be empty`);
    return v;
  }

  optionalString(field: string): string | null {
    const v = this.obj[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== "string") this.fail(`"${field}" must be a string`);
    return v.trim() === "" ? null : v;
  }

  slug(field: string): string {
    const v = this.string(field);
    if (!isSlug(v))
      this.fail(
        `"${field}" is not a valid slug (lowercase letters, digits and single hyphens): ${JSON.stringify(v)}`,
      );
    return v;
  }

  optionalSlug(field: string): string | null {
    return this.obj[field] === undefined || this.obj[field] === null ? null : this.slug(field);
  }

  slugList(field: string): string[] {
    const v = this.obj[field];
    if (v === undefined) this.fail(`missing field "${field}"`);
    if (!Array.isArray(v) || v.some((s) => typeof s !== "string" || !isSlug(s))) {
      this.fail(`"${field}" must be a list of slugs`);
    }
    return v as string[];
  }

  optionalStringList(field: string): string[] {
    const v = this.obj[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== "string" || s.trim() === "")) {
      this.fail(`"${field}" must be a list of non-empty strings`);
    }
    return v as string[];
  }

  optionalDate(field: string): Date | null {
    const v = this.obj[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== "string" || !ISO_WITH_OFFSET.test(v) || Number.isNaN(Date.parse(v))) {
      this.fail(`"${field}" must be an ISO-8601 date-time with an offset, like 2026-02-08T16:10:00+07:00`);
    }
    return new Date(v);
  }

  image(field: string): ArticleRecord["image"] {
    const v = this.obj[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== "object" || Array.isArray(v)) this.fail(`"${field}" must be an object with "src"`);
    const inner = new RecordReader(v as Record<string, unknown>, this.line);
    try {
      return {
        src: inner.string("src"),
        caption: inner.optionalString("caption"),
        credit: inner.optionalString("credit"),
        alt: inner.optionalString("alt"),
      };
    } catch (err) {
      if (err instanceof ImportLineError) this.fail(`in "${field}": ${err.reason}`);
      throw err;
    }
  }
}
