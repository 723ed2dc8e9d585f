import { detectSeniority, type Seniority } from "./seniority.ts";

export interface CanonicalTitle {
  /** Display title without seniority modifiers or level suffixes: "Software Engineer". */
  title: string;
  /** Lowercased, punctuation-free key for grouping: "software engineer". */
  key: string;
  seniority: Seniority | null;
  /** Numeric level when the title carries one (SDE-2 → 2, Engineer III → 3). */
  level: number | null;
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bsde\b/gi, "Software Development Engineer"],
  [/\bsse\b/gi, "Senior Software Engineer"],
  [/\bswe\b/gi, "Software Engineer"],
  [/\bengg\.?(?=\s|$)/gi, "Engineering"],
  [/\bmgr\.?(?=\s|$)/gi, "Manager"],
  [/\bexec\.?(?=\s|$)/gi, "Executive"],
  [/\basst\.?(?=\s|$)/gi, "Assistant"],
  [/\bdy\.?(?=\s)/gi, "Deputy"],
  [/\bbde\b/gi, "Business Development Executive"],
  [/\bbdm\b/gi, "Business Development Manager"],
];
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
const KEEP_UPPER = new Set([
  "QA",
  "UI",
  "UX",
  "HR",
  "SEO",
  "SEM",
  "SAP",
  "AWS",
  "BI",
  "MIS",
  "GST",
  "IT",
  "AI",
  "ML",
  "SDET",
  "SRE",
  "BFSI",
  "CA",
  "DBA",
  "ETL",
  "CRM",
  "ERP",
  "HRBP",
  "PMO",
  "L&D",
  "FP&A",
  "NLP",
  "VP",
  "AVP",
  "TGT",
  "PGT",
  "PRT",
  "iOS",
  "B2B",
  "B2C",
  "SaaS",
  "DevOps",
  "GenAI",
]);
const KEEP_BY_LOWER = new Map([...KEEP_UPPER].map((w) => [w.toLowerCase(), w]));
const SMALL = new Set(["of", "and", "in", "for", "the", "to", "at", "&"]);

function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => {
      const keep = KEEP_BY_LOWER.get(w.toLowerCase());
      if (keep) return keep;
      if (i > 0 && SMALL.has(w.toLowerCase())) return w.toLowerCase();
      if (/^[A-Z0-9&/.+-]{2,4}$/.test(w)) return w;
      return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
    })
    .join(" ");
}

export function canonicalTitle(raw: string): CanonicalTitle {
  let t = raw.replace(/\s+/g, " ").trim();
  for (const [re, rep] of ABBREVIATIONS) t = t.replace(re, rep);
  const seniority = detectSeniority(t) ?? detectSeniority(raw);
  let level: number | null = null;
  const lvl = /(?:\s*[-–]\s*|\s+)(?:(l|level\s*)?(\d)|(iv|v|i{1,3}))\s*$/i.exec(t);
  if (lvl) {
    level = lvl[2] ? Number(lvl[2]) : (ROMAN[(lvl[3] ?? "").toLowerCase()] ?? null);
    t = t.slice(0, lvl.index);
  }
  t = t
    .replace(/^(?:senior|sr\.?|snr\.?|junior|jr\.?)\s+/i, "")
    .replace(/\s*[([][^)\]]*[)\]]\s*/g, " ")
    .replace(/[,|]+$/, "")
    .trim();
  const title = titleCase(t);
  const key = title
    .toLowerCase()
    .replace(/[^a-z0-9&+#]+/g, " ")
    .trim();
  return { title, key, seniority, level };
}
