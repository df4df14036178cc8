import { Editor } from "@tiptap/core";
import { Placeholder } from "@tiptap/extensions";
import StarterKit from "@tiptap/starter-kit";
import type { ComponentChildren } from "preact";
import { useEffect, useReducer, useRef } from "preact/hooks";
import { Figure, type FigureAttrs } from "./figure-node.ts";

interface Props {
  id: string;
  /** The HTML to start from; a new `resetKey` loads `html` again (after a reload or a restore). */
  html: string;
  resetKey: number;
  editable: boolean;
  onChange(html: string): void;
  /** Lets the writer choose an image from the library; null when they cancel. */
  pickImage(): Promise<FigureAttrs | null>;
  describedBy?: string | undefined;
  invalid?: boolean;
}

/**
 * The article body: Tiptap (ProseMirror) limited to what a news story uses: paragraphs,
 * subheadings, bold, italic, links, lists, quotes and images with captions. Its HTML is what
 * the API receives; the server sanitises it again on save.
 */
export function RichText({ id, html, resetKey, editable, onChange, pickImage, describedBy, invalid }: Props) {
  const mount = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const changeRef = useRef(onChange);
  changeRef.current = onChange;
  const [, rerender] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    if (!mount.current) return;
    const editor = new Editor({
      element: mount.current,
      extensions: [
        StarterKit.configure({
          heading: { levels: [2, 3] },
          code: false,
          codeBlock: false,
          horizontalRule: false,
          strike: false,
          underline: false,
          link: {
            openOnClick: false,
            autolink: true,
            defaultProtocol: "https",
            protocols: ["http", "https", "mailto"],
            HTMLAttributes: { rel: null, target: null },
          },
        }),
        Placeholder.configure({ placeholder: "Tulis isi berita di sini…" }),
        Figure,
      ],
      content: html,
      editable,
      editorProps: {
        attributes: {
          id,
          role: "textbox",
          "aria-multiline": "true",
          "aria-label": "Isi berita",
          ...(describedBy ? { "aria-describedby": describedBy } : {}),
        },
      },
      onUpdate: ({ editor }) => changeRef.current(editor.getHTML()),
      onTransaction: () => rerender(0),
    });
    editorRef.current = editor;
    return () => {
      editor.destroy();
      editorRef.current = null;
    };
  }, []);

  useEffect(() => {
    const editor = editorRef.current;
    if (editor && resetKey > 0) editor.commands.setContent(html, { emitUpdate: false });
  }, [resetKey]);

  useEffect(() => {
    editorRef.current?.setEditable(editable, false);
  }, [editable]);

  const editor = editorRef.current;
  const active = (name: string, attrs?: Record<string, unknown>) => editor?.isActive(name, attrs) ?? false;
  const run = (fn: (e: Editor) => void) => () => {
    if (editor) fn(editor);
  };

  const setLink = run((e) => {
    const previous = (e.getAttributes("link").href as string | undefined) ?? "";
    const url = window.prompt("Alamat tautan (kosongkan untuk menghapus tautan):", previous);
    if (url === null) return;
    if (url.trim() === "") e.chain().focus().extendMarkRange("link").unsetLink().run();
    else e.chain().focus().extendMarkRange("link").setLink({ href: url.trim() }).run();
  });
  const insertImage = run(async (e) => {
    const figure = await pickImage();
    if (figure) e.chain().focus().insertFigure(figure).run();
  });
  const editCaption = run((e) => {
    const attrs = e.getAttributes("figure") as Partial<FigureAttrs>;
    const caption = window.prompt("Keterangan foto:", attrs.caption ?? "");
    if (caption === null) return;
    const alt = window.prompt("Teks alternatif (deskripsi foto untuk pembaca layar):", attrs.alt ?? "");
    e.chain()
      .focus()
      .updateFigure({ caption: caption.trim(), ...(alt?.trim() ? { alt: alt.trim() } : {}) })
      .run();
  });

  const button = (label: ComponentChildren, title: string, onClick: () => void, pressed?: boolean) => (
    <button
      type="button"
      title={title}
      aria-label={title}
      aria-pressed={pressed === undefined ? undefined : pressed ? "true" : "false"}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {label}
    </button>
  );

  return (
    <div class="rich">
      <div class="toolbar" hidden={!editable} role="toolbar" aria-label="Format teks" aria-controls={id}>
        {button(
          "¶",
          "Paragraf",
          run((e) => e.chain().focus().setParagraph().run()),
          active("paragraph"),
        )}
        {button(
          "H2",
          "Subjudul H2",
          run((e) => e.chain().focus().toggleHeading({ level: 2 }).run()),
          active("heading", { level: 2 }),
        )}
        {button(
          "H3",
          "Subjudul kecil H3",
          run((e) => e.chain().focus().toggleHeading({ level: 3 }).run()),
          active("heading", { level: 3 }),
        )}
        <span class="sep" aria-hidden="true" />
        {button(
          "B",
          "Tebal",
          run((e) => e.chain().focus().toggleBold().run()),
          active("bold"),
        )}
        {button(
          "I",
          "Miring",
          run((e) => e.chain().focus().toggleItalic().run()),
          active("italic"),
        )}
        {button("Tautan", "Tautan", setLink, active("link"))}
        <span class="sep" aria-hidden="true" />
        {button(
          "•",
          "Daftar berbutir",
          run((e) => e.chain().focus().toggleBulletList().run()),
          active("bulletList"),
        )}
        {button(
          "1.",
          "1. Daftar bernomor",
          run((e) => e.chain().focus().toggleOrderedList().run()),
          active("orderedList"),
        )}
        {button(
          "❝",
          "Kutipan",
          run((e) => e.chain().focus().toggleBlockquote().run()),
          active("blockquote"),
        )}
        <span class="sep" aria-hidden="true" />
        {button("Foto", "Sisipkan foto", insertImage)}
        {active("figure") ? button("Keterangan", "Ubah keterangan foto", editCaption) : null}
        <span class="sep" aria-hidden="true" />
        {button(
          "↶",
          "Urungkan",
          run((e) => e.chain().focus().undo().run()),
        )}
        {button(
          "↷",
          "Ulangi",
          run((e) => e.chain().focus().redo().run()),
        )}
      </div>
      <div class="richtext" ref={mount} data-invalid={invalid ? "true" : undefined} />
    </div>
  );
}
