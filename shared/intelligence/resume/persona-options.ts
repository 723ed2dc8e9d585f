import { detectRoleFamily } from "../jd/role-family.ts";
import type { Taxonomy } from "../taxonomy/load-taxonomy.ts";
import type { Profile } from "./profile-schema.ts";

export interface PersonaOption {
  title: string;
  /** ~200 words at most, built only from facts in the profile. */
  summary: string;
  role_families: string[];
}

const MAX_WORDS = 210;

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function trimWords(s: string, n: number): string {
  const w = s.split(/\s+/);
  return w.length <= n ? s : `${w.slice(0, n).join(" ")}…`;
}

function titleCase(s: string): string {
  return s.replace(/\b([a-z])/g, (m) => m.toUpperCase());
}

/** Families ranked by how much of the person's history and skills point at them. */
function rankFamilies(profile: Profile, taxonomy: Taxonomy): string[] {
  const votes = new Map<string, number>();
  const add = (f: string | null, v: number) => {
    if (f) votes.set(f, (votes.get(f) ?? 0) + v);
  };
  profile.work_history.forEach((e, i) =>
    add(detectRoleFamily(e.title ?? "", [], taxonomy), i === 0 ? 6 : 3),
  );
  for (const id of profile.skills.ids) {
    const s = taxonomy.skillById.get(id);
    s?.role_families.forEach((f, i) => add(f, i === 0 ? 1 : 0.5));
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1]).map(([f]) => f);
}

/** The job title a recruiter would search for in each family (keywords are search terms). */
const FAMILY_JOB_TITLE: Record<string, string> = {
  software_engineering: "Software Engineer",
  frontend: "Frontend Engineer",
  backend: "Backend Engineer",
  mobile: "Mobile Developer",
  data_analytics: "Data Analyst",
  data_engineering: "Data Engineer",
  data_science_ml: "Data Scientist",
  devops_sre: "DevOps Engineer",
  cybersecurity: "Security Engineer",
  qa_testing: "QA Engineer",
  product_management: "Product Manager",
  design_ux: "UX Designer",
  sales_bd: "Business Development Executive",
  marketing: "Marketing Executive",
  finance_accounting: "Accountant",
  operations_supply_chain: "Operations Executive",
  hr_recruitment: "HR Executive",
  customer_support: "Customer Support Executive",
  teaching_education: "Teacher",
  business_analysis: "Business Analyst",
  content_writing: "Content Writer",
  consulting: "Consultant",
  core_engineering: "Engineer",
};

function familyTitle(familyId: string, profile: Profile, taxonomy: Taxonomy): string {
  const own = profile.work_history.find(
    (e) => e.title && detectRoleFamily(e.title, [], taxonomy) === familyId,
  );
  if (own?.title) return own.title;
  const fam = taxonomy.familyById.get(familyId);
  const kw =
    FAMILY_JOB_TITLE[familyId] ??
    fam?.title_keywords.find((k) => k.split(" ").length >= 2) ??
    fam?.name ??
    familyId;
  const prefix = profile.seniority === "senior" || profile.seniority === "lead" ? "Senior " : "";
  return `${prefix}${titleCase(kw)}`;
}

function summaryFor(familyId: string, title: string, profile: Profile, taxonomy: Taxonomy): string {
  const out: string[] = [];
  const companies = [
    ...new Set(profile.work_history.map((e) => e.company).filter((c): c is string => !!c)),
  ];
  const years = profile.total_experience_years;
  let opener = title;
  if (years !== null && years > 0) opener += ` with ${years} years of experience`;
  if (companies.length) opener += ` across ${companies.slice(0, 3).join(", ")}`;
  out.push(`${opener}.`);
  if (profile.current_title && profile.current_company)
    out.push(`Currently ${profile.current_title} at ${profile.current_company}.`);

  const inFamily = profile.skills.ids.filter((id) =>
    taxonomy.skillById.get(id)?.role_families.includes(familyId),
  );
  const others = profile.skills.ids.filter((id) => !inFamily.includes(id));
  const skillNames = [...inFamily, ...others]
    .slice(0, 8)
    .map((id) => taxonomy.skillById.get(id)?.name ?? id);
  if (skillNames.length) out.push(`Skills: ${skillNames.join(", ")}.`);

  // Bullets with numbers are results; those mentioning this track's skills come first.
  const bullets = profile.work_history.flatMap((e) => e.bullets);
  const famSkillNames = inFamily.map((id) =>
    (taxonomy.skillById.get(id)?.name ?? "").toLowerCase(),
  );
  const scored = bullets
    .map((b) => ({
      b,
      s:
        (/\d/.test(b) ? 2 : 0) +
        (famSkillNames.some((n) => n && b.toLowerCase().includes(n)) ? 1 : 0),
    }))
    .sort((a, b) => b.s - a.s);
  for (const { b } of scored.slice(0, 3))
    out.push(/[.!?]$/.test(b) ? trimWords(b, 30) : `${trimWords(b, 30)}.`);

  const edu = profile.education[0];
  if (edu) {
    let e = `Holds ${edu.degree}${edu.field ? ` in ${edu.field}` : ""}`;
    if (edu.institution) e += ` from ${edu.institution}`;
    if (edu.year) e += ` (${edu.year})`;
    out.push(`${e}.`);
  }
  if (profile.certifications.length)
    out.push(`Certifications: ${profile.certifications.slice(0, 3).join("; ")}.`);
  const project = profile.projects[0];
  if (project)
    out.push(
      `Project: ${project.name}${project.description ? ` – ${trimWords(project.description, 20)}` : ""}.`,
    );
  if (profile.languages.length) out.push(`Languages: ${profile.languages.join(", ")}.`);

  let summary = "";
  // Facts keep their own punctuation ("Pvt. Ltd."): never end a sentence with "..".
  for (const s of out.map((line) => line.replace(/\.\.$/, "."))) {
    if (words(summary) + words(s) > MAX_WORDS) break;
    summary = summary ? `${summary} ${s}` : s;
  }
  return summary;
}

/**
 * Exactly three ways to present the same person: their current track and the two next
 * closest families (by history, skills, then adjacency). Nothing is invented: summaries
 * only restate profile facts.
 */
export function personaOptions(profile: Profile, taxonomy: Taxonomy): PersonaOption[] {
  const ranked = rankFamilies(profile, taxonomy);
  const primary = ranked[0] ?? "software_engineering";
  const picks = [primary];
  const candidates = [
    ...ranked.slice(1),
    ...(taxonomy.familyById.get(primary)?.adjacent ?? []),
    ...taxonomy.roleFamilies.map((f) => f.id),
  ];
  for (const f of candidates) {
    if (picks.length === 3) break;
    if (!picks.includes(f)) picks.push(f);
  }
  return picks.map((f, i) => {
    const title =
      i === 0 && profile.current_title ? profile.current_title : familyTitle(f, profile, taxonomy);
    const adjacent = (taxonomy.familyById.get(f)?.adjacent ?? [])
      .filter((a) => ranked.includes(a))
      .slice(0, 1);
    return {
      title,
      summary: summaryFor(f, title, profile, taxonomy),
      role_families: [f, ...adjacent],
    };
  });
}
