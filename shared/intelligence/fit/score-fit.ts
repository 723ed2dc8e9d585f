import { cityName, sameArea } from "../normalise/location.ts";
import { compileJob, compileUser, type CompiledJob, type CompiledUser } from "./compile.ts";
import {
  DEFAULT_FIT_WEIGHTS,
  type FitJob,
  type FitLabel,
  type FitRecommendation,
  type FitResult,
  type FitUser,
  type FitWeights,
} from "./types.ts";

// Component slots in the scratch array, so the ranking path allocates nothing.
const SKILLS = 0;
const EXPERIENCE = 1;
const SENIORITY = 2;
const LOCATION = 3;
const SALARY = 4;
const REQ_MATCHED = 5;
const NICE_MATCHED = 6;
const scratch = new Float64Array(7);

/** Preference lists name companies loosely: "Razorpay" should match "Razorpay Software". */
export function companyListed(list: ReadonlySet<string>, key: string): boolean {
  if (list.size === 0) return false;
  if (list.has(key)) return true;
  for (const k of list) if (key.startsWith(`${k}-`)) return true;
  return false;
}

function hasBit(bits: Uint32Array, i: number): boolean {
  const w = i >>> 5;
  return w < bits.length && ((bits[w] as number) & (1 << (i & 31))) !== 0;
}

/** Required skills dominate; nice-to-haves add a fifth. More matches never lower it. */
function computeComponents(u: CompiledUser, j: CompiledJob, out: Float64Array): void {
  let req = 0;
  for (let k = 0; k < j.req.length; k++) if (hasBit(u.bits, j.req[k] as number)) req++;
  let nice = 0;
  for (let k = 0; k < j.nice.length; k++) if (hasBit(u.bits, j.nice[k] as number)) nice++;
  const rq = j.req.length;
  const nc = j.nice.length;
  out[REQ_MATCHED] = req;
  out[NICE_MATCHED] = nice;
  out[SKILLS] =
    rq > 0 ? (nc > 0 ? 0.8 * (req / rq) + 0.2 * (nice / nc) : req / rq) : nc > 0 ? nice / nc : 0.5;

  // Experience: full marks inside the band, falling off with the gap below it; being over
  // the band costs a little (over-qualified candidates get fewer callbacks).
  let exp = 1;
  if (j.hasExp && u.hasYears) {
    const y = u.years;
    if (y < j.expMin) exp = Math.max(0, 1 - (j.expMin - y) / Math.max(2, j.expMin));
    else if (y > j.expMax) exp = Math.max(0.4, 1 - (y - j.expMax) / (j.expMax + 4));
  } else if (j.hasExp) exp = 0.5;
  out[EXPERIENCE] = exp;

  let sen = 0.7;
  if (u.senRank >= 0 && j.senRank >= 0) {
    const d = Math.abs(u.senRank - j.senRank);
    sen = d === 0 ? 1 : d === 1 ? 0.6 : d === 2 ? 0.25 : 0;
  }
  out[SENIORITY] = sen;

  let loc = 0.1;
  if (j.remoteIndia && u.openRemote) loc = 1;
  else if (j.cities.length === 0) loc = j.remote ? 0.3 : 0.7;
  else {
    for (let k = 0; k < j.cities.length; k++) {
      const c = j.cities[k] as string;
      if (u.home !== null && sameArea(c, u.home)) {
        loc = 1;
        break;
      }
      if (u.willing.has(c)) loc = 0.9;
    }
  }
  out[LOCATION] = loc;

  let sal = 0.7;
  if (j.salaryTop > 0 && u.expected > 0) {
    const ratio = j.salaryTop / u.expected;
    sal = ratio >= 1 ? 1 : Math.max(0, Math.min(1, (ratio - 0.6) / 0.4));
  }
  out[SALARY] = sal;
}

function gated(u: CompiledUser, j: CompiledJob): boolean {
  // A bar three or more years above the user's, or twice their experience, is out of reach.
  return (
    j.hasExp && u.hasYears && (j.expMin - u.years >= 3 || (j.expMin >= 4 && u.years < j.expMin / 2))
  );
}

function weighted(u: CompiledUser, j: CompiledJob, w: FitWeights, c: Float64Array): number {
  const demand = (c[SENIORITY] as number) * 0.5 + (c[LOCATION] as number) * 0.5;
  const total = w.skills + w.experience + w.demand + w.salary || 1;
  let s =
    (100 *
      (w.skills * (c[SKILLS] as number) +
        w.experience * (c[EXPERIENCE] as number) +
        w.demand * demand +
        w.salary * (c[SALARY] as number))) /
    total;
  if (companyListed(u.dream, j.companyKey))
    s += w.thresholds?.dream_bonus ?? DEFAULT_FIT_WEIGHTS.thresholds.dream_bonus;
  if (gated(u, j))
    s = Math.min(s, w.thresholds?.hard_gate_cap ?? DEFAULT_FIT_WEIGHTS.thresholds.hard_gate_cap);
  return Math.max(0, Math.min(100, Math.round(s)));
}

const asUser = (u: FitUser | CompiledUser): CompiledUser => ("kind" in u ? u : compileUser(u));
const asJob = (j: FitJob | CompiledJob): CompiledJob => ("kind" in j ? j : compileJob(j));

/** Score only, for ranking many pairs: no allocation on compiled inputs. -1 = excluded. */
export function scoreFitValue(
  user: CompiledUser,
  job: CompiledJob,
  weights: FitWeights = DEFAULT_FIT_WEIGHTS,
): number {
  if (companyListed(user.blacklist, job.companyKey)) return -1;
  computeComponents(user, job, scratch);
  return weighted(user, job, weights, scratch);
}

export function fitLabel(score: number): FitLabel {
  return score >= 75 ? "strong" : score >= 60 ? "good" : "fair";
}

const lpa = (inr: number) => `₹${Math.round(inr / 1e4) / 10} LPA`;
const yrs = (n: number) => `${n} year${n === 1 ? "" : "s"}`;

/** Full explanation of one pair; use scoreFitValue to rank and this for the top few. */
export function scoreFit(
  userIn: FitUser | CompiledUser,
  jobIn: FitJob | CompiledJob,
  weights: FitWeights = DEFAULT_FIT_WEIGHTS,
): FitResult {
  const u = asUser(userIn);
  const j = asJob(jobIn);
  const c = new Float64Array(7);
  computeComponents(u, j, c);
  const excluded = companyListed(u.blacklist, j.companyKey);
  const dream = companyListed(u.dream, j.companyKey);
  const capped = gated(u, j);
  const score = excluded ? 0 : weighted(u, j, weights, c);
  const th = { ...DEFAULT_FIT_WEIGHTS.thresholds, ...weights.thresholds };
  const recommendation: FitRecommendation = excluded
    ? "skip"
    : score >= th.recommend
      ? "apply"
      : score >= th.store
        ? "consider"
        : "skip";

  const userSkills = new Set(u.source.skill_ids);
  const job = j.source;
  const matched = job.required_skill_ids.filter((id) => userSkills.has(id));
  const missing = job.required_skill_ids.filter((id) => !userSkills.has(id));
  const reasons: string[] = [];
  if (excluded) reasons.push("You blocked this company");
  if (job.required_skill_ids.length > 0)
    reasons.push(`You have ${matched.length} of ${job.required_skill_ids.length} required skills`);
  const niceHave = (job.nice_skill_ids ?? []).filter((id) => userSkills.has(id));
  if (niceHave.length > 0)
    reasons.push(
      `You also have ${niceHave.length} nice-to-have skill${niceHave.length === 1 ? "" : "s"}`,
    );
  if (job.experience && u.hasYears) {
    const band =
      job.experience.max === null
        ? `${job.experience.min}+ years`
        : `${job.experience.min}–${job.experience.max} years`;
    reasons.push(`Needs ${band}; you have ${yrs(u.years)}`);
  }
  if (capped)
    reasons.push(
      `The experience bar is well above yours, so the score is capped at ${th.hard_gate_cap}`,
    );
  if (j.remoteIndia) reasons.push("Remote role open to candidates across India");
  else if ((c[LOCATION] as number) >= 1 && u.home)
    reasons.push(`In your city (${cityName(u.home) ?? u.home})`);
  else if ((c[LOCATION] as number) >= 0.9) reasons.push("In a city you are willing to work in");
  else if (job.cities.length > 0) reasons.push("Outside your city and preferred cities");
  if (j.salaryTop > 0 && u.expected > 0) {
    reasons.push(
      j.salaryTop >= u.expected
        ? `Pays up to ${lpa(j.salaryTop)}, at or above your expected ${lpa(u.expected)}`
        : `Pays up to ${lpa(j.salaryTop)}, below your expected ${lpa(u.expected)}`,
    );
  }
  if (dream && !excluded) reasons.push("On your dream-company list");

  return {
    score,
    label: fitLabel(score),
    recommendation,
    excluded,
    capped,
    components: {
      skills: c[SKILLS] as number,
      experience: c[EXPERIENCE] as number,
      seniority: c[SENIORITY] as number,
      location: c[LOCATION] as number,
      salary: c[SALARY] as number,
      demand: ((c[SENIORITY] as number) + (c[LOCATION] as number)) / 2,
      company: excluded ? 0 : dream ? 1 : 0.5,
    },
    matched_skills: matched,
    missing_skills: missing,
    reasons,
  };
}
