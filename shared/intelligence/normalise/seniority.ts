export const SENIORITY_LEVELS = [
  "intern",
  "entry",
  "mid",
  "senior",
  "lead",
  "manager",
  "director",
] as const;
export type Seniority = (typeof SENIORITY_LEVELS)[number];

export function seniorityRank(s: Seniority): number {
  return SENIORITY_LEVELS.indexOf(s);
}

// Titles where "manager" names the craft, not people management (an IC role in India too).
const IC_MANAGER =
  /\b(?:product|program|programme|project|account|key\s+account|relationship|territory|area\s+sales|client|community|social\s+media|brand|category|content|campaign|delivery|scrum|portfolio|property|case|success)\s+manager\b/;

/** Seniority from a job title, with years of experience as the fallback signal. */
export function detectSeniority(
  title: string | null | undefined,
  years?: number | null,
): Seniority | null {
  const t = ` ${(title ?? "").toLowerCase().replace(/[^a-z0-9&/+\s-]/g, " ")} `;
  if (title) {
    if (/\bintern(?:ship)?\b|\bapprentice\b/.test(t)) return "intern";
    if (
      /\b(?:director|vp|vice\s+president|head\s+of|head\b|chief|cto|cfo|ceo|coo|cxo|avp|general\s+manager|gm|president|partner)\b/.test(
        t,
      ) &&
      !/\bpartner\s+(?:manager|executive)\b|business\s+partner/.test(t)
    )
      return "director";
    const senior = /\b(?:senior|sr|snr)\b/.test(t);
    if (/\b(?:manager|mgr)\b/.test(t) && !IC_MANAGER.test(t)) {
      if (/\bassistant\s+manager\b|\basst\s+manager\b/.test(t)) return "mid";
      if (/\bdeputy\s+manager\b/.test(t)) return "senior";
      return "manager";
    }
    if (/\b(?:lead|principal|staff|architect|tl)\b/.test(t) && !/\blead\s+gen/.test(t))
      return "lead";
    if (/\bsde\s*-?\s*(?:3|iii)\b|\b(?:engineer|developer|analyst)\s+(?:iii|3)\b/.test(t))
      return "senior";
    if (senior) return /\bexecutive\b/.test(t) ? "mid" : "senior";
    if (/\bsde\s*-?\s*(?:2|ii)\b|\b(?:engineer|developer|analyst)\s+(?:ii|2)\b/.test(t))
      return "mid";
    if (
      /\b(?:junior|jr|associate|graduate|fresher|entry|trainee|executive|sde\s*-?\s*(?:1|i))\b/.test(
        t,
      ) ||
      /\b(?:engineer|developer|analyst)\s+(?:i|1)\b/.test(t)
    )
      return "entry";
  }
  if (years === null || years === undefined) return null;
  if (years < 2) return "entry";
  if (years < 5) return "mid";
  // Lead and above are roles, not tenure; years alone never imply them.
  return "senior";
}
