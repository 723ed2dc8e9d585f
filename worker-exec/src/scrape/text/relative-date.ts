/** Turns a board's age label ("Posted 3 Days Ago", "2 weeks ago", "Just now") into ISO. */
const DAY = 86_400_000;

export function relativeAgeToIso(label: string, nowMs: number): string | null {
  const s = label.toLowerCase();
  if (/just now|today|few hours|hours? ago|minutes? ago/.test(s))
    return new Date(nowMs).toISOString();
  if (/yesterday/.test(s)) return new Date(nowMs - DAY).toISOString();
  const m = /(\d+)\+?\s*(day|week|month)s?/.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2] === "week" ? 7 * DAY : m[2] === "month" ? 30 * DAY : DAY;
  return new Date(nowMs - n * unit).toISOString();
}

/** Any date-ish value to ISO, or null when it is not a real date. */
export function toIso(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
