/** A hint only: what the board's own words say about remote/hybrid/onsite. */
import type { WorkModeHint } from "../raw-job.ts";

export function workModeHint(...texts: (string | null | undefined)[]): WorkModeHint {
  const s = texts.filter(Boolean).join(" ").toLowerCase();
  if (/\bhybrid\b/.test(s)) return "hybrid";
  if (/\bremote\b|work from home|\bwfh\b/.test(s)) return "remote";
  if (/\bon-?site\b|in[- ]office|work from office/.test(s)) return "onsite";
  return null;
}
