import type { Warta } from "../../app.ts";
import { ErrorPage } from "../../views/pages/error.tsx";
import { renderDocument } from "./render.ts";

const HEADINGS: Record<number, string> = {
  400: "Permintaan tidak dapat diproses",
  404: "Halaman tidak ditemukan",
};

/** The reader-facing error page, with the site's navigation and the latest stories as a way on. */
export async function renderErrorPage(warta: Warta, status: number, message: string): Promise<string> {
  const [tree, latest] = await Promise.all([
    warta.reading.sections(),
    status === 404 ? warta.reading.latest(5) : Promise.resolve([]),
  ]);
  const heading =
    HEADINGS[status] ?? (status >= 500 ? "Terjadi kesalahan" : "Permintaan tidak dapat diproses");
  return renderDocument(
    <ErrorPage
      vm={{
        chrome: warta.presenter.chrome(tree, { title: heading, description: message, path: "/" }),
        status,
        heading,
        message,
        latest: latest.map(warta.presenter.listItem),
      }}
    />,
  );
}
