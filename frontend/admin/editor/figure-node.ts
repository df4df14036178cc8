import { mergeAttributes, Node } from "@tiptap/core";

export interface FigureAttrs {
  src: string;
  alt: string;
  caption: string;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts an image with its caption at the cursor. */
      insertFigure: (attrs: FigureAttrs) => ReturnType;
      /** Changes the caption or alt text of the selected image. */
      updateFigure: (attrs: Partial<FigureAttrs>) => ReturnType;
    };
  }
}

/**
 * An inline image in the body, stored as `<figure><img><figcaption>` (what the public page and
 * the sanitiser expect). It is one block that is selected and moved as a whole; its caption and
 * alt text are attributes edited through the toolbar, so a figure can never lose its image.
 */
export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      src: { default: "" },
      alt: { default: "" },
      caption: { default: "" },
    };
  },

  parseHTML() {
    return [
      {
        tag: "figure",
        getAttrs: (el) => {
          const img = el.querySelector("img");
          if (!img) return false;
          return {
            src: img.getAttribute("src") ?? "",
            alt: img.getAttribute("alt") ?? "",
            caption: el.querySelector("figcaption")?.textContent?.trim() ?? "",
          };
        },
      },
      {
        tag: "img[src]",
        getAttrs: (el) => ({
          src: el.getAttribute("src") ?? "",
          alt: el.getAttribute("alt") ?? "",
          caption: "",
        }),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { src, alt, caption } = node.attrs as FigureAttrs;
    const img = [
      "img",
      mergeAttributes({ src, alt }, HTMLAttributes.class ? { class: HTMLAttributes.class } : {}),
    ];
    return caption ? ["figure", {}, img, ["figcaption", {}, caption]] : ["figure", {}, img];
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
      updateFigure:
        (attrs) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, attrs),
    };
  },
});
