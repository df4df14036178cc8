// Takes a screenshot of a page in Debian's Chromium, to look at what readers see:
//   node --import tsx scripts/screenshot.ts URL OUT.png [width]
import { launchChromium } from "../test/support/browser.ts";

const [url, out, width = "1280"] = process.argv.slice(2);
if (!url || !out) {
  console.error("usage: node --import tsx scripts/screenshot.ts URL OUT.png [width]");
  process.exit(2);
}
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(url, { waitUntil: "load" });
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
