import { loadSharp } from "../media/load-sharp.ts";
import type { Random } from "./random.ts";

/**
 * Lead photos for a generated archive: a handful of 1600×900 JPEG illustrations drawn from the
 * seed (sky, hills, a sun), made once and shared by every article, as agency photos are.
 */
export async function makeLeadImages(rng: Random, count: number): Promise<Buffer[]> {
  const sharp = await loadSharp();
  const out: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const hue = rng.int(0, 359);
    const sky = `hsl(${hue},60%,${rng.int(55, 75)}%)`;
    const sky2 = `hsl(${(hue + 40) % 360},55%,${rng.int(30, 50)}%)`;
    const hills = Array.from({ length: 3 }, (_, k) => {
      const y = 520 + k * 110 + rng.int(-40, 40);
      const path = `M0 900 L0 ${y} Q400 ${y - rng.int(60, 200)} 800 ${y} T1600 ${y - rng.int(0, 80)} L1600 900 Z`;
      return `<path d="${path}" fill="hsl(${(hue + 120 + k * 15) % 360},${35 + k * 10}%,${30 - k * 6}%)"/>`;
    }).join("");
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
      <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="${sky2}"/></linearGradient></defs>
      <rect width="1600" height="900" fill="url(#g)"/>
      <circle cx="${rng.int(200, 1400)}" cy="${rng.int(120, 350)}" r="${rng.int(50, 110)}" fill="hsl(${(hue + 180) % 360},90%,85%)"/>
      ${hills}</svg>`;
    out.push(await sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer());
  }
  return out;
}
