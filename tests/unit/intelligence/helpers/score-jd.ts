import type { CleanJd } from "../../../../shared/intelligence/jd/clean-jd.ts";

export interface JdFixture {
  id: string;
  input: {
    title?: string;
    company?: string;
    location?: string;
    salary?: string;
    experience?: string;
    text?: string;
    html?: string;
  };
  expected: {
    salary_inr: { min: number | null; max: number | null } | null;
    experience: { min: number; max: number | null } | null;
    locations: string[];
    work_mode: string | null;
    remote_india: boolean;
    employment_type?: string | null;
    role_family?: string | null;
    required_skills_include?: string[];
    nice_to_have_include?: string[];
  };
}

export interface JdFieldResult {
  field: string;
  ok: boolean;
  expected: unknown;
  actual: unknown;
}

const near = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? null) === null || (b ?? null) === null
    ? (a ?? null) === (b ?? null)
    : Math.abs((a as number) - (b as number)) <= 1;

export function scoreJd(fx: JdFixture, got: CleanJd): JdFieldResult[] {
  const e = fx.expected;
  const out: JdFieldResult[] = [];
  const check = (field: string, expected: unknown, actual: unknown, ok: boolean) =>
    out.push({ field, ok, expected, actual });
  const s = got.salary_inr;
  check(
    "salary",
    e.salary_inr,
    s,
    e.salary_inr === null
      ? s === null
      : s !== null && near(e.salary_inr.min, s.min) && near(e.salary_inr.max, s.max),
  );
  check(
    "experience",
    e.experience,
    got.experience,
    JSON.stringify(e.experience) === JSON.stringify(got.experience),
  );
  check(
    "locations",
    e.locations,
    got.locations,
    JSON.stringify([...e.locations].sort()) === JSON.stringify([...got.locations].sort()),
  );
  check("work_mode", e.work_mode, got.work_mode, e.work_mode === got.work_mode);
  check("remote_india", e.remote_india, got.remote_india, e.remote_india === got.remote_india);
  if (e.employment_type !== undefined)
    check(
      "employment_type",
      e.employment_type,
      got.employment_type,
      e.employment_type === got.employment_type,
    );
  if (e.role_family !== undefined)
    check("role_family", e.role_family, got.role_family, e.role_family === got.role_family);
  for (const id of e.required_skills_include ?? [])
    check(
      `required ${id}`,
      true,
      got.skills.required.includes(id),
      got.skills.required.includes(id),
    );
  for (const id of e.nice_to_have_include ?? [])
    check(
      `nice ${id}`,
      true,
      got.skills.nice_to_have.includes(id),
      got.skills.nice_to_have.includes(id),
    );
  return out;
}
