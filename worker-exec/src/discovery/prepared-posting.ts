/**
 * A scraped posting made ready to store: the `jobs` fields it implies (canonical forms,
 * city, seniority, CTC and experience in numbers) and its own `job_sources` row.
 */
import {
  canonicalCompany,
  canonicalTitle,
  cityName,
  detectWorkMode,
  parseExperience,
  parseSalary,
} from "../../../shared/intelligence/normalise/index.ts";
import type { EmploymentType, Seniority, WorkMode } from "../../../shared/db/schema/enums.ts";
import type { RawJob, SourceName } from "../scrape/raw-job.ts";
import type { ApplyRoute } from "./apply-route.ts";
import {
  cityKey,
  companyKey,
  fingerprintOf,
  titleKey,
  toJobEmploymentType,
} from "./fingerprint.ts";

export interface JobFields {
  title: string;
  title_canonical: string;
  company: string;
  company_canonical: string;
  city: string | null;
  locations: string[];
  work_mode: WorkMode | null;
  employment_type: EmploymentType;
  seniority: Seniority | null;
  salary_min_inr: number | null;
  salary_max_inr: number | null;
  exp_min_years: number | null;
  exp_max_years: number | null;
  posted_at: Date | null;
}

export interface PreparedPosting {
  fingerprint: string;
  job: JobFields;
  jdHtml: string | null;
  jdText: string | null;
  source: SourceName;
  externalId: string;
  url: string;
  applyUrl: string | null;
  easyApply: boolean;
  /** The route this posting offers for the job: its apply URL, or the posting itself. */
  route: ApplyRoute;
}

const SENIORITY: Record<string, Seniority> = {
  intern: "intern",
  entry: "entry",
  mid: "mid",
  senior: "senior",
  lead: "lead",
  manager: "lead",
  director: "executive",
};

const MAX_INR = 2_000_000_000; // integer column; anything bigger is a parse accident

function salary(text: string | null): { min: number | null; max: number | null } {
  const parsed = text ? parseSalary(text) : null;
  if (!parsed || parsed.currency !== "INR") return { min: null, max: null };
  const ok = (v: number | null) =>
    v !== null && Number.isFinite(v) && v >= 0 && v < MAX_INR ? Math.round(v) : null;
  const min = ok(parsed.min);
  const max = ok(parsed.max);
  return min !== null && max !== null && min > max ? { min: null, max: null } : { min, max };
}

function experience(text: string | null): { min: number | null; max: number | null } {
  const parsed = text ? parseExperience(text) : null;
  if (!parsed) return { min: null, max: null };
  const clip = (v: number | null) => (v === null || v < 0 || v > 60 ? null : v);
  const min = clip(parsed.min);
  const max = clip(parsed.max);
  return min !== null && max !== null && min > max ? { min, max: null } : { min, max };
}

/**
 * Workday requisition ids ("JR-1042") are unique per tenant only; every other source's ids
 * are global. Prefixing the tenant keeps (source, external_id) one posting.
 */
export function postingExternalId(raw: RawJob, company: string | undefined): string {
  if (raw.source !== "workday" || !company) return raw.external_id;
  const tenant = company.split(/[./]/)[0]?.toLowerCase() ?? company;
  return `${tenant}:${raw.external_id}`;
}

export function preparePosting(raw: RawJob, targetCompany?: string): PreparedPosting {
  const title = canonicalTitle(raw.title);
  const company = canonicalCompany(raw.company);
  const remote = raw.work_mode_hint === "remote";
  const city = cityKey(raw.location_text, raw.locations, remote);
  const employmentType = toJobEmploymentType(raw.employment_type, raw.title);
  const pay = salary(raw.salary_text);
  const exp = experience(raw.experience_text);
  const cityLabel = city === "remote" ? "Remote" : (cityName(city) ?? (raw.locations[0] || null));
  // Easy Apply happens at the posting's own URL.
  const applyUrl = raw.apply_url ?? (raw.easy_apply ? raw.url : null);
  return {
    fingerprint: fingerprintOf({
      title: titleKey(raw.title),
      company: companyKey(raw.company),
      city,
      employmentType,
    }),
    job: {
      title: raw.title,
      title_canonical: title.key,
      company: raw.company.trim(),
      company_canonical: company.key,
      city: cityLabel,
      locations: raw.locations,
      work_mode: raw.work_mode_hint ?? detectWorkMode(raw.location_text),
      employment_type: employmentType,
      seniority: title.seniority ? (SENIORITY[title.seniority] ?? null) : null,
      salary_min_inr: pay.min,
      salary_max_inr: pay.max,
      exp_min_years: exp.min,
      exp_max_years: exp.max,
      posted_at: raw.posted_at ? new Date(raw.posted_at) : null,
    },
    jdHtml: raw.jd_html,
    jdText: raw.jd_text,
    source: raw.source,
    externalId: postingExternalId(raw, targetCompany),
    url: raw.url,
    applyUrl: raw.apply_url,
    easyApply: raw.easy_apply,
    route: { source: raw.source, url: applyUrl, easyApply: raw.easy_apply },
  };
}
