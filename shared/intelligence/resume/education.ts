import type { EducationEntry } from "./profile-schema.ts";
import { stripBullet } from "./text-lines.ts";

/** Degree spellings → canonical short form. Order matters: "CA Inter" before "CA". */
const DEGREES: [string, RegExp][] = [
  ["CA Inter", /\bCA[\s-]+(?:Inter(?:mediate)?|IPCC)\b|\bIPCC\b/i],
  ["CA", /\bCA[\s-]+Final\b|\bChartered\s+Accountan(?:t|cy)\b|(?<![A-Za-z])CA(?![A-Za-z])/],
  ["CS Executive", /\bCS\s+Executive\b/i],
  ["CMA Inter", /\bCMA\s+Inter(?:mediate)?\b/i],
  ["CMA", /\bCMA\b|\bICWA\b/],
  ["Ph.D", /\bPh\.?\s?D\b|\bDoctor(?:ate)?\s+of\s+Philosophy\b/i],
  ["M.Tech", /\bM\.?\s?Tech\b|\bMaster\s+of\s+Technology\b/i],
  ["B.Tech", /\bB\.?\s?Tech\b|\bBachelor\s+of\s+Technology\b/i],
  ["M.E.", /\bM\.E\.?(?![a-z])|\bMaster\s+of\s+Engineering\b|(?<![A-Za-z.])ME(?![A-Za-z])/],
  ["B.E.", /\bB\.E\.?(?![a-z])|\bBachelor\s+of\s+Engineering\b|(?<![A-Za-z.])BE(?![A-Za-z])/],
  ["MBA", /\bMBA\b|\bMaster\s+of\s+Business\s+Administration\b/i],
  ["PGDM", /\bPGDM\b|\bPGDBA\b|\bPost\s+Graduate\s+Diploma\s+in\s+Management\b/i],
  ["MCA", /\bMCA\b|\bMaster\s+of\s+Computer\s+Applications?\b/i],
  ["BCA", /\bBCA\b|\bBachelor\s+of\s+Computer\s+Applications?\b/i],
  ["M.Com", /\bM\.?\s?Com\b|\bMaster\s+of\s+Commerce\b/i],
  ["B.Com", /\bB\.?\s?Com\b|\bBachelor\s+of\s+Commerce\b/i],
  ["M.Sc", /\bM\.?\s?Sc\b|\bMaster\s+of\s+Science\b/i],
  ["B.Sc", /\bB\.?\s?Sc\b|\bBachelor\s+of\s+Science\b/i],
  ["BBA", /\bBBA\b|\bBBM\b|\bBachelor\s+of\s+Business\s+Administration\b/i],
  ["BMS", /\bBMS\b|\bBachelor\s+of\s+Management\s+Studies\b/i],
  ["B.Ed", /\bB\.?\s?Ed\b|\bBachelor\s+of\s+Education\b/i],
  ["M.Ed", /\bM\.?\s?Ed\b|\bMaster\s+of\s+Education\b/i],
  ["B.Pharm", /\bB\.?\s?Pharm(?:a)?\b/i],
  ["M.Pharm", /\bM\.?\s?Pharm(?:a)?\b/i],
  ["MBBS", /\bMBBS\b/i],
  ["LLB", /\bLL\.?\s?B\b/i],
  ["LLM", /\bLL\.?\s?M\b/i],
  ["B.Des", /\bB\.?\s?Des\b|\bBachelor\s+of\s+Design\b/i],
  ["M.Des", /\bM\.?\s?Des\b|\bMaster\s+of\s+Design\b/i],
  ["M.A.", /\bM\.A\.?(?![a-z])|\bMaster\s+of\s+Arts\b|(?<![A-Za-z.])MA(?![A-Za-z])/],
  ["B.A.", /\bB\.A\.?(?![a-z])|\bBachelor\s+of\s+Arts\b|(?<![A-Za-z.])BA(?![A-Za-z])/],
  ["Diploma", /\bDiploma\b|\bPolytechnic\b/i],
  [
    "Class XII",
    /\b(?:12th|XII|HSC|H\.S\.C|Class\s*12|Higher\s+Secondary|Senior\s+Secondary|Intermediate|Pre[\s-]University|PUC)\b/i,
  ],
  [
    "Class X",
    /\b(?:10th|SSC|S\.S\.C|SSLC|Class\s*10|Class\s+X|Matriculation|Secondary\s+School)\b/i,
  ],
];

const INSTITUTION_RE =
  /\b(?:university|institute|college|school|iit|nit|iiit|iim|bits|vidyalaya|vidyapeeth|vidyapith|academy|icai|icsi|icmai|mahavidyalaya|polytechnic|campus|kendriya|iisc|xlri|nmims|symbiosis|amity|manipal|vit|srm|jnu|du)\b/i;
const BOARD_ONLY_RE = /^(?:cbse|icse|state\s+board|.*\bboard\b.*)$/i;

function detectDegree(line: string): { degree: string; index: number; length: number } | null {
  for (const [degree, re] of DEGREES) {
    const m = re.exec(line);
    if (m) return { degree, index: m.index, length: m[0].length };
  }
  return null;
}

function scores(text: string): { cgpa: number | null; percentage: number | null } {
  const cg =
    /\b(?:c\.?g\.?p\.?a|gpa|cpi|sgpa|ogpa)\b\s*(?:of|:|-|–)?\s*(\d{1,2}(?:\.\d{1,2})?)(?:\s*\/\s*(\d{1,2}))?/i.exec(
      text,
    ) ??
    /(\d{1,2}\.\d{1,2})\s*(?:\/\s*(10|4))?\s*(?:c\.?g\.?p\.?a|gpa|cpi)\b/i.exec(text) ??
    /(?<![\d.])(\d\.\d{1,2})\s*\/\s*(10|4)(?![\d.])/.exec(text);
  const pc =
    /(\d{2}(?:\.\d{1,2})?)\s*%/.exec(text) ??
    /\b(?:percentage|marks|aggregate|score)\b\s*[:\-–]?\s*(\d{2}(?:\.\d{1,2})?)(?!\s*\/)/i.exec(
      text,
    );
  const cgpa = cg ? Number(cg[1]) : null;
  return {
    cgpa: cgpa !== null && cgpa <= 10 ? cgpa : null,
    percentage: pc ? Number(pc[1]) : null,
  };
}

function lastYear(text: string): number | null {
  const years = [...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  return years.length ? (years[years.length - 1] as number) : null;
}

function fieldOf(text: string, degreeEnd: number): string | null {
  const after = text.slice(degreeEnd);
  const m =
    /^\s*(?:\(([^)]{2,60})\)|(?:in|-|–|,)?\s*(?:in\s+)?([A-Z][A-Za-z&.\s]{2,60}?)(?=\s*(?:\||,|–|-\s|\(|from|\d|$)))/.exec(
      after,
    );
  const f = (m?.[1] ?? m?.[2] ?? "").trim();
  if (!f || INSTITUTION_RE.test(f) || /^(?:cgpa|gpa|percentage|from)\b/i.test(f)) return null;
  return f;
}

function institutionOf(text: string): string | null {
  const parts = text
    .split(/\s*\|\s*|\s+[–—]\s+|\t/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (const part of parts) {
    // Inside one field, commas separate the institution from its city: keep both.
    const pieces = part.split(/,\s*/).filter(Boolean);
    const i = pieces.findIndex((p) => INSTITUTION_RE.test(p) && !BOARD_ONLY_RE.test(p));
    if (i < 0) continue;
    const kept = [pieces[i] as string];
    for (const next of pieces.slice(i + 1)) {
      if (/\d|%|cgpa|gpa|percentage/i.test(next) || next.split(/\s+/).length > 4) break;
      if (!/^[A-Z]/.test(next)) break;
      kept.push(next);
    }
    // A leading non-institution piece ("Faculty of Management Studies") belongs to it too.
    const degreeAt = pieces.findIndex((p) => detectDegree(p) !== null);
    const lead = pieces.slice(degreeAt + 1, i).filter((p) => /^[A-Z]/.test(p));
    return (
      [...lead, ...kept]
        .join(", ")
        .replace(/\s*\(?(?:19|20)\d{2}.*$/, "")
        .trim() || null
    );
  }
  // No institution word ("Jamia Millia Islamia"): in a table row or "Degree | Place | Year"
  // line, the field after the degree names the institution.
  const degreeAt = parts.findIndex((p) => detectDegree(p) !== null);
  const next = degreeAt >= 0 ? parts[degreeAt + 1] : undefined;
  if (next && /^[A-Z]/.test(next) && !/\d|%|cgpa|gpa/i.test(next) && !BOARD_ONLY_RE.test(next))
    return next;
  return null;
}

export function parseEducation(lines: string[]): EducationEntry[] {
  const groups: string[][] = [];
  for (const raw of lines) {
    const line = stripBullet(raw);
    if (detectDegree(line) || groups.length === 0) groups.push([line]);
    else (groups[groups.length - 1] as string[]).push(line);
  }
  const out: EducationEntry[] = [];
  for (const g of groups) {
    const first = g[0] ?? "";
    const d = detectDegree(first);
    if (!d) continue;
    // Wrapped lines ("…University of" / "Delhi, 2019") continue a field; others are new fields.
    // A line nearly as long as the longest one was probably wrapped by the layout.
    const maxLen = Math.max(...g.map((l) => l.length));
    let text = g[0] ?? "";
    g.slice(1).forEach((l, i) => {
      const prev = g[i] ?? "";
      const wrapped =
        /(?:\b(?:of|and|&|in|for|the|at)|,)$/i.test(prev) ||
        /^[a-z]/.test(l) ||
        (maxLen >= 20 && prev.length >= 0.7 * maxLen && /^[A-Z]/.test(l) && !detectDegree(l));
      text += wrapped ? ` ${l}` : ` | ${l}`;
    });
    const { cgpa, percentage } = scores(text);
    out.push({
      degree: d.degree,
      field: fieldOf(first, d.index + d.length),
      institution: institutionOf(text),
      year: lastYear(text),
      cgpa,
      percentage,
    });
  }
  return out;
}
