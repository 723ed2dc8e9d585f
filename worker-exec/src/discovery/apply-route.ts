/**
 * The easiest way to apply to a job among every portal that lists it. Mirrors
 * app.apply_route_rank (supabase/migrations/20261123003000_discovery.sql): the database
 * decides between batches, this decides between postings of one batch.
 */
import type { SourceName } from "../scrape/raw-job.ts";

export interface ApplyRoute {
  source: SourceName;
  url: string | null;
  easyApply: boolean;
}

const ATS_SOURCES: ReadonlySet<string> = new Set([
  "greenhouse",
  "lever",
  "ashby",
  "smartrecruiters",
  "workday",
]);

/** Apply on the portal itself (3) > an ATS's own form (2) > another external form (1) > none. */
export function applyRouteRank(route: ApplyRoute): number {
  if (route.easyApply) return 3;
  if (route.url !== null && ATS_SOURCES.has(route.source)) return 2;
  if (route.url !== null) return 1;
  return 0;
}

/** The easier of two routes; on a tie the one already held stays (stable across runs). */
export function easierRoute(held: ApplyRoute, offered: ApplyRoute): ApplyRoute {
  return applyRouteRank(offered) > applyRouteRank(held) ? offered : held;
}
