import { readFileSync } from "node:fs";

/** The stylesheet, read once at startup and inlined into every page (it is small; a request costs more). */
export const SITE_CSS = readFileSync(new URL("./styles.css", import.meta.url), "utf8").replace(/\n\s*/g, "");
