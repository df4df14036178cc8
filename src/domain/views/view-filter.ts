import { isbot } from "isbot";

export interface BeaconRequest {
  method: string;
  userAgent: string | undefined;
  /** `Sec-Purpose` or `Purpose` header: browsers send "prefetch" for speculative loads. */
  purpose: string | undefined;
}

/** Whether a beacon stands for a person reading the page: not a bot, not a prefetch, not a HEAD. */
export function isCountableView(req: BeaconRequest): boolean {
  if (req.method !== "POST") return false;
  if (!req.userAgent || isbot(req.userAgent)) return false;
  if (req.purpose && /prefetch|prerender/i.test(req.purpose)) return false;
  return true;
}
