/** Date ranges as résumés write them: "Jan 2020 - Present", "06/2019 – 03/2022", "2018-2021". */
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DATE = String.raw`(?:${MONTH}\.?[\s,'’-]*(?:\d{4}|'?\d{2})|\d{1,2}\s*[/.-]\s*\d{4}|\d{4}\s*[/.-]\s*\d{1,2}(?!\d)|(?:19|20)\d{2})`;
const PRESENT = String.raw`(?:present|current(?:ly)?|till\s+(?:date|now)|to\s+date|now|ongoing|continuing|date)`;
const RANGE_RE = new RegExp(
  String.raw`(${DATE})\s*(?:-|–|—|to|till|until|~)\s*(${DATE}|${PRESENT})`,
  "i",
);
const SINCE_RE = new RegExp(String.raw`(?:since|from)\s+(${DATE})`, "i");

export interface DateRange {
  start: string | null;
  /** null when the range runs to the present. */
  end: string | null;
  /** The matched text, so callers can remove it from the line. */
  text: string;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "Jan 2020" | "06/2019" | "2019" → "YYYY-MM". Year-only dates map to January. */
export function parseYearMonth(s: string): string | null {
  const t = s.trim().toLowerCase();
  const named = /^([a-z]{3})[a-z]*\.?[\s,'’-]*('?\d{2}|\d{4})$/.exec(t);
  if (named) {
    const m = MONTHS[named[1] ?? ""];
    let y = Number((named[2] ?? "").replace("'", ""));
    if (y < 100) y += 2000;
    return m ? `${y}-${pad(m)}` : null;
  }
  const mY = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (mY) {
    const m = Number(mY[1]);
    return m >= 1 && m <= 12 ? `${mY[2]}-${pad(m)}` : null;
  }
  const yM = /^(\d{4})\s*[/.-]\s*(\d{1,2})$/.exec(t);
  if (yM) {
    const m = Number(yM[2]);
    return m >= 1 && m <= 12 ? `${yM[1]}-${pad(m)}` : null;
  }
  const y = /^((?:19|20)\d{2})$/.exec(t);
  return y ? `${y[1]}-01` : null;
}

export function findDateRange(line: string): DateRange | null {
  const r = RANGE_RE.exec(line);
  if (r) {
    const start = parseYearMonth(r[1] ?? "");
    const endRaw = r[2] ?? "";
    const end = new RegExp(`^${PRESENT}$`, "i").test(endRaw.trim()) ? null : parseYearMonth(endRaw);
    if (start && (end !== null || /[a-z]/i.test(endRaw))) return { start, end, text: r[0] };
  }
  const s = SINCE_RE.exec(line);
  if (s) {
    const start = parseYearMonth(s[1] ?? "");
    if (start) return { start, end: null, text: s[0] };
  }
  return null;
}

/** Whole months between two "YYYY-MM" values. */
export function monthsBetween(start: string, end: string): number {
  const [sy, sm] = start.split("-").map(Number);
  const [ey, em] = end.split("-").map(Number);
  return ((ey ?? 0) - (sy ?? 0)) * 12 + ((em ?? 0) - (sm ?? 0));
}

export function yearMonthOf(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}
