/** The sandbox of job portals: start it, and the companies it serves. */
export { startSandbox, type RunningSandbox } from "./serve.ts";
export { createSandboxApp, type SandboxApp } from "./app.ts";
export type { SandboxOptions, RateLimitRule } from "./options.ts";
export type { SandboxStats } from "./behaviours/request-stats.ts";
export {
  SANDBOX_COMPANIES,
  findSandboxCompany,
  boardPathPrefix,
  type AtsName,
  type SandboxCompany,
  type BoardBehaviour,
} from "./companies.ts";
export { REPOSTS } from "./fixtures/world.ts";
