import type Sharp from "sharp";

let loading: Promise<typeof Sharp> | null = null;

/**
 * sharp (libvips) adds about 27 MB to a process once loaded, and serving pages never needs it:
 * only uploads, imports, crops, the generator and the logo do. It is loaded on first use.
 */
export function loadSharp(): Promise<typeof Sharp> {
  loading ??= import("sharp").then((m) => m.default);
  return loading;
}
