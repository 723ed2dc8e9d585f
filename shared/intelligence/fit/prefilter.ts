import { sameArea } from "../normalise/location.ts";
import type { CompiledJob, CompiledUser } from "./compile.ts";
import { companyListed } from "./score-fit.ts";

/**
 * Cheap yes/no before scoring: on-track role family (or adjacent), seniority within two
 * levels, reachable location, job still open, company not blocked. Unknowns pass.
 */
export function prefilter(u: CompiledUser, j: CompiledJob): boolean {
  if (!j.active) return false;
  if (companyListed(u.blacklist, j.companyKey)) return false;
  if (j.family !== null && u.families.size > 0 && !u.families.has(j.family)) return false;
  if (u.senRank >= 0 && j.senRank >= 0 && Math.abs(u.senRank - j.senRank) > 2) return false;
  if (j.remoteIndia && u.openRemote) return true;
  if (j.cities.length === 0) return true;
  for (const c of j.cities) {
    if (u.willing.has(c)) return true;
    if (u.home !== null && sameArea(c, u.home)) return true;
  }
  return false;
}
