import {
  CITIES,
  detectRoleFamily,
  findCities,
  type CleanJd,
  type FitJob,
  type FitUser,
  type Profile,
  type Seniority,
  type Taxonomy,
  type WorkMode,
} from "../intelligence/index.ts";

/** What the user told us beyond the résumé (users, user_target_roles, preferences). */
export interface UserPreferences {
  experience_years?: number | null;
  expected_ctc_lpa?: number | null;
  cities_preferred?: readonly string[];
  work_modes_preferred?: readonly string[];
  /** Role families of the chosen persona, then of the target roles. */
  role_families?: readonly (string | null)[];
  target_titles?: readonly string[];
  dream_companies?: readonly string[];
  blacklist_companies?: readonly string[];
}

const LAKH = 100_000;

/** City ids named in free text ("Bangalore", "Navi Mumbai"). */
export function cityIds(names: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const n of names ?? []) for (const id of findCities(n)) if (!out.includes(id)) out.push(id);
  return out;
}

/** City ids plus the places that count as the same area (Delhi NCR and its cities). */
export function areaCities(ids: readonly string[]): string[] {
  const out = new Set(ids);
  for (const id of ids) {
    for (const c of CITIES) {
      if (c.id === id && c.region) out.add(c.region);
      if (c.region === id) out.add(c.id);
    }
  }
  return [...out];
}

/**
 * The families a user is on track for: the ones they chose (persona, target roles — titles
 * resolved with the taxonomy), else the one their résumé points at. Empty means "any".
 */
export function userRoleFamilies(
  profile: Pick<Profile, "current_title" | "skills"> | null,
  prefs: UserPreferences,
  taxonomy: Taxonomy,
): string[] {
  const out = new Set<string>();
  for (const f of prefs.role_families ?? []) if (f && taxonomy.familyById.has(f)) out.add(f);
  for (const t of prefs.target_titles ?? []) {
    const f = detectRoleFamily(t, [], taxonomy);
    if (f) out.add(f);
  }
  if (out.size === 0 && profile?.current_title) {
    const f = detectRoleFamily(profile.current_title, profile.skills.ids, taxonomy);
    if (f) out.add(f);
  }
  return [...out];
}

/** The parts of a profile the scorer reads. */
export type FitProfile = Pick<
  Profile,
  "skills" | "total_experience_years" | "seniority" | "city" | "expected_ctc_lpa" | "current_title"
>;

/** A parsed résumé plus the user's own settings → the scorer's view of the user. */
export function fitUserFromProfile(
  profile: FitProfile,
  prefs: UserPreferences,
  taxonomy: Taxonomy,
): FitUser {
  const willing = cityIds(prefs.cities_preferred);
  const home = profile.city ?? willing[0] ?? null;
  const modes = prefs.work_modes_preferred ?? [];
  const expectedLpa = prefs.expected_ctc_lpa ?? profile.expected_ctc_lpa;
  return {
    skill_ids: profile.skills.ids,
    years: prefs.experience_years ?? profile.total_experience_years,
    seniority: profile.seniority,
    city: home,
    willing_cities: willing.filter((c) => c !== home),
    open_to_remote: modes.length === 0 || modes.includes("remote"),
    expected_ctc_inr: expectedLpa ? Math.round(expectedLpa * LAKH) : null,
    role_families: userRoleFamilies(profile, prefs, taxonomy),
    dream_companies: prefs.dream_companies ?? [],
    blacklist_companies: prefs.blacklist_companies ?? [],
  };
}

/** A cleaned JD → the scorer's view of the job. */
export function fitJobFromClean(
  clean: CleanJd,
  company: string,
  id?: string,
): FitJob & { id?: string } {
  return {
    ...(id ? { id } : {}),
    company,
    required_skill_ids: clean.skills.required,
    nice_skill_ids: clean.skills.nice_to_have,
    experience: clean.experience ? { min: clean.experience.min, max: clean.experience.max } : null,
    seniority: clean.seniority,
    cities: clean.locations,
    work_mode: clean.work_mode,
    remote_india: clean.remote_india,
    salary_inr: clean.salary_inr,
    role_family: clean.role_family,
  };
}

/** A cleaned `jobs` row (with its job_skills) → the scorer's view of the job. */
export interface JobFitRow {
  id: string;
  company: string;
  required: string[] | null;
  nice: string[] | null;
  exp_min_years: string | number | null;
  exp_max_years: string | number | null;
  seniority: string | null;
  locations: string[];
  work_mode: string | null;
  remote_india: boolean;
  salary_min_inr: number | null;
  salary_max_inr: number | null;
  role_family: string | null;
  is_active: boolean;
}

const num = (v: string | number | null) => (v === null ? null : Number(v));

export function fitJobFromRow(r: JobFitRow): FitJob & { id: string } {
  const min = num(r.exp_min_years);
  const max = num(r.exp_max_years);
  return {
    id: r.id,
    company: r.company,
    required_skill_ids: r.required ?? [],
    nice_skill_ids: r.nice ?? [],
    experience: min === null && max === null ? null : { min: min ?? 0, max },
    seniority: r.seniority as Seniority | null,
    cities: r.locations,
    work_mode: r.work_mode as WorkMode | null,
    remote_india: r.remote_india,
    salary_inr:
      r.salary_min_inr === null && r.salary_max_inr === null
        ? null
        : { min: r.salary_min_inr, max: r.salary_max_inr },
    role_family: r.role_family,
    active: r.is_active,
  };
}
