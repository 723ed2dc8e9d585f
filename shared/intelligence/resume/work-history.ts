import { canonicalCompany } from "../normalise/company.ts";
import { findCities } from "../normalise/location.ts";
import { findDateRange } from "./dates.ts";
import type { WorkEntry } from "./profile-schema.ts";
import { isBullet, splitParts, stripBullet } from "./text-lines.ts";

const ROLE_WORDS =
  /\b(?:engineer|developer|analyst|manager|executive|intern|consultant|associate|lead|accountant|designer|teacher|specialist|officer|scientist|architect|administrator|admin|coordinator|head|director|trainee|assistant|representative|advisor|adviser|tester|writer|editor|recruiter|auditor|programmer|technician|supervisor|faculty|lecturer|professor|tutor|sde|sdet|agent|counsellor|counselor|owner|president|strategist|marketer|planner|buyer|controller|clerk|operator|generalist|hrbp|partner|member of technical staff|mts|article assistant|articled|apprentice|educator|pgt|tgt|prt|principal|chef|nurse|pharmacist|founder|co-founder|freelancer|photographer|instructor|trainer|investigator|fellow)s?\b/i;
const COMPANY_CUES =
  /\b(?:ltd|limited|pvt|private|inc|llp|llc|technologies|technology|solutions|services|bank|labs|systems|consulting|consultants|corporation|corp|group|industries|enterprises|school|college|university|academy|institute|hospital|foods|motors|finance|financial|capital|ventures|media|networks|software|infotech|tech|pharma|pharmaceuticals|retail|logistics|studio|studios|agency|associates|co\.|& co|international|global|healthcare|insurance|payments|analytics|digital|communications|telecom|energy|infra|exports|traders|vidyalaya|foundation|ngo|trust)\b/i;
const LOCATION_ONLY = /^(?:india|remote|hybrid|onsite|on-site|work from home|wfh)$/i;

function isLocationPart(p: string): boolean {
  if (LOCATION_ONLY.test(p)) return true;
  const cities = findCities(p);
  if (cities.length === 0) return false;
  // "Bengaluru, Karnataka" or "Pune" alone: short and nothing else of substance.
  return p.split(/\s+/).length <= 3 && !ROLE_WORDS.test(p) && !COMPANY_CUES.test(p);
}

function isKnownCompany(p: string): boolean {
  const c = canonicalCompany(p);
  return c.name !== p.trim() || /^[A-Z][A-Za-z0-9&.'-]*$/.test(p.trim());
}

export function assignTitleCompany(parts: string[]): {
  title: string | null;
  company: string | null;
} {
  const useful = parts.filter((p) => !isLocationPart(p) && !/^\(?\d/.test(p));
  let title: string | null = null;
  let company: string | null = null;
  const titleScore = (p: string) => (ROLE_WORDS.test(p) ? 2 : 0) - (COMPANY_CUES.test(p) ? 1 : 0);
  const companyScore = (p: string) =>
    (COMPANY_CUES.test(p) ? 2 : 0) + (isKnownCompany(p) ? 1 : 0) - (ROLE_WORDS.test(p) ? 2 : 0);
  const byTitle = [...useful].sort((a, b) => titleScore(b) - titleScore(a));
  if (byTitle[0] && titleScore(byTitle[0]) > 0) title = byTitle[0];
  const rest = useful.filter((p) => p !== title);
  const byCompany = [...rest].sort((a, b) => companyScore(b) - companyScore(a));
  if (byCompany[0] && (companyScore(byCompany[0]) > 0 || title !== null)) company = byCompany[0];
  if (title === null && rest.length > 1) title = rest.find((p) => p !== company) ?? null;
  return { title, company };
}

function isHeaderLike(line: string): boolean {
  if (isBullet(line)) return false;
  if (line.length > 90) return false;
  if (/[.;]$/.test(line) && !/\b(?:ltd|pvt|inc|co)\.$/i.test(line)) return false;
  // Wrapped bullet text continues in lower case; headers start with a capital or digit.
  return /^[A-Z0-9(&]/.test(line);
}

/** Parses the lines of an experience section into entries anchored on their date ranges. */
export function parseWorkHistory(lines: string[]): WorkEntry[] {
  const dateIdx: number[] = [];
  lines.forEach((l, i) => {
    if (!isBullet(l) && findDateRange(l)) dateIdx.push(i);
  });
  const entries: WorkEntry[] = [];
  // First line index each entry's header occupies, so the previous entry's bullets stop there.
  const headerStart: number[] = [];
  const bodyStart: number[] = [];
  const parts: string[][] = [];
  let prevDate = -1;
  for (const di of dateIdx) {
    const line = lines[di] as string;
    const range = findDateRange(line);
    const own = line
      .replace(range?.text ?? "", " ")
      .replace(/[()]/g, " ")
      .trim();
    const p = splitParts(own);
    let start = di;
    // Title and company missing from the date line sit on the one or two lines above it.
    const ownUseful = p.filter((x) => !isLocationPart(x)).length;
    const want = ownUseful >= 2 ? 0 : ownUseful === 1 ? 1 : 2;
    for (let k = 1; k <= want && di - k > prevDate; k++) {
      if (!isHeaderLike(lines[di - k] as string)) break;
      start = di - k;
    }
    const headerParts: string[] = [];
    for (let i = start; i < di; i++) headerParts.push(...splitParts(lines[i] as string));
    headerParts.push(...p);
    let body = di + 1;
    // Dates first, then title and company below ("Jan 2020 – Present" / "Analyst" / "Acme").
    while (
      body < lines.length &&
      body < di + 3 &&
      !dateIdx.includes(body) &&
      isHeaderLike(lines[body] as string) &&
      assignTitleCompany(headerParts).company === null
    ) {
      headerParts.push(...splitParts(lines[body] as string));
      body++;
    }
    headerStart.push(start);
    bodyStart.push(body);
    parts.push(headerParts);
    entries.push({
      company: null,
      title: null,
      start: range?.start ?? null,
      end: range?.end ?? null,
      bullets: [],
    });
    prevDate = di;
  }
  entries.forEach((e, k) => {
    const { title, company } = assignTitleCompany(parts[k] ?? []);
    e.title = title;
    e.company = company;
    const end = headerStart[k + 1] ?? lines.length;
    const body = lines.slice(bodyStart[k] ?? end, end);
    e.bullets = joinBullets(body);
  });
  return entries;
}

/** Wrapped bullet text continues on unmarked lines; join them back. */
export function joinBullets(body: string[]): string[] {
  const marked = body.some(isBullet);
  const out: string[] = [];
  for (const l of body) {
    if (marked && !isBullet(l) && out.length > 0) out[out.length - 1] += ` ${l}`;
    else out.push(stripBullet(l));
  }
  return out.filter((b) => b.length > 0);
}
