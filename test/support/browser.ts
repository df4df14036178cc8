import { createRequire } from "node:module";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium, started the way this project's machines allow. Missing Chromium fails the test. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const fold = (s: string) => s.replace(/\s+/g, " ").trim();

/** Every expected line must occur in the text after the previous one; returns the first missing line. */
export function firstMissingInOrder(text: string, expectedLines: string[]): string | null {
  const folded = fold(text);
  let at = 0;
  for (const line of expectedLines.map(fold).filter(Boolean)) {
    const i = folded.indexOf(line, at);
    if (i < 0) return line;
    at = i + line.length;
  }
  return null;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const AXE_SOURCE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Runs axe-core (every rule it has, WCAG 2.x A/AA and best practices) on the loaded page. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a page global
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map(
      (v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(" ")),
      }),
    );
  });
}
