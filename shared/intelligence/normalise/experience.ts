/** Experience requirement text → years range. "Fresher" means 0–1 years. */
export interface YearsRange {
  min: number;
  /** null for open-ended requirements ("5+ years"). */
  max: number | null;
}

const N = String.raw`(\d{1,2}(?:\.\d)?)`;
const UNIT = String.raw`(years?|yrs?|yr\.?|y\b|months?|mos?\b)`;
const RANGE_RE = new RegExp(String.raw`${N}\s*\+?\s*(?:-|–|—|to)\s*${N}\s*\+?\s*${UNIT}`, "i");
const PLUS_RE = new RegExp(
  String.raw`${N}\s*(?:\+|plus)\s*${UNIT}|${N}\s*${UNIT}\s*(?:\+|plus|and\s+above|or\s+more|&\s+above)`,
  "i",
);
const MIN_RE = new RegExp(
  String.raw`(?:minimum|min\.?|at\s*least|atleast|over|more\s+than|above)\s*(?:of\s*)?${N}\s*\+?\s*${UNIT}`,
  "i",
);
const SINGLE_RE = new RegExp(String.raw`${N}\s*${UNIT}`, "i");
const FRESHER_TO_RE = new RegExp(String.raw`freshers?\s*(?:-|–|to)\s*${N}\s*${UNIT}`, "i");
const FRESHER_RE = /\bfreshers?\b|\bentry[\s-]level\b|\bno\s+experience\b|\b0\s*(?:years?|yrs?)\b/i;

function years(n: string | undefined, unit: string | undefined): number {
  const v = Number(n);
  return unit && /^mo/i.test(unit) ? Math.round((v / 12) * 10) / 10 : v;
}

export function parseExperience(text: string): YearsRange | null {
  const fr = FRESHER_TO_RE.exec(text);
  if (fr) return { min: 0, max: years(fr[1], fr[2]) };
  const r = RANGE_RE.exec(text);
  if (r) {
    const a = years(r[1], r[3]);
    const b = years(r[2], r[3]);
    return a <= b ? { min: a, max: b } : { min: b, max: a };
  }
  const p = PLUS_RE.exec(text);
  if (p) return { min: years(p[1] ?? p[3], p[2] ?? p[4]), max: null };
  const m = MIN_RE.exec(text);
  if (m) return { min: years(m[1], m[2]), max: null };
  if (FRESHER_RE.test(text)) return { min: 0, max: 1 };
  const s = SINGLE_RE.exec(text);
  if (s) return { min: years(s[1], s[2]), max: null };
  return null;
}

const EXPERIENCE_CUE = /experience|\bexp\b|\bexp\.|fresher/i;
const YEARS_CUE = /\d\s*\+?\s*(?:years?|yrs?)\b/i;
// "founded 10 years ago" is not a requirement.
const NOT_REQUIREMENT =
  /\b(?:founded|since|established|legacy|old|ago|warranty|history|anniversary)\b/i;

/** Finds the experience requirement in a longer text: lines that talk about experience
 * first, then any line stating a number of years. */
export function findExperience(text: string): YearsRange | null {
  const lines = text.split(/\n/).filter((l) => !NOT_REQUIREMENT.test(l));
  for (const cue of [EXPERIENCE_CUE, YEARS_CUE]) {
    for (const line of lines) {
      if (!cue.test(line)) continue;
      const r = parseExperience(line);
      if (r) return r;
    }
  }
  return null;
}
