/** Job-source scraping: adapters, their HTTP/browser plumbing, and the raw-job shape. */
export {
  RawJobSchema,
  SOURCE_NAMES,
  SourceNameSchema,
  type RawJob,
  type SourceName,
} from "./raw-job.ts";
export type {
  ScrapeTarget,
  SourceAdapter,
  SourceContext,
  ProgressEvent,
} from "./source-adapter.ts";
export { SourceStopped, type StopReason } from "./source-stopped.ts";
export {
  HttpClient,
  type HttpClientOptions,
  type HttpRequest,
  type HttpResponse,
} from "./http-client.ts";
export {
  BrowserPool,
  withBrowserPool,
  type BrowserPoolOptions,
  type BrowserProvider,
  type BrowserSession,
  type SaveArtifact,
} from "./browser-pool.ts";
export { launchChromium } from "./browser/launch-chromium.ts";
export { realSleep, type Sleep } from "./http/sleep.ts";
export { createReport, type ScrapeReport } from "./report.ts";
export { runSource, collectJobs } from "./run-source.ts";
export { SOURCES, getSource } from "./sources/index.ts";
export { sourceUrl, checkBaseUrl } from "./base-url.ts";
