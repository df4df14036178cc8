import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../package-root.ts";

/** The stylesheet, read once at startup and inlined into every page (it is small; a request costs more). */
export const SITE_CSS = readFileSync(join(PACKAGE_ROOT, "src/views/styles.css"), "utf8").replace(
  /\n\s*/g,
  "",
);
