import { detectEmploymentType, type EmploymentType } from "../normalise/employment-type.ts";
import { findExperience, parseExperience, type YearsRange } from "../normalise/experience.ts";
import { detectWorkMode, parseLocation, type WorkMode } from "../normalise/location.ts";
import { parseSalary, type SalaryInr } from "../normalise/salary.ts";
import { detectSeniority, type Seniority } from "../normalise/seniority.ts";
import { loadTaxonomy, type Taxonomy } from "../taxonomy/load-taxonomy.ts";
import { htmlToText } from "./html-to-text.ts";
import { isOptionalLine, splitJdSections } from "./jd-sections.ts";
import { detectRoleFamily } from "./role-family.ts";

export interface JdInput {
  html?: string;
  text?: string;
  title?: string;
  company?: string;
  location?: string;
  /** Structured fields some boards publish separately from the description. */
  salary?: string;
  experience?: string;
}

export interface CleanJd {
  text: string;
  sections: { about: string; responsibilities: string; requirements: string; benefits: string };
  skills: { required: string[]; nice_to_have: string[] };
  role_family: string | null;
  seniority: Seniority | null;
  work_mode: WorkMode | null;
  employment_type: EmploymentType | null;
  salary_inr: { min: number | null; max: number | null } | null;
  /** Set when the posting quoted a foreign currency that was converted. */
  salary_currency: string | null;
  experience: YearsRange | null;
  locations: string[];
  remote_india: boolean;
}

const SALARY_CUE =
  /salary|ctc|compensation|package|stipend|pay\b|lpa|lakh|lac|₹|\brs\.?\s?\d|inr|per\s+(?:month|annum)|\$\s?\d/i;
const LOCATION_CUE =
  /^(?:[•*\-\s]*)(?:job\s+)?locations?\s*[:\-–]|^(?:[•*\-\s]*)(?:based\s+in|work\s+location|office\s+location|place\s+of\s+work)\b/i;

function findSalary(lines: string[]): SalaryInr | null {
  for (const l of lines) {
    if (!SALARY_CUE.test(l)) continue;
    // Years of experience share lines with salary on some boards; cut them out first.
    const s = parseSalary(l.replace(/\d+\s*(?:-|–|to)?\s*\d*\s*\+?\s*(?:years?|yrs?)/gi, " "));
    if (s) return s;
  }
  return null;
}

export function cleanJd(input: JdInput, taxonomy: Taxonomy = loadTaxonomy()): CleanJd {
  const raw = input.html !== undefined ? htmlToText(input.html) : (input.text ?? "");
  const lines = raw
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((l) => l.length > 0);
  const text = lines.join("\n");
  const sec = splitJdSections(lines);

  const hasStructure = sec.requirements.length + sec.responsibilities.length > 0;
  const requiredLines = hasStructure
    ? [...sec.requirements, ...sec.responsibilities]
    : [...sec.other];
  const niceIds = new Set<string>(taxonomy.matcher.match(sec.nice.join("\n")));
  for (const l of requiredLines)
    if (isOptionalLine(l)) for (const id of taxonomy.matcher.match(l)) niceIds.add(id);
  const required = taxonomy.matcher
    .match([input.title ?? "", ...requiredLines.filter((l) => !isOptionalLine(l))].join("\n"))
    .filter((id) => !niceIds.has(id));

  const locationLines = lines.filter((l) => LOCATION_CUE.test(l));
  const locText = [input.location ?? "", ...locationLines].join("\n");
  const loc = parseLocation(locText);
  const work_mode = loc.work_mode ?? detectWorkMode(text);
  const fullLoc = parseLocation(`${locText}\n${text}`);
  const remote_india =
    work_mode === "remote" &&
    (loc.work_mode === "remote" ? loc.remote_india : fullLoc.remote_india);

  const experience =
    (input.experience ? parseExperience(input.experience) : null) ??
    findExperience([input.title ?? "", ...requiredLines, ...lines].join("\n"));
  const salary = (input.salary ? parseSalary(input.salary) : null) ?? findSalary(lines);
  const allSkills = [...required, ...niceIds];

  return {
    text,
    sections: {
      about: sec.about.join("\n"),
      responsibilities: sec.responsibilities.join("\n"),
      requirements: [...sec.requirements, ...sec.nice].join("\n"),
      benefits: sec.benefits.join("\n"),
    },
    skills: { required, nice_to_have: [...niceIds] },
    role_family: detectRoleFamily(input.title ?? lines[0] ?? "", allSkills, taxonomy),
    seniority: detectSeniority(input.title ?? null, experience?.min ?? null),
    work_mode,
    employment_type: detectEmploymentType([input.title ?? "", text].join("\n")),
    salary_inr: salary ? { min: salary.min, max: salary.max } : null,
    salary_currency: salary ? salary.currency : null,
    experience,
    locations: loc.cities.length ? loc.cities : parseLocation(text).cities.slice(0, 5),
    remote_india,
  };
}
