import { type Browser, chromium } from "playwright-core";

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
