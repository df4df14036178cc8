import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { slugify } from "../../../src/domain/slug.ts";
import { articles, authors as authorsApi, sections as sectionsApi } from "../api/admin-api.ts";
import { ApiError } from "../api/client.ts";
import type { Article, Media, StaleVersion } from "../api/types.ts";
import { Field, Notice, useFormErrors } from "../components/form.tsx";
import { usePicker } from "../components/media-picker.tsx";
import { useAsync } from "../components/use-async.ts";
import { formatDateTime } from "../format.ts";
import { href, navigate, replaceUrlQuietly, setLeaveGuard } from "../router.ts";
import { SESSION_RENEWED, useSession } from "../session.tsx";
import { ActivityPanel } from "./activity-panel.tsx";
import {
  type ArticleForm,
  emptyForm,
  formFromArticle,
  inputFromForm,
  slugFollowsTitle,
} from "./article-form.ts";
import { AuthorsField } from "./authors-field.tsx";
import { ConflictPanel } from "./conflict-panel.tsx";
import { LeadImageField } from "./lead-image-field.tsx";
import { RevisionsPanel } from "./revisions-panel.tsx";
import { RichText } from "./rich-text.tsx";
import { TagsField } from "./tags-field.tsx";
import { type WorkflowAction, WorkflowPanel } from "./workflow-panel.tsx";

/** How long typing must pause before a draft is saved. */
const AUTOSAVE_DELAY_MS = 1500;

type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "error"; message: string }
  | { kind: "waiting"; message: string };

export function ArticleEditorScreen({ articleId }: { articleId: number | null }) {
  const loaded = useAsync(
    async () => (articleId === null ? null : await articles.get(articleId)),
    [articleId],
  );
  const catalog = useAsync(async () => {
    const [s, a] = await Promise.all([sectionsApi.list(), authorsApi.list()]);
    return { sections: s.items, authors: a.items };
  }, []);
  if (loaded.error) return <Notice kind="error">{loaded.error.message}</Notice>;
  if (loaded.loading || catalog.loading) return <p class="muted">Memuat artikel…</p>;
  if (catalog.error || !catalog.data) return <Notice kind="error">{catalog.error?.message}</Notice>;
  return <Editor initial={loaded.data} sections={catalog.data.sections} allAuthors={catalog.data.authors} />;
}

function Editor({
  initial,
  sections,
  allAuthors,
}: {
  initial: Article | null;
  sections: Awaited<ReturnType<typeof sectionsApi.list>>["items"];
  allAuthors: Awaited<ReturnType<typeof authorsApi.list>>["items"];
}) {
  const { user } = useSession();
  const [article, setArticleState] = useState<Article | null>(initial);
  const [form, setFormState] = useState<ArticleForm>(() =>
    initial ? formFromArticle(initial) : emptyForm(user.author),
  );
  const [resetKey, setResetKey] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const [conflict, setConflict] = useState<{ stale: StaleVersion; mine: ArticleForm } | null>(null);
  const [busy, setBusy] = useState(false);
  const [slugTouched, setSlugTouched] = useState(() =>
    initial ? !slugFollowsTitle(initial.slug, initial.title) : false,
  );
  const errors = useFormErrors();
  const picker = usePicker();

  // The latest values for async work (autosave timers, workflow steps) without stale closures.
  const articleRef = useRef(article);
  const formRef = useRef(form);
  const edits = useRef({ made: 0, saved: 0 });
  const inFlight = useRef<Promise<boolean> | null>(null);
  const conflictRef = useRef(conflict);
  conflictRef.current = conflict;

  const setArticle = (a: Article) => {
    articleRef.current = a;
    setArticleState(a);
  };
  const replaceForm = (f: ArticleForm) => {
    formRef.current = f;
    setFormState(f);
    setResetKey((k) => k + 1);
    edits.current.saved = edits.current.made;
  };
  const update = (changes: Partial<ArticleForm>) => {
    const next = { ...formRef.current, ...changes };
    formRef.current = next;
    setFormState(next);
    edits.current.made += 1;
  };

  const editable = article ? article.can.edit : true;
  const dirty = () => edits.current.made !== edits.current.saved;

  /** Saves what the form holds now; resolves true when everything typed so far is stored. */
  const save = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) {
      await inFlight.current;
      if (!dirty()) return true;
    }
    if (conflictRef.current) return false;
    const f = formRef.current;
    if (!f.title.trim() || f.sectionId === null) {
      if (!articleRef.current) {
        setSaveState({ kind: "waiting", message: "Isi judul dan pilih kanal agar draf tersimpan." });
        return false;
      }
      if (!f.title.trim()) errors.set("title", "Judul wajib diisi.");
      setSaveState({ kind: "error", message: "Belum tersimpan: judul wajib diisi." });
      return false;
    }
    const current = articleRef.current;
    const mark = edits.current.made;
    const slugMode = current?.slugLocked ? "locked" : slugTouched ? "manual" : "auto";
    const input = inputFromForm(f, slugMode);
    setSaveState({ kind: "saving" });
    const work = (async () => {
      try {
        const saved = current
          ? await articles.save(current.id, input, current.version)
          : await articles.create(input);
        setArticle(saved);
        if (!current) replaceUrlQuietly(`/artikel/${saved.id}`);
        if ((!slugTouched || !formRef.current.slug.trim()) && formRef.current.slug !== saved.slug) {
          formRef.current = { ...formRef.current, slug: saved.slug };
          setFormState(formRef.current);
        }
        edits.current.saved = mark;
        errors.clear();
        setSaveState({ kind: "saved", at: saved.updatedAt });
        return true;
      } catch (err) {
        if (err instanceof ApiError && err.status === 409 && err.code === "stale_version") {
          setConflict({ stale: err.body as unknown as StaleVersion, mine: formRef.current });
          setSaveState({ kind: "error", message: "Belum tersimpan: ada versi yang lebih baru." });
        } else {
          errors.capture(err);
          setSaveState({
            kind: "error",
            message: `Belum tersimpan: ${err instanceof Error ? err.message : String(err)}`,
          });
        }
        return false;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = work;
    return work;
  }, [slugTouched]);

  // Autosave: a pause in typing saves the draft, carrying the version it was based on.
  useEffect(() => {
    if (!editable || conflict || !dirty()) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form, editable, conflict, save]);

  // A save refused because the session ended is tried again once the user has signed back in.
  useEffect(() => {
    const retry = () => {
      if (dirty()) void save();
    };
    window.addEventListener(SESSION_RENEWED, retry);
    return () => window.removeEventListener(SESSION_RENEWED, retry);
  }, [save]);

  // Leaving with unsaved work asks first, in the app and when closing the tab.
  useEffect(() => {
    const question = () => (dirty() ? "Ada perubahan yang belum tersimpan. Tinggalkan halaman ini?" : null);
    setLeaveGuard(question);
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty()) e.preventDefault();
    };
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      setLeaveGuard(null);
      window.removeEventListener("beforeunload", beforeUnload);
    };
  }, []);

  const runWorkflow = async (action: WorkflowAction) => {
    const current = articleRef.current;
    if (!current) return;
    setBusy(true);
    try {
      if (dirty() && current.can.edit && !(await save())) {
        throw new Error("Simpan perubahan dulu (lihat pesan di atas), lalu coba lagi.");
      }
      const id = current.id;
      if (action.type === "delete") {
        await articles.remove(id);
        edits.current.saved = edits.current.made;
        navigate("/artikel");
        return;
      }
      const next =
        action.type === "submit"
          ? await articles.submit(id)
          : action.type === "publish"
            ? await articles.publish(id)
            : action.type === "schedule"
              ? await articles.schedule(id, action.publishAt)
              : action.type === "unpublish"
                ? await articles.unpublish(id)
                : action.type === "return"
                  ? await articles.returnToDraft(id, action.note)
                  : await articles.correct(id, action.note);
      setArticle(next);
    } finally {
      setBusy(false);
    }
  };

  const restore = async (revisionId: number) => {
    const current = articleRef.current;
    if (!current) return;
    if (dirty() && !(await save()))
      throw new Error("Simpan perubahan Anda dulu sebelum memulihkan versi lama.");
    const restored = await articles.restore(
      current.id,
      revisionId,
      articleRef.current?.version ?? current.version,
    );
    setArticle(restored);
    replaceForm(formFromArticle(restored));
    setSaveState({ kind: "saved", at: restored.updatedAt });
  };

  const reloadAfterConflict = () => {
    if (!conflict) return;
    setArticle(conflict.stale.current);
    replaceForm(formFromArticle(conflict.stale.current));
    setConflict(null);
    errors.clear();
    setSaveState({ kind: "idle" });
  };

  const openPreview = async () => {
    if (!article) return;
    // Opened before the request so popup blockers see a click, then pointed at the signed link.
    const tab = window.open("about:blank", "_blank");
    try {
      const { url } = await articles.previewLink(article.id);
      if (tab) tab.location.href = url;
      else window.location.href = url;
    } catch (err) {
      tab?.close();
      errors.capture(err);
    }
  };

  const pickFigure = async () => {
    const m = await picker.pick("Sisipkan foto ke isi berita");
    return m ? { src: bodyImageUrl(m), alt: m.alt, caption: figureCaption(m.caption, m.credit) } : null;
  };

  const fe = errors.fields;
  const slugLocked = article?.slugLocked ?? false;

  return (
    <>
      <div class="page-head">
        <h1>{article ? "Sunting berita" : "Berita baru"}</h1>
        <div class="savebar" aria-live="polite">
          <SaveIndicator state={saveState} dirty={dirty()} />
          {editable ? (
            <button
              type="button"
              class="btn"
              disabled={saveState.kind === "saving"}
              onClick={() => void save()}
            >
              Simpan
            </button>
          ) : null}
          {article ? (
            <button type="button" class="btn" onClick={openPreview}>
              Pratinjau
            </button>
          ) : null}
          {article?.status === "published" ? (
            <a class="btn" href={article.publicUrl} target="_blank" rel="noopener">
              Lihat di situs
            </a>
          ) : null}
        </div>
      </div>
      {conflict ? (
        <ConflictPanel
          conflict={conflict.stale}
          mine={conflict.mine}
          sections={sections}
          onReload={reloadAfterConflict}
        />
      ) : null}
      {!editable ? (
        <Notice kind="info">Anda dapat membaca artikel ini, tetapi tidak dapat mengubahnya.</Notice>
      ) : null}
      <Notice kind="error">{errors.general}</Notice>
      <div class="editor-layout">
        <div>
          <div class="card">
            <Field
              id="kicker"
              label="Kicker"
              hint="Kata pengantar di atas judul (opsional)."
              error={fe.kicker}
            >
              {(a) => (
                <input
                  {...a}
                  type="text"
                  value={form.kicker}
                  disabled={!editable}
                  onInput={(e) => update({ kicker: e.currentTarget.value })}
                />
              )}
            </Field>
            <Field id="title" label="Judul" error={fe.title}>
              {(a) => (
                <input
                  {...a}
                  class="title-input"
                  type="text"
                  value={form.title}
                  disabled={!editable}
                  onInput={(e) => update({ title: e.currentTarget.value })}
                />
              )}
            </Field>
            <Field
              id="excerpt"
              label="Ringkasan"
              hint="Satu-dua kalimat untuk daftar berita."
              error={fe.excerpt}
            >
              {(a) => (
                <textarea
                  {...a}
                  value={form.excerpt}
                  disabled={!editable}
                  onInput={(e) => update({ excerpt: e.currentTarget.value })}
                />
              )}
            </Field>
            <div class="field">
              <span class="label" id="body-label">
                Isi berita
              </span>
              <RichText
                id="bodyHtml"
                html={form.bodyHtml}
                resetKey={resetKey}
                editable={editable}
                onChange={(html) => update({ bodyHtml: html })}
                pickImage={pickFigure}
                invalid={Boolean(fe.bodyHtml)}
                describedBy={fe.bodyHtml ? "bodyHtml-error" : undefined}
              />
              {fe.bodyHtml ? (
                <p class="field-error" id="bodyHtml-error" role="alert">
                  {fe.bodyHtml}
                </p>
              ) : null}
            </div>
          </div>
          {article ? (
            <RevisionsPanel
              articleId={article.id}
              version={article.version}
              canRestore={article.can.edit}
              onRestore={restore}
            />
          ) : null}
          {article ? (
            <ActivityPanel articleId={article.id} version={article.version} status={article.status} />
          ) : null}
        </div>
        <div>
          <WorkflowPanel article={article} run={runWorkflow} busy={busy} />
          <div class="card">
            <Field id="sectionId" label="Kanal" error={fe.sectionId}>
              {(a) => (
                <select
                  {...a}
                  value={form.sectionId ?? ""}
                  disabled={!editable}
                  onChange={(e) =>
                    update({ sectionId: e.currentTarget.value ? Number(e.currentTarget.value) : null })
                  }
                >
                  <option value="">Pilih kanal…</option>
                  {sections.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.parentId ? `— ${s.name}` : s.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id="slug"
              label="Slug (alamat)"
              hint={
                slugLocked
                  ? "Alamat tidak berubah lagi setelah berita terbit."
                  : `/baca/${form.slug || slugify(form.title) || "…"}`
              }
              error={fe.slug}
            >
              {(a) => (
                <input
                  {...a}
                  type="text"
                  value={form.slug}
                  placeholder={slugify(form.title)}
                  disabled={!editable || slugLocked}
                  onInput={(e) => {
                    setSlugTouched(true);
                    update({ slug: e.currentTarget.value });
                  }}
                />
              )}
            </Field>
            <TagsField
              tags={form.tags}
              onChange={(tags) => update({ tags })}
              error={fe.tags}
              disabled={!editable}
            />
            <AuthorsField
              authors={form.authors}
              all={allAuthors}
              onChange={(authors) => update({ authors })}
              error={fe.authorIds}
              disabled={!editable}
            />
            <LeadImageField
              lead={form.lead}
              onChange={(lead) => update({ lead })}
              pick={picker.pick}
              error={fe.lead}
              disabled={!editable}
            />
            <fieldset>
              <legend>Mesin pencari</legend>
              <Field
                id="seoTitle"
                label="Judul SEO"
                hint="Kosongkan untuk memakai judul."
                error={fe.seoTitle}
              >
                {(a) => (
                  <input
                    {...a}
                    type="text"
                    value={form.seoTitle}
                    placeholder={form.title}
                    disabled={!editable}
                    onInput={(e) => update({ seoTitle: e.currentTarget.value })}
                  />
                )}
              </Field>
              <Field
                id="seoDescription"
                label="Deskripsi SEO"
                hint="Kosongkan untuk memakai ringkasan."
                error={fe.seoDescription}
              >
                {(a) => (
                  <textarea
                    {...a}
                    value={form.seoDescription}
                    disabled={!editable}
                    onInput={(e) => update({ seoDescription: e.currentTarget.value })}
                  />
                )}
              </Field>
            </fieldset>
          </div>
          {article ? (
            <p class="muted">
              Dibuat {formatDateTime(article.createdAt)}
              {article.createdBy ? ` oleh ${article.createdBy.name}` : ""}.{" "}
              <a href={href("/artikel")}>Semua artikel</a>
            </p>
          ) : null}
        </div>
      </div>
      {picker.element}
    </>
  );
}

/** "Caption (Credit)", the way a photo line reads under a picture. */
function figureCaption(caption: string | null, credit: string | null): string {
  if (caption && credit) return `${caption} (${credit})`;
  return caption || credit || "";
}

/**
 * The rendition a body image points at: big enough for the article column, small enough not to
 * send a 20 MB original to readers' phones; JPEG/PNG so every browser shows it.
 */
function bodyImageUrl(m: Media): string {
  const plain = m.variants.filter((v) => v.format !== "webp").sort((a, b) => a.width - b.width);
  const fit = plain.filter((v) => v.width <= 1280).pop() ?? plain[0];
  return fit?.url ?? m.url;
}

function SaveIndicator({ state, dirty }: { state: SaveState; dirty: boolean }) {
  if (state.kind === "saving") return <span class="state">Menyimpan…</span>;
  if (state.kind === "error") return <span class="state error">{state.message}</span>;
  if (state.kind === "waiting") return <span class="state">{state.message}</span>;
  if (dirty) return <span class="state">Ada perubahan yang belum tersimpan</span>;
  if (state.kind === "saved") return <span class="state">Tersimpan {formatDateTime(state.at)}</span>;
  return <span class="state">Semua perubahan tersimpan</span>;
}
