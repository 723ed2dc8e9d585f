/** Discovery: the nightly scrape run that stores jobs (issue 6). */
export { discoveryLoops } from "./discovery-loops.ts";
export {
  claimAndRun,
  runDiscovery,
  type DiscoveryDeps,
  type RunOutcome,
  type RunSummary,
} from "./run-discovery.ts";
export { discoverySettings, type DiscoverySettings } from "./settings.ts";
export { sweepJdClean, wakeJdClean, JD_CLEAN_AGENT } from "./jd-clean-wakeup.ts";
export { buildPlan, type DiscoveryTarget } from "./targets.ts";
export { preparePosting, type PreparedPosting } from "./prepared-posting.ts";
export { createJobStore, jdPath } from "./job-store.ts";
export { buildStorage } from "./build-storage.ts";
