import { findSpokenLanguages } from "./spoken-languages.ts";

/** Splits résumé lines into sections by the headings Indian résumés use. */
export type SectionKey =
  | "summary"
  | "experience"
  | "education"
  | "skills"
  | "projects"
  | "certifications"
  | "languages"
  | "personal"
  | "achievements"
  | "interests"
  | "declaration"
  | "contact"
  | "other";

const HEADINGS: [SectionKey, string[]][] = [
  [
    "summary",
    [
      "summary",
      "professional summary",
      "profile",
      "profile summary",
      "career objective",
      "objective",
      "about me",
      "career summary",
      "executive summary",
      "professional profile",
      "summary of qualifications",
      "career profile",
    ],
  ],
  [
    "experience",
    [
      "experience",
      "work experience",
      "professional experience",
      "employment history",
      "employment",
      "work history",
      "career history",
      "internships",
      "internship",
      "internship experience",
      "relevant experience",
      "organisational experience",
      "organizational experience",
      "experience summary",
      "professional background",
      "teaching experience",
      "industrial experience",
      "articleship",
      "articleship experience",
      "work experience and internships",
    ],
  ],
  [
    "education",
    [
      "education",
      "academic qualifications",
      "academic qualification",
      "educational qualifications",
      "educational qualification",
      "academics",
      "academic details",
      "academic background",
      "qualifications",
      "education details",
      "scholastic record",
      "academic profile",
      "professional qualifications",
      "education and qualifications",
    ],
  ],
  [
    "skills",
    [
      "skills",
      "technical skills",
      "key skills",
      "core skills",
      "core competencies",
      "skill set",
      "skillset",
      "it skills",
      "technical proficiency",
      "competencies",
      "areas of expertise",
      "expertise",
      "tools and technologies",
      "technologies",
      "software skills",
      "computer skills",
      "functional skills",
      "professional skills",
      "key skills and tools",
    ],
  ],
  [
    "projects",
    [
      "projects",
      "academic projects",
      "key projects",
      "personal projects",
      "project details",
      "major projects",
      "project experience",
      "notable projects",
    ],
  ],
  [
    "certifications",
    [
      "certifications",
      "certification",
      "certificates",
      "courses",
      "trainings",
      "training",
      "certifications and trainings",
      "trainings and certifications",
      "certifications and courses",
      "licenses and certifications",
      "professional certifications",
      "courses and certifications",
    ],
  ],
  [
    "languages",
    [
      "languages",
      "languages known",
      "language proficiency",
      "language skills",
      "linguistic proficiency",
    ],
  ],
  [
    "personal",
    [
      "personal details",
      "personal information",
      "personal profile",
      "personal data",
      "personal info",
      "other details",
      "additional information",
    ],
  ],
  [
    "achievements",
    [
      "achievements",
      "awards",
      "awards and achievements",
      "achievements and awards",
      "honours and awards",
      "honors and awards",
      "accomplishments",
      "key achievements",
      "extra curricular activities",
      "extracurricular activities",
      "positions of responsibility",
      "co curricular activities",
    ],
  ],
  ["interests", ["interests", "hobbies", "hobbies and interests", "interests and hobbies"]],
  ["declaration", ["declaration"]],
  ["contact", ["contact", "contact details", "contact information", "contact me"]],
];

const headingMap = new Map<string, SectionKey>();
for (const [key, names] of HEADINGS) for (const n of names) headingMap.set(n, key);
// "Heading: content" on one line is trusted only for list-like sections; "Experience: 5
// years" in a header is a fact, not the start of the experience section.
const INLINE_KEYS = new Set<SectionKey>(["skills", "languages", "certifications", "interests"]);
const INLINE_RE = new RegExp(
  `^(${[...headingMap.entries()]
    .filter(([, k]) => INLINE_KEYS.has(k))
    .map(([n]) => n)
    .sort((a, b) => b.length - a.length)
    .join("|")})\\s*[:\\-–]\\s*(.+)$`,
  "i",
);

function normHeading(line: string): string {
  return line
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z\s]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function headingOf(line: string): SectionKey | null {
  // Headings are short, start with a capital and never end a sentence: "languages." on its
  // own is the tail of a wrapped bullet.
  if (line.length > 48 || !/^[A-Z]/.test(line.trim()) || /[.,;]$/.test(line.trim())) return null;
  return headingMap.get(normHeading(line)) ?? null;
}

export interface Sections {
  /** Lines before the first heading: name, contact, headline. */
  header: string[];
  get(key: SectionKey): string[];
  has(key: SectionKey): boolean;
  /** Inline content written after "Heading:" keeps its own list for comma splitting. */
  inline(key: SectionKey): string[];
}

export function splitSections(lines: string[]): Sections {
  const header: string[] = [];
  const bodies = new Map<SectionKey, string[]>();
  const inlines = new Map<SectionKey, string[]>();
  let current: SectionKey | null = null;
  for (const line of lines) {
    const h = headingOf(line);
    if (h) {
      current = h;
      if (!bodies.has(h)) bodies.set(h, []);
      continue;
    }
    const inline = INLINE_RE.exec(line);
    if (inline && (inline[2] ?? "").length > 1) {
      let key = headingMap.get(normHeading(inline[1] ?? ""));
      // "Languages: Java, Python" under Skills lists programming languages, not spoken ones.
      if (key === "languages" && findSpokenLanguages(inline[2] ?? "").length === 0) key = undefined;
      // "Languages Known: English, Hindi" can sit inside Personal Details; it is still languages.
      if (key) {
        const list = inlines.get(key) ?? [];
        list.push((inline[2] ?? "").trim());
        inlines.set(key, list);
        if (!bodies.has(key)) bodies.set(key, []);
        (bodies.get(key) as string[]).push((inline[2] ?? "").trim());
        if (key !== "languages") current = key;
        continue;
      }
    }
    if (current === null) header.push(line);
    else (bodies.get(current) as string[]).push(line);
  }
  return {
    header,
    get: (k) => bodies.get(k) ?? [],
    has: (k) => bodies.has(k),
    inline: (k) => inlines.get(k) ?? [],
  };
}
