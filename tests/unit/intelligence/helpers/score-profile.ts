import { canonicalCompany } from "../../../../shared/intelligence/normalise/company.ts";
import type { Profile } from "../../../../shared/intelligence/resume/profile-schema.ts";

export interface ExpectedProfile {
  name: string | null;
  email: string | null;
  phone: string | null;
  city: string | null;
  links: { linkedin: string | null; github: string | null; portfolio: string | null };
  headline: string | null;
  total_experience_years: number | null;
  current_title: string | null;
  current_company: string | null;
  seniority: string | null;
  work_history: {
    company: string;
    title: string;
    start: string;
    end: string | null;
    bullets: number;
  }[];
  education: {
    degree: string;
    institution: string;
    year: number;
    cgpa: number | null;
    percentage: number | null;
  }[];
  skill_ids: string[];
  certifications: string[];
  projects: string[];
  languages: string[];
  notice_period_days: number | null;
  current_ctc_lpa: number | null;
  expected_ctc_lpa: number | null;
}

export interface FieldResult {
  field: string;
  ok: boolean;
  expected: unknown;
  actual: unknown;
}

const norm = (s: string | null | undefined) =>
  s === null || s === undefined
    ? null
    : s
        .toLowerCase()
        .replace(/[^a-z0-9+#&%@./:]+/g, " ")
        .replace(/[.\s]+$/, "")
        .trim();

const companyKey = (s: string | null) => (s === null ? null : canonicalCompany(s).key);

/** Field-by-field comparison. Lists score per expected item; unexpected extras count as misses. */
export function scoreProfile(exp: ExpectedProfile, got: Profile): FieldResult[] {
  const out: FieldResult[] = [];
  const check = (field: string, expected: unknown, actual: unknown, ok = expected === actual) =>
    out.push({ field, ok, expected, actual });

  check("name", norm(exp.name), norm(got.name));
  check("email", exp.email, got.email);
  check("phone", exp.phone, got.phone);
  check("city", exp.city, got.city);
  check("links.linkedin", exp.links.linkedin, got.links.linkedin);
  check("links.github", exp.links.github, got.links.github);
  check("links.portfolio", exp.links.portfolio, got.links.portfolio);
  check("headline", norm(exp.headline), norm(got.headline));
  check("total_experience_years", exp.total_experience_years, got.total_experience_years);
  check("current_title", norm(exp.current_title), norm(got.current_title));
  check("current_company", companyKey(exp.current_company), companyKey(got.current_company));
  check("seniority", exp.seniority, got.seniority);

  exp.work_history.forEach((e, i) => {
    const g = got.work_history[i];
    const p = `work_history[${i}]`;
    check(`${p}.company`, companyKey(e.company), companyKey(g?.company ?? null));
    check(`${p}.title`, norm(e.title), norm(g?.title ?? null));
    check(`${p}.start`, e.start, g?.start ?? null);
    check(`${p}.end`, e.end, g === undefined ? "missing" : g.end);
    check(`${p}.bullets`, e.bullets, g?.bullets.length ?? null);
  });
  for (let i = exp.work_history.length; i < got.work_history.length; i++)
    check(`work_history[${i}] (extra)`, null, got.work_history[i], false);

  exp.education.forEach((e, i) => {
    const g = got.education[i];
    const p = `education[${i}]`;
    check(`${p}.degree`, e.degree, g?.degree ?? null);
    const inst = norm(g?.institution ?? null);
    check(
      `${p}.institution`,
      norm(e.institution),
      inst,
      inst !== null && inst === norm(e.institution),
    );
    check(`${p}.year`, e.year, g?.year ?? null);
    check(`${p}.cgpa`, e.cgpa, g?.cgpa ?? null);
    check(`${p}.percentage`, e.percentage, g?.percentage ?? null);
  });
  for (let i = exp.education.length; i < got.education.length; i++)
    check(`education[${i}] (extra)`, null, got.education[i], false);

  for (const id of exp.skill_ids) check(`skills.${id}`, true, got.skills.ids.includes(id));
  for (const id of got.skills.ids)
    if (!exp.skill_ids.includes(id)) check(`skills.${id} (extra)`, false, true, false);

  const gotCerts = got.certifications.map(norm);
  for (const c of exp.certifications) check(`certification ${c}`, true, gotCerts.includes(norm(c)));
  const gotProjects = got.projects.map((p) => norm(p.name));
  for (const p of exp.projects) check(`project ${p}`, true, gotProjects.includes(norm(p)));
  for (const l of exp.languages) check(`language ${l}`, true, got.languages.includes(l));
  for (const l of got.languages)
    if (!exp.languages.includes(l)) check(`language ${l} (extra)`, false, true, false);

  check("notice_period_days", exp.notice_period_days, got.notice_period_days);
  check("current_ctc_lpa", exp.current_ctc_lpa, got.current_ctc_lpa);
  check("expected_ctc_lpa", exp.expected_ctc_lpa, got.expected_ctc_lpa);
  return out;
}
