/** Salary text → INR per year. Indian job boards mix lakhs, crores, commas in the 2-2-3
 * grouping ("8,00,000") and monthly figures; foreign currencies are converted at fixed,
 * caller-overridable rates and flagged, never silently treated as rupees. */

export interface SalaryInr {
  /** INR per year; null when the text gives only an upper bound ("up to 10 LPA"). */
  min: number | null;
  /** INR per year; null when the text gives only a lower bound ("15 LPA+"). */
  max: number | null;
  /** Currency the text was written in (ISO code). */
  currency: string;
  /** True when a foreign amount was converted with `rates`. */
  converted: boolean;
  period: "year" | "month" | "hour";
}

/** Rough INR per unit; callers pass fresher rates when they have them. */
export const DEFAULT_FX_TO_INR: Readonly<Record<string, number>> = {
  USD: 83,
  EUR: 90,
  GBP: 105,
  AED: 22.6,
  SGD: 62,
};

const UNDISCLOSED_RE =
  /not\s+disclosed|undisclosed|as\s+per\s+(?:company|industry|market)|best\s+in\s+(?:the\s+)?industry|competitive|negotiable|unpaid/i;
const NUM = String.raw`(\d{1,3}(?:,\d{2,3})+|\d+(?:\.\d+)?)`;
const UNIT = String.raw`(k|l|lpa|lakhs?|lacs?|lakh\s+per\s+annum|cr|crores?|thousand|mn|million)?`;
const RANGE_RE = new RegExp(
  String.raw`${NUM}\s*${UNIT}\.?\s*(?:-|–|—|to|till)\s*(?:₹|rs\.?|inr|\$|usd)?\s*${NUM}\s*${UNIT}\b`,
  "i",
);
const SINGLE_RE = new RegExp(String.raw`${NUM}\s*${UNIT}(?![a-z])`, "i");

function unitFactor(unit: string | undefined): number | null {
  if (!unit) return null;
  const u = unit.toLowerCase().replace(/\s+/g, " ");
  if (u === "k" || u === "thousand") return 1e3;
  if (u === "cr" || u.startsWith("crore")) return 1e7;
  if (u === "mn" || u === "million") return 1e6;
  return 1e5; // l, lpa, lakh(s), lac(s)
}

function toNumber(s: string): number {
  return Number(s.replace(/,/g, ""));
}

function detectCurrency(t: string): string {
  if (/\$|\busd\b|us\s*dollars?/i.test(t)) return "USD";
  if (/€|\beur\b|euros?/i.test(t)) return "EUR";
  if (/£|\bgbp\b/i.test(t)) return "GBP";
  if (/\baed\b|dirhams?/i.test(t)) return "AED";
  if (/\bsgd\b|s\$/i.test(t)) return "SGD";
  return "INR";
}

function detectPeriod(t: string): "year" | "month" | "hour" | null {
  if (/per\s*hour|\/\s*h(?:ou)?r\b|hourly|an\s+hour/i.test(t)) return "hour";
  if (
    /per\s*month|\/\s*(?:month|mon|mo)\b|\bp\.?\s?m\.?(?![a-z])|monthly|a\s+month|per\s+mensem|\bpm\b/i.test(
      t,
    )
  )
    return "month";
  if (
    /per\s*annum|\bp\.?\s?a\.?(?![a-z])|lpa|annual|yearly|per\s*year|\/\s*(?:yr|year)\b|ctc/i.test(
      t,
    )
  )
    return "year";
  return null;
}

export interface ParseSalaryOptions {
  rates?: Readonly<Record<string, number>>;
}

export function parseSalary(text: string, options: ParseSalaryOptions = {}): SalaryInr | null {
  const t = text.replace(/\u00a0/g, " ");
  if (!/\d/.test(t)) return null;
  if (UNDISCLOSED_RE.test(t) && !/\d\s*(?:lpa|lakh|lac|k\b|cr)/i.test(t)) return null;

  let lo: number;
  let hi: number;
  let loUnit: string | undefined;
  let hiUnit: string | undefined;
  const range = RANGE_RE.exec(t);
  if (range) {
    lo = toNumber(range[1] ?? "");
    loUnit = range[2];
    hi = toNumber(range[3] ?? "");
    hiUnit = range[4];
  } else {
    const single = SINGLE_RE.exec(t);
    if (!single) return null;
    lo = hi = toNumber(single[1] ?? "");
    loUnit = hiUnit = single[2];
  }
  // "8-12 LPA": the unit written once applies to both ends.
  const f = unitFactor(hiUnit) ?? unitFactor(loUnit);
  const fLo = unitFactor(loUnit) ?? f;
  const currency = detectCurrency(t);
  let period = detectPeriod(t);
  if (/lpa|lakh|lac|crore|\bcr\b/i.test(`${loUnit ?? ""} ${hiUnit ?? ""}`)) period ??= "year";

  let loVal = fLo === null ? lo : lo * fLo;
  let hiVal = f === null ? hi : hi * f;
  if (f === null && fLo === null && currency === "INR") {
    // Bare small numbers ("8-12", "CTC 15") are lakhs by Indian convention, unless monthly.
    if (period === "hour") {
      // Hourly rates are quoted in rupees.
    } else if (hi <= 300 && period !== "month") {
      loVal = lo * 1e5;
      hiVal = hi * 1e5;
    } else if (hi < 1000) return null;
  }
  const p = period ?? "year";
  const mult = p === "month" ? 12 : p === "hour" ? 2080 : 1;
  let rate = 1;
  if (currency !== "INR") {
    const r = (options.rates ?? DEFAULT_FX_TO_INR)[currency];
    if (r === undefined) return null;
    rate = r;
  }
  const scale = (v: number) => Math.round(v * mult * rate);
  const [a, b] = loVal <= hiVal ? [loVal, hiVal] : [hiVal, loVal];
  let min: number | null = scale(a);
  let max: number | null = scale(b);
  if (!range) {
    if (/up\s*to|upto|max(?:imum)?|not\s+more\s+than|below|under/i.test(t)) min = null;
    // "10 LPA+" is open-ended; "3 LPA + incentives" is not.
    else if (/\d\s*(?:[a-z]+)?\+(?!\s*[a-z])|from|starting|min(?:imum)?|at\s+least|above/i.test(t))
      max = null;
  }
  return { min, max, currency, converted: currency !== "INR", period: p };
}

/** INR per year → lakhs per annum, rounded to 2 decimals (how Indian resumes state CTC). */
export function toLpa(inrPerYear: number): number {
  return Math.round(inrPerYear / 1e3) / 100;
}
