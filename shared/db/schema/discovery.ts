import { z } from "zod";
import { int, timestamp, uuid } from "./columns.ts";

/** The ATSes whose public feeds discovery reads for every followed company. */
export const AtsName = z.enum(["greenhouse", "lever", "ashby", "smartrecruiters", "workday"]);
export type AtsName = z.infer<typeof AtsName>;

/** Job boards searched by keyword and city. */
export const BoardName = z.enum(["linkedin", "naukri", "internshala"]);
export type BoardName = z.infer<typeof BoardName>;

export const ScrapeProgressState = z.enum(["running", "done", "failed", "skipped"]);
export type ScrapeProgressState = z.infer<typeof ScrapeProgressState>;

/** A company followed on one ATS; every active row is a target of every run. */
export const AtsCompanyRow = z.object({
  id: uuid,
  ats: AtsName,
  slug: z.string(),
  name: z.string(),
  is_active: z.boolean(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type AtsCompanyRow = z.infer<typeof AtsCompanyRow>;

/** A board search every run makes regardless of users' targets. */
export const DiscoveryBaselineTargetRow = z.object({
  id: uuid,
  source: BoardName,
  query: z.string(),
  location: z.string(),
  max_jobs: int.nullable(),
  is_active: z.boolean(),
  created_at: timestamp,
});
export type DiscoveryBaselineTargetRow = z.infer<typeof DiscoveryBaselineTargetRow>;

/** How far one run got on one (source, target): what a resuming worker skips. */
export const ScrapeRunProgressRow = z.object({
  run_id: uuid,
  source: z.string(),
  target_key: z.string(),
  state: ScrapeProgressState,
  postings: int,
  pages: int,
  malformed: int,
  reason: z.string().nullable(),
  message: z.string().nullable(),
  stops_source: z.boolean(),
  worker: z.string().nullable(),
  started_at: timestamp,
  finished_at: timestamp.nullable(),
});
export type ScrapeRunProgressRow = z.infer<typeof ScrapeRunProgressRow>;
