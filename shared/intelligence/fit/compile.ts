import { canonicalCompany } from "../normalise/company.ts";
import { seniorityRank } from "../normalise/seniority.ts";
import type { Taxonomy } from "../taxonomy/load-taxonomy.ts";
import type { FitJob, FitUser } from "./types.ts";

/** Skill id → dense index. Taxonomy skills keep their taxonomy index; others are appended. */
export class SkillInterner {
  private readonly index = new Map<string, number>();
  readonly ids: string[] = [];

  constructor(taxonomy?: Taxonomy) {
    if (taxonomy) for (const s of taxonomy.skills) this.intern(s.id);
  }

  intern(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.index.set(id, i);
      this.ids.push(id);
    }
    return i;
  }
}

const defaultInterner = new SkillInterner();

export interface CompiledUser {
  readonly kind: "user";
  /** Bitset over interned skill indices. */
  bits: Uint32Array;
  years: number;
  hasYears: boolean;
  senRank: number;
  home: string | null;
  willing: ReadonlySet<string>;
  openRemote: boolean;
  expected: number;
  families: ReadonlySet<string>;
  dream: ReadonlySet<string>;
  blacklist: ReadonlySet<string>;
  source: FitUser;
}

export interface CompiledJob {
  readonly kind: "job";
  req: Int32Array;
  nice: Int32Array;
  hasExp: boolean;
  expMin: number;
  /** Infinity when open-ended. */
  expMax: number;
  senRank: number;
  cities: readonly string[];
  remoteIndia: boolean;
  remote: boolean;
  /** Best pay the band offers (max, else min); -1 when unknown. */
  salaryTop: number;
  companyKey: string;
  family: string | null;
  active: boolean;
  source: FitJob;
  interner: SkillInterner;
}

function companyKeys(names: readonly string[] | undefined): Set<string> {
  return new Set((names ?? []).map((n) => canonicalCompany(n).key));
}

export function compileUser(
  user: FitUser,
  options: { taxonomy?: Taxonomy; interner?: SkillInterner } = {},
): CompiledUser {
  const interner = options.interner ?? defaultInterner;
  const idx = user.skill_ids.map((id) => interner.intern(id));
  const bits = new Uint32Array((Math.max(0, ...idx) >>> 5) + 1);
  for (const i of idx) bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
  const families = new Set(user.role_families ?? []);
  // Adjacent families count as on-track for the prefilter ("backend" user, "devops" job).
  if (options.taxonomy) {
    for (const f of [...families]) {
      for (const a of options.taxonomy.familyById.get(f)?.adjacent ?? []) families.add(a);
    }
  }
  return {
    kind: "user",
    bits,
    years: user.years ?? 0,
    hasYears: user.years !== null,
    senRank: user.seniority ? seniorityRank(user.seniority) : -1,
    home: user.city,
    willing: new Set(user.willing_cities ?? []),
    openRemote: user.open_to_remote ?? true,
    expected: user.expected_ctc_inr ?? -1,
    families,
    dream: companyKeys(user.dream_companies),
    blacklist: companyKeys(user.blacklist_companies),
    source: user,
  };
}

export function compileJob(job: FitJob, options: { interner?: SkillInterner } = {}): CompiledJob {
  const interner = options.interner ?? defaultInterner;
  const req = [...new Set(job.required_skill_ids)];
  const nice = [...new Set(job.nice_skill_ids ?? [])].filter((id) => !req.includes(id));
  const s = job.salary_inr;
  return {
    kind: "job",
    req: Int32Array.from(req.map((id) => interner.intern(id))),
    nice: Int32Array.from(nice.map((id) => interner.intern(id))),
    hasExp: job.experience !== null,
    expMin: job.experience?.min ?? 0,
    expMax: job.experience?.max ?? Infinity,
    senRank: job.seniority ? seniorityRank(job.seniority) : -1,
    cities: job.cities,
    remoteIndia: job.remote_india,
    remote: job.work_mode === "remote",
    salaryTop: s ? (s.max ?? s.min ?? -1) : -1,
    companyKey: canonicalCompany(job.company).key,
    family: job.role_family,
    active: job.active ?? true,
    source: job,
    interner,
  };
}
