// Generates the demo lead images in demo/images/ as simple flat illustrations.
// Deterministic: every random choice comes from a seeded PRNG, so running the
// script twice produces identical SVG input (and, with the same sharp build,
// identical JPEG output).
//
// Usage (from the repository root): node demo/make-images.mjs

import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const W = 1600;
const H = 900;
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "images");

/** Small seeded PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r1 = (n) => Math.round(n * 10) / 10;

function svg(defs, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`;
}

function linear(id, stops, vertical = true) {
  const dir = vertical ? 'x1="0" y1="0" x2="0" y2="1"' : 'x1="0" y1="0" x2="1" y2="0"';
  const s = stops.map(([o, c]) => `<stop offset="${o}" stop-color="${c}"/>`).join("");
  return `<linearGradient id="${id}" ${dir}>${s}</linearGradient>`;
}

function radial(id, stops) {
  const s = stops
    .map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`)
    .join("");
  return `<radialGradient id="${id}">${s}</radialGradient>`;
}

function cloud(x, y, s, fill, opacity = 0.9) {
  return `<g fill="${fill}" opacity="${opacity}"><ellipse cx="${x}" cy="${y}" rx="${80 * s}" ry="${28 * s}"/><circle cx="${x - 30 * s}" cy="${y - 18 * s}" r="${30 * s}"/><circle cx="${x + 18 * s}" cy="${y - 28 * s}" r="${38 * s}"/></g>`;
}

function tree(x, y, s, trunk, leaf) {
  return `<rect x="${x - 6 * s}" y="${y - 60 * s}" width="${12 * s}" height="${60 * s}" fill="${trunk}"/><circle cx="${x}" cy="${y - 80 * s}" r="${38 * s}" fill="${leaf}"/><circle cx="${x - 24 * s}" cy="${y - 62 * s}" r="${26 * s}" fill="${leaf}"/><circle cx="${x + 26 * s}" cy="${y - 60 * s}" r="${24 * s}" fill="${leaf}"/>`;
}

function person(x, y, s, fill) {
  return `<g fill="${fill}"><circle cx="${x}" cy="${y - 118 * s}" r="${16 * s}"/><rect x="${x - 17 * s}" y="${y - 98 * s}" width="${34 * s}" height="${58 * s}" rx="${12 * s}"/><rect x="${x - 14 * s}" y="${y - 46 * s}" width="${12 * s}" height="${46 * s}" rx="${5 * s}"/><rect x="${x + 2 * s}" y="${y - 46 * s}" width="${12 * s}" height="${46 * s}" rx="${5 * s}"/></g>`;
}

// --- Scenes -------------------------------------------------------------

function kota() {
  const rand = rng(101);
  const defs = linear("sky", [
    [0, "#2b2e6b"],
    [0.55, "#c4507a"],
    [1, "#f6a55a"],
  ]);
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/><circle cx="1180" cy="560" r="120" fill="#ffd27a" opacity="0.9"/>`;
  const layers = [
    { color: "#5a3a74", min: 260, max: 460, win: "#ffcf8a", winOp: 0.25 },
    { color: "#2f2350", min: 160, max: 380, win: "#ffd98f", winOp: 0.6 },
  ];
  for (const layer of layers) {
    let x = -20;
    while (x < W) {
      const w = 70 + Math.floor(rand() * 90);
      const h = layer.min + Math.floor(rand() * (layer.max - layer.min));
      const top = H - 80 - h;
      body += `<rect x="${x}" y="${top}" width="${w}" height="${h + 80}" fill="${layer.color}"/>`;
      if (rand() < 0.25) {
        body += `<rect x="${x + w / 2 - 3}" y="${top - 50}" width="6" height="50" fill="${layer.color}"/>`;
      }
      for (let wy = top + 20; wy < H - 110; wy += 34) {
        for (let wx = x + 12; wx < x + w - 20; wx += 24) {
          if (rand() < 0.45) {
            body += `<rect x="${wx}" y="${wy}" width="10" height="16" fill="${layer.win}" opacity="${layer.winOp}"/>`;
          }
        }
      }
      x += w + 6 + Math.floor(rand() * 20);
    }
  }
  body += `<rect x="0" y="${H - 80}" width="${W}" height="80" fill="#1b1633"/>`;
  for (let i = 0; i < 14; i++) {
    const x = 40 + i * 118;
    body += `<rect x="${x}" y="${H - 48}" width="60" height="6" fill="#f6c15a" opacity="0.8"/>`;
  }
  return svg(defs, body);
}

function sidang() {
  const defs =
    linear("sky", [
      [0, "#7fb3c9"],
      [1, "#e3efe9"],
    ]) +
    linear("stone", [
      [0, "#f2ede2"],
      [1, "#d6cdb8"],
    ]);
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  body += cloud(260, 150, 1.3, "#ffffff", 0.8) + cloud(1330, 110, 1.1, "#ffffff", 0.7);
  // dome
  body += `<ellipse cx="800" cy="330" rx="230" ry="170" fill="#4f7f86"/><rect x="560" y="320" width="480" height="40" fill="#d6cdb8"/><rect x="794" y="120" width="12" height="46" fill="#4f7f86"/>`;
  // pediment and building
  body += `<polygon points="380,420 800,300 1220,420" fill="url(#stone)"/><rect x="360" y="420" width="880" height="36" fill="#c8bda4"/>`;
  body += `<rect x="380" y="456" width="840" height="300" fill="url(#stone)"/>`;
  for (let i = 0; i < 10; i++) {
    const x = 410 + i * 84;
    body += `<rect x="${x}" y="470" width="34" height="270" fill="#fbf8f1"/><rect x="${x - 6}" y="462" width="46" height="14" fill="#e6dece"/><rect x="${x - 6}" y="732" width="46" height="14" fill="#e6dece"/>`;
  }
  // steps
  for (let i = 0; i < 5; i++) {
    body += `<rect x="${340 - i * 30}" y="${756 + i * 18}" width="${920 + i * 60}" height="18" fill="${i % 2 ? "#d9d1bf" : "#cbc2ad"}"/>`;
  }
  body += `<rect x="0" y="846" width="${W}" height="54" fill="#6f8f6a"/>`;
  body += tree(170, 846, 1.6, "#5a4634", "#3f6b4a") + tree(1440, 846, 1.8, "#5a4634", "#3f6b4a");
  return svg(defs, body);
}

function pasar() {
  const rand = rng(303);
  const defs = linear("bg", [
    [0, "#ffe7b3"],
    [1, "#f7c68a"],
  ]);
  let body = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  body += `<rect x="0" y="640" width="${W}" height="260" fill="#b9784b"/>`;
  const awnings = [
    ["#d9443a", "#fff3e0"],
    ["#2f8f83", "#fff3e0"],
    ["#e99a2c", "#fff3e0"],
    ["#3f5fa8", "#fff3e0"],
  ];
  const produce = ["#e8452c", "#f3a712", "#7cb342", "#8e44ad", "#f06292", "#ffca28"];
  for (let s = 0; s < 4; s++) {
    const x0 = 40 + s * 390;
    const [c1, c2] = awnings[s];
    body += `<rect x="${x0 + 10}" y="230" width="14" height="440" fill="#6d4c33"/><rect x="${x0 + 336}" y="230" width="14" height="440" fill="#6d4c33"/>`;
    for (let k = 0; k < 8; k++) {
      body += `<rect x="${x0 + k * 45}" y="200" width="45" height="110" fill="${k % 2 ? c2 : c1}"/>`;
      body += `<path d="M${x0 + k * 45} 310 q22.5 34 45 0z" fill="${k % 2 ? c2 : c1}"/>`;
    }
    body += `<rect x="${x0}" y="520" width="360" height="150" fill="#8a5a3b"/><rect x="${x0}" y="510" width="360" height="16" fill="#a46f4a"/>`;
    for (let b = 0; b < 3; b++) {
      const bx = x0 + 20 + b * 115;
      const col = produce[Math.floor(rand() * produce.length)];
      body += `<path d="M${bx} 470 h100 l-10 45 h-80z" fill="#d7b26d"/>`;
      for (let f = 0; f < 7; f++) {
        const fx = bx + 14 + f * 12 + rand() * 6;
        const fy = 462 - (f % 3) * 10 - rand() * 6;
        body += `<circle cx="${r1(fx)}" cy="${r1(fy)}" r="14" fill="${col}"/>`;
      }
    }
  }
  body +=
    person(330, 820, 1.3, "#5b3a29") + person(980, 840, 1.4, "#3d2a20") + person(1260, 815, 1.2, "#70462f");
  return svg(defs, body);
}

function pelabuhan() {
  const rand = rng(404);
  const defs =
    linear("sky", [
      [0, "#4aa3df"],
      [1, "#cfeaf7"],
    ]) +
    linear("sea", [
      [0, "#1f6f9f"],
      [1, "#0d3b5c"],
    ]);
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  body += cloud(300, 140, 1.2, "#ffffff") + cloud(1100, 100, 1.5, "#ffffff", 0.85);
  body += `<rect x="0" y="560" width="${W}" height="340" fill="url(#sea)"/>`;
  // quay
  body += `<rect x="0" y="520" width="620" height="60" fill="#6b7480"/>`;
  // cranes
  for (const cx of [120, 380]) {
    body += `<rect x="${cx}" y="220" width="18" height="300" fill="#e0452f"/><rect x="${cx + 70}" y="220" width="18" height="300" fill="#e0452f"/><rect x="${cx - 40}" y="200" width="420" height="22" fill="#e0452f"/><line x1="${cx + 9}" y1="220" x2="${cx + 79}" y2="380" stroke="#e0452f" stroke-width="8"/><rect x="${cx + 220}" y="222" width="4" height="150" fill="#333"/>`;
  }
  // ship
  body += `<path d="M640 600 h860 l-60 110 h-760z" fill="#243447"/><rect x="640" y="600" width="860" height="14" fill="#c0392b"/>`;
  body += `<rect x="1360" y="470" width="110" height="130" fill="#f4f4f4"/><rect x="1380" y="490" width="70" height="16" fill="#5a7a99"/><rect x="1400" y="430" width="24" height="40" fill="#243447"/>`;
  const colors = ["#e67e22", "#2980b9", "#27ae60", "#c0392b", "#8e44ad", "#f1c40f", "#16a085"];
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 10; col++) {
      if (row === 2 && rand() < 0.35) continue;
      const c = colors[Math.floor(rand() * colors.length)];
      body += `<rect x="${680 + col * 66}" y="${560 - row * 44}" width="62" height="40" fill="${c}" stroke="#1d2a38" stroke-width="2"/>`;
    }
  }
  for (let i = 0; i < 9; i++) {
    const y = 740 + i * 18;
    const x = (i * 173) % 400;
    body += `<rect x="${x}" y="${y}" width="${180 + (i % 3) * 60}" height="4" fill="#ffffff" opacity="0.25"/><rect x="${x + 800}" y="${y + 6}" width="${140 + (i % 4) * 40}" height="4" fill="#ffffff" opacity="0.2"/>`;
  }
  return svg(defs, body);
}

function sawah() {
  const defs =
    linear("sky", [
      [0, "#9fd8f0"],
      [1, "#fff4d6"],
    ]) +
    radial("sun", [
      [0, "#fff6c2"],
      [0.6, "#ffe27a", 0.9],
      [1, "#ffe27a", 0],
    ]);
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/><circle cx="1250" cy="200" r="160" fill="url(#sun)"/>`;
  body += `<path d="M0 420 L260 230 L470 380 L720 190 L1010 400 L1600 300 V900 H0z" fill="#6f9fb0"/>`;
  body += `<path d="M0 470 Q400 380 800 460 T1600 430 V900 H0z" fill="#3f8f4a"/>`;
  const greens = ["#5bb04f", "#7cc25a", "#4a9c42", "#8fd06a", "#3e8a3a", "#a3d977"];
  for (let i = 0; i < 6; i++) {
    const y = 500 + i * 70;
    body += `<path d="M0 ${y} Q400 ${y - 60 + i * 6} 800 ${y + 10} T1600 ${y - 20} V900 H0z" fill="${greens[i]}"/>`;
    body += `<path d="M0 ${y} Q400 ${y - 60 + i * 6} 800 ${y + 10} T1600 ${y - 20}" fill="none" stroke="#d9f0a3" stroke-width="4" opacity="0.6"/>`;
  }
  // farmer with caping hat
  body += `<g fill="#2f4f2f"><polygon points="360,640 420,612 480,640" fill="#c9a85a"/><rect x="404" y="640" width="32" height="60" rx="10"/><rect x="406" y="700" width="10" height="40"/><rect x="424" y="700" width="10" height="40"/></g>`;
  body += `<polygon points="1100,560 1150,536 1200,560" fill="#c9a85a"/><rect x="1136" y="560" width="28" height="52" rx="9" fill="#2f4f2f"/>`;
  body += tree(120, 480, 1.4, "#5a4634", "#2f6b33") + tree(1500, 460, 1.2, "#5a4634", "#2f6b33");
  return svg(defs, body);
}

function stadion() {
  const rand = rng(606);
  const defs =
    linear("night", [
      [0, "#0b1633"],
      [1, "#24407a"],
    ]) +
    linear("pitch", [
      [0, "#2e8b3e"],
      [1, "#1f6b2d"],
    ]) +
    radial("glow", [
      [0, "#fffbe0", 0.9],
      [1, "#fffbe0", 0],
    ]);
  let body = `<rect width="${W}" height="${H}" fill="url(#night)"/>`;
  for (let i = 0; i < 60; i++) {
    body += `<circle cx="${r1(rand() * W)}" cy="${r1(rand() * 220)}" r="${r1(1 + rand() * 1.8)}" fill="#ffffff" opacity="${r1(0.3 + rand() * 0.6)}"/>`;
  }
  // stands
  body += `<path d="M0 300 Q800 200 1600 300 V560 H0z" fill="#3b4a6b"/>`;
  const crowd = ["#d64541", "#f5f5f5", "#e0b33a", "#4a6fa5", "#c0392b"];
  for (let row = 0; row < 9; row++) {
    for (let i = 0; i < 80; i++) {
      const x = i * 20 + (row % 2) * 10;
      const curve = 300 - 100 * Math.sin((Math.PI * x) / W);
      const y = curve + 30 + row * 26;
      if (y > 540) continue;
      body += `<circle cx="${x}" cy="${r1(y)}" r="7" fill="${crowd[Math.floor(rand() * crowd.length)]}"/>`;
    }
  }
  // pitch in perspective
  body += `<polygon points="260,540 1340,540 1600,900 0,900" fill="url(#pitch)"/>`;
  for (let i = 0; i < 6; i++) {
    const t0 = i / 6;
    const t1 = (i + 0.5) / 6;
    const y0 = 540 + 360 * t0;
    const y1 = 540 + 360 * t1;
    body += `<polygon points="${r1(260 - 260 * t0)},${r1(y0)} ${r1(1340 + 260 * t0)},${r1(y0)} ${r1(1340 + 260 * t1)},${r1(y1)} ${r1(260 - 260 * t1)},${r1(y1)}" fill="#ffffff" opacity="0.05"/>`;
  }
  body += `<polygon points="260,540 1340,540 1600,900 0,900" fill="none" stroke="#ffffff" stroke-width="5" opacity="0.85"/>`;
  body += `<line x1="800" y1="540" x2="800" y2="900" stroke="#ffffff" stroke-width="5" opacity="0.85"/>`;
  body += `<ellipse cx="800" cy="690" rx="170" ry="55" fill="none" stroke="#ffffff" stroke-width="5" opacity="0.85"/>`;
  body += `<polygon points="560,540 1040,540 1060,580 540,580" fill="none" stroke="#ffffff" stroke-width="4" opacity="0.8"/>`;
  // floodlights
  for (const fx of [140, 1460]) {
    body += `<rect x="${fx - 6}" y="90" width="12" height="240" fill="#9aa5b8"/><rect x="${fx - 50}" y="60" width="100" height="40" fill="#d7dde8"/><circle cx="${fx}" cy="80" r="160" fill="url(#glow)"/>`;
  }
  body += `<circle cx="860" cy="760" r="16" fill="#ffffff"/><circle cx="860" cy="760" r="6" fill="#222"/>`;
  return svg(defs, body);
}

function laptop() {
  const defs =
    linear("wall", [
      [0, "#e8ecf5"],
      [1, "#cfd7ea"],
    ]) +
    linear("screen", [
      [0, "#2b3f7a"],
      [1, "#4660b0"],
    ]);
  let body = `<rect width="${W}" height="${H}" fill="url(#wall)"/>`;
  body += `<rect x="1120" y="110" width="300" height="220" fill="#f8c56b" opacity="0.9"/><rect x="1140" y="130" width="260" height="180" fill="#fbe3b3"/><circle cx="1270" cy="220" r="50" fill="#f29e5c"/>`;
  body += `<rect x="0" y="640" width="${W}" height="260" fill="#a9744f"/><rect x="0" y="630" width="${W}" height="18" fill="#c08a62"/>`;
  // laptop
  body += `<rect x="470" y="220" width="660" height="410" rx="18" fill="#2d2f36"/><rect x="494" y="244" width="612" height="362" rx="6" fill="url(#screen)"/>`;
  body += `<rect x="520" y="270" width="560" height="26" rx="6" fill="#6f86d6"/>`;
  body += `<rect x="520" y="316" width="260" height="150" rx="8" fill="#8ea2e6"/><rect x="800" y="316" width="280" height="14" rx="7" fill="#c9d3f5"/><rect x="800" y="342" width="240" height="14" rx="7" fill="#c9d3f5"/><rect x="800" y="368" width="260" height="14" rx="7" fill="#c9d3f5"/><rect x="800" y="394" width="200" height="14" rx="7" fill="#c9d3f5"/>`;
  body += `<rect x="520" y="486" width="170" height="90" rx="8" fill="#5a74c9"/><rect x="715" y="486" width="170" height="90" rx="8" fill="#f2a65a"/><rect x="910" y="486" width="170" height="90" rx="8" fill="#56b39a"/>`;
  body += `<path d="M410 630 h780 l-40 34 h-700z" fill="#8d929e"/><rect x="720" y="632" width="160" height="10" rx="5" fill="#6d727e"/>`;
  // mug
  body += `<rect x="1260" y="540" width="110" height="120" rx="14" fill="#e05a47"/><path d="M1370 565 q50 0 50 40 t-50 40" fill="none" stroke="#e05a47" stroke-width="14"/>`;
  body += `<path d="M1295 520 q-15 -25 0 -50 M1330 520 q-15 -25 0 -50" stroke="#ffffff" stroke-width="6" fill="none" opacity="0.7"/>`;
  // plant
  body += `<path d="M200 650 h140 l-20 -120 h-100z" fill="#3d6e8f"/>`;
  body += `<g fill="#4caf6a"><ellipse cx="240" cy="470" rx="22" ry="70" transform="rotate(-25 240 470)"/><ellipse cx="300" cy="470" rx="22" ry="70" transform="rotate(25 300 470)"/><ellipse cx="270" cy="440" rx="22" ry="80"/></g>`;
  // notebook
  body += `<rect x="1200" y="720" width="260" height="120" rx="8" fill="#f4f1ea" transform="rotate(-6 1330 780)"/>`;
  return svg(defs, body);
}

function banjir() {
  const rand = rng(808);
  const defs =
    linear("sky", [
      [0, "#5c6670"],
      [1, "#a9b3ba"],
    ]) +
    linear("water", [
      [0, "#7a6a4f"],
      [1, "#4b4234"],
    ]);
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  body +=
    cloud(250, 120, 2.4, "#4a535c", 0.9) +
    cloud(800, 90, 2.8, "#444c55", 0.9) +
    cloud(1350, 130, 2.4, "#4a535c", 0.9);
  const houses = [
    [90, 300, "#d98f5c", "#8c3b2a"],
    [420, 260, "#e7c46a", "#7a4a2a"],
    [760, 320, "#8fb3c7", "#5a3a2a"],
    [1140, 280, "#c98fb0", "#7a3a3a"],
  ];
  for (const [x, w, wall, roof] of houses) {
    body += `<rect x="${x}" y="400" width="${w}" height="260" fill="${wall}"/><polygon points="${x - 30},400 ${x + w / 2},${280} ${x + w + 30},400" fill="${roof}"/>`;
    body += `<rect x="${x + 40}" y="450" width="70" height="70" fill="#f4efe2"/><rect x="${x + w - 110}" y="450" width="70" height="70" fill="#f4efe2"/>`;
  }
  body += `<rect x="1500" y="360" width="14" height="300" fill="#555"/><line x1="1200" y1="380" x2="1600" y2="370" stroke="#333" stroke-width="3"/>`;
  body += `<rect x="0" y="560" width="${W}" height="340" fill="url(#water)"/>`;
  for (let i = 0; i < 14; i++) {
    const y = 590 + i * 22;
    const x = Math.floor(rand() * 1300);
    body += `<path d="M${x} ${y} q40 -10 80 0 t80 0 t80 0" stroke="#b9a986" stroke-width="4" fill="none" opacity="0.5"/>`;
  }
  // rescue boat
  body += `<path d="M600 700 h380 l-50 60 h-280z" fill="#e8742c"/><rect x="600" y="694" width="380" height="12" fill="#f2f2f2"/>`;
  body += person(720, 700, 0.9, "#2b3a4a") + person(860, 700, 0.9, "#f0b428");
  // rain
  let rain = "";
  for (let i = 0; i < 220; i++) {
    const x = r1(rand() * W);
    const y = r1(rand() * H);
    rain += `<line x1="${x}" y1="${y}" x2="${r1(x - 10)}" y2="${r1(y + 36)}"/>`;
  }
  body += `<g stroke="#dfe7ee" stroke-width="2" opacity="0.45">${rain}</g>`;
  return svg(defs, body);
}

function sekolah() {
  const defs = linear("sky", [
    [0, "#6ec6ff"],
    [1, "#e3f6ff"],
  ]);
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  body += cloud(220, 140, 1.3, "#ffffff") + cloud(1250, 110, 1.6, "#ffffff");
  body += `<rect x="0" y="660" width="${W}" height="240" fill="#8bc34a"/>`;
  // school building
  body += `<polygon points="260,330 800,210 1340,330" fill="#c0392b"/><rect x="300" y="330" width="1000" height="330" fill="#fdf3e1"/><rect x="300" y="500" width="1000" height="14" fill="#e6d3b3"/>`;
  for (let i = 0; i < 8; i++) {
    const x = 340 + i * 120;
    if (i === 3 || i === 4) continue;
    body += `<rect x="${x}" y="370" width="80" height="90" fill="#7fb8d9"/><rect x="${x + 38}" y="370" width="4" height="90" fill="#fdf3e1"/>`;
    body += `<rect x="${x}" y="548" width="80" height="90" fill="#7fb8d9"/><rect x="${x + 38}" y="548" width="4" height="90" fill="#fdf3e1"/>`;
  }
  body += `<rect x="720" y="520" width="160" height="140" fill="#8d5a3b"/><rect x="798" y="520" width="4" height="140" fill="#6d3f25"/>`;
  body += `<circle cx="800" cy="280" r="32" fill="#fdf3e1"/><circle cx="800" cy="280" r="22" fill="#f1c40f"/>`;
  // flag pole
  body += `<rect x="1430" y="330" width="8" height="340" fill="#9e9e9e"/><rect x="1438" y="334" width="110" height="36" fill="#d32f2f"/><rect x="1438" y="370" width="110" height="36" fill="#ffffff"/>`;
  body += tree(150, 680, 1.6, "#6d4c33", "#388e3c");
  // students
  const uni = ["#ffffff", "#c62828"];
  for (const [x, s] of [
    [520, 1],
    [600, 0.9],
    [1010, 1.05],
    [1090, 0.92],
  ]) {
    body += `<g><circle cx="${x}" cy="${r1(780 - 118 * s)}" r="${r1(16 * s)}" fill="#5d4037"/><rect x="${r1(x - 17 * s)}" y="${r1(780 - 98 * s)}" width="${r1(34 * s)}" height="${r1(40 * s)}" rx="${r1(10 * s)}" fill="${uni[0]}"/><rect x="${r1(x - 17 * s)}" y="${r1(780 - 60 * s)}" width="${r1(34 * s)}" height="${r1(30 * s)}" fill="${uni[1]}"/><rect x="${r1(x - 12 * s)}" y="${r1(780 - 32 * s)}" width="${r1(9 * s)}" height="${r1(32 * s)}" fill="#5d4037"/><rect x="${r1(x + 3 * s)}" y="${r1(780 - 32 * s)}" width="${r1(9 * s)}" height="${r1(32 * s)}" fill="#5d4037"/></g>`;
  }
  return svg(defs, body);
}

function rumahSakit() {
  const defs = linear("sky", [
    [0, "#9ee0d6"],
    [1, "#eefaf7"],
  ]);
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  body += cloud(1320, 130, 1.4, "#ffffff") + cloud(300, 110, 1.1, "#ffffff");
  body += `<rect x="0" y="700" width="${W}" height="200" fill="#b7c4c8"/><rect x="0" y="690" width="${W}" height="14" fill="#d9e2e4"/>`;
  // main block
  body += `<rect x="420" y="200" width="760" height="500" fill="#ffffff"/><rect x="420" y="200" width="760" height="30" fill="#1f9e8f"/>`;
  body += `<rect x="200" y="360" width="220" height="340" fill="#f1f5f6"/><rect x="1180" y="360" width="220" height="340" fill="#f1f5f6"/>`;
  for (let r = 0; r < 5; r++) {
    for (let c = 0; c < 7; c++) {
      if (r < 2 && (c === 3 || c === 2 || c === 4)) continue;
      body += `<rect x="${460 + c * 100}" y="${260 + r * 80}" width="64" height="46" fill="#8fd3e8"/>`;
    }
  }
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 2; c++) {
      body += `<rect x="${230 + c * 100}" y="${400 + r * 80}" width="60" height="44" fill="#b6e3ef"/><rect x="${1210 + c * 100}" y="${400 + r * 80}" width="60" height="44" fill="#b6e3ef"/>`;
    }
  }
  // cross sign
  body += `<rect x="700" y="240" width="200" height="140" rx="16" fill="#1f9e8f"/><rect x="780" y="255" width="40" height="110" fill="#ffffff"/><rect x="745" y="290" width="110" height="40" fill="#ffffff"/>`;
  // entrance
  body += `<rect x="680" y="600" width="240" height="100" fill="#5ab3c9"/><rect x="650" y="580" width="300" height="24" fill="#1f9e8f"/>`;
  // ambulance
  body += `<rect x="1040" y="700" width="300" height="120" rx="14" fill="#ffffff" stroke="#d0d7d9" stroke-width="3"/><path d="M1340 730 h70 l40 50 v40 h-110z" fill="#ffffff" stroke="#d0d7d9" stroke-width="3"/><rect x="1350" y="740" width="50" height="34" fill="#8fd3e8"/>`;
  body += `<rect x="1040" y="760" width="400" height="14" fill="#e74c3c"/><rect x="1170" y="714" width="14" height="40" fill="#e74c3c"/><rect x="1157" y="727" width="40" height="14" fill="#e74c3c"/><rect x="1200" y="684" width="40" height="16" rx="6" fill="#3498db"/>`;
  body += `<circle cx="1110" cy="824" r="28" fill="#2c3e50"/><circle cx="1370" cy="824" r="28" fill="#2c3e50"/><circle cx="1110" cy="824" r="10" fill="#bdc3c7"/><circle cx="1370" cy="824" r="10" fill="#bdc3c7"/>`;
  body += tree(120, 700, 1.5, "#6d4c33", "#2e8b57") + tree(1510, 700, 1.2, "#6d4c33", "#2e8b57");
  return svg(defs, body);
}

function diplomasi() {
  const defs =
    linear("wall", [
      [0, "#1d2b4f"],
      [1, "#34477a"],
    ]) +
    linear("table", [
      [0, "#8a5a34"],
      [1, "#5e3a1f"],
    ]);
  let body = `<rect width="${W}" height="${H}" fill="url(#wall)"/>`;
  // wall panels
  for (let i = 0; i < 8; i++) {
    body += `<rect x="${30 + i * 200}" y="60" width="160" height="380" rx="6" fill="#2a3a66" opacity="0.7"/>`;
  }
  // flags (plain abstract colour fields)
  const flags = [
    ["#c0392b", "#ffffff"],
    ["#2e86de", "#f5f6fa"],
    ["#27ae60", "#f1c40f"],
    ["#8e44ad", "#ffffff"],
    ["#e67e22", "#2c3e50"],
    ["#16a085", "#ecf0f1"],
  ];
  flags.forEach(([a, b], i) => {
    const x = 260 + i * 210;
    body += `<rect x="${x}" y="150" width="8" height="330" fill="#d4af37"/><circle cx="${x + 4}" cy="146" r="9" fill="#d4af37"/>`;
    body += `<path d="M${x + 8} 160 q60 -14 110 6 v60 q-50 -20 -110 -6z" fill="${a}"/><path d="M${x + 8} 220 q60 -14 110 6 v40 q-50 -20 -110 -6z" fill="${b}"/>`;
  });
  // chairs behind table
  for (let i = 0; i < 7; i++) {
    body += `<rect x="${210 + i * 180}" y="470" width="100" height="150" rx="20" fill="#14203d"/>`;
  }
  // table
  body += `<path d="M80 600 h1440 l80 120 H0z" fill="url(#table)"/><rect x="0" y="720" width="${W}" height="180" fill="#2c1d12"/>`;
  body += `<rect x="0" y="720" width="${W}" height="180" fill="#0f1830" opacity="0.55"/>`;
  // microphones and papers
  for (let i = 0; i < 7; i++) {
    const x = 260 + i * 180;
    body += `<rect x="${x - 40}" y="640" width="80" height="40" fill="#f5f1e6" transform="rotate(${(i % 3) - 1} ${x} 660)"/>`;
    body += `<line x1="${x + 30}" y1="650" x2="${x + 10}" y2="590" stroke="#1a1a1a" stroke-width="4"/><ellipse cx="${x + 10}" cy="586" rx="7" ry="10" fill="#1a1a1a"/><rect x="${x + 20}" y="646" width="24" height="8" fill="#1a1a1a"/>`;
  }
  // water glasses
  for (let i = 0; i < 6; i++) {
    body += `<rect x="${345 + i * 180}" y="630" width="20" height="34" fill="#cfe8ff" opacity="0.6"/>`;
  }
  return svg(defs, body);
}

function energi() {
  const defs =
    linear("sky", [
      [0, "#3a7bd5"],
      [1, "#bfe6ff"],
    ]) +
    linear("panel", [
      [0, "#1e3c72"],
      [1, "#2a5298"],
    ]);
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/><circle cx="260" cy="170" r="90" fill="#fff3b0"/>`;
  body += cloud(900, 120, 1.3, "#ffffff", 0.85);
  body += `<path d="M0 520 Q400 430 800 500 T1600 470 V900 H0z" fill="#7dbb5e"/><path d="M0 600 Q500 540 1000 610 T1600 580 V900 H0z" fill="#5fa044"/>`;
  // turbines
  const turbines = [
    [1050, 500, 1.0, 0],
    [1300, 470, 1.25, 20],
    [1500, 520, 0.8, 45],
  ];
  for (const [x, y, s, rot] of turbines) {
    const top = y - 330 * s;
    body += `<polygon points="${x - 7 * s},${y} ${x + 7 * s},${y} ${x + 3 * s},${top} ${x - 3 * s},${top}" fill="#f5f7fa"/>`;
    body += `<g transform="rotate(${rot} ${x} ${top})">`;
    for (const a of [0, 120, 240]) {
      body += `<path d="M${x} ${top} l${-8 * s} ${-14 * s} l${8 * s} ${-150 * s} l${8 * s} ${150 * s}z" fill="#ffffff" transform="rotate(${a} ${x} ${top})"/>`;
    }
    body += `</g><circle cx="${x}" cy="${top}" r="${10 * s}" fill="#dfe5ec"/>`;
  }
  // solar panel field
  for (let row = 0; row < 3; row++) {
    for (let i = 0; i < 6; i++) {
      const x = 60 + i * 150 + row * 40;
      const y = 620 + row * 90;
      body += `<polygon points="${x},${y} ${x + 130},${y} ${x + 150},${y + 60} ${x + 20},${y + 60}" fill="url(#panel)" stroke="#dfe9f5" stroke-width="3"/>`;
      body += `<line x1="${x + 65}" y1="${y}" x2="${x + 85}" y2="${y + 60}" stroke="#dfe9f5" stroke-width="2"/><line x1="${x + 10}" y1="${y + 30}" x2="${x + 140}" y2="${y + 30}" stroke="#dfe9f5" stroke-width="2"/>`;
      body += `<rect x="${x + 70}" y="${y + 60}" width="6" height="20" fill="#7f8c8d"/>`;
    }
  }
  // transmission tower
  body += `<g stroke="#5d6d7e" stroke-width="5" fill="none"><path d="M760 560 L800 260 L840 560"/><path d="M770 480 L830 480 M780 400 L820 400 M750 330 L850 330 M760 300 L840 300"/><path d="M770 480 L820 400 M830 480 L780 400"/></g>`;
  body += `<g stroke="#34495e" stroke-width="2" fill="none"><path d="M0 320 Q380 380 750 330"/><path d="M850 330 Q1000 360 1600 300"/></g>`;
  return svg(defs, body);
}

const scenes = {
  kota,
  sidang,
  pasar,
  pelabuhan,
  sawah,
  stadion,
  laptop,
  banjir,
  sekolah,
  "rumah-sakit": rumahSakit,
  diplomasi,
  energi,
};

await mkdir(OUT_DIR, { recursive: true });
for (const [name, draw] of Object.entries(scenes)) {
  const file = join(OUT_DIR, `${name}.jpg`);
  const info = await sharp(Buffer.from(draw()))
    .resize(W, H)
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 78, mozjpeg: true, chromaSubsampling: "4:2:0" })
    .toFile(file);
  console.log(`${name}.jpg ${info.width}x${info.height} ${Math.round(info.size / 1024)} KB`);
}
