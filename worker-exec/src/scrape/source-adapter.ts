/** The contract between the scrape scheduler and each source. */
import type { BrowserProvider } from "./browser-pool.ts";
import type { HttpClient } from "./http-client.ts";
import type { RawJob, SourceName } from "./raw-job.ts";
import type { ScrapeReport } from "./report.ts";

export interface ScrapeTarget {
  /** ATS board slug (Workday: "<tenant>.wd<n>/<site>"). */
  company?: string;
  /** Board search keywords (LinkedIn, Naukri) or category (Internshala). */
  query?: string;
  location?: string;
  /** Stop after this many jobs. */
  limit?: number;
}

export type ProgressEvent =
  | { type: "page"; source: SourceName; page: number; url: string; jobs: number }
  | { type: "malformed"; source: SourceName; detail: string }
  | { type: "retry"; source: string; url: string; attempt: number; waitMs: number; cause: string }
  | { type: "stop"; source: SourceName; reason: string; detail: string };

export interface SourceContext {
  /** Replaces scheme+host+port of the production host; paths and queries stay real. */
  baseUrl?: string;
  http: HttpClient;
  browser?: BrowserProvider;
  onProgress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
  /** SCRAPE_PROXY_URL: used for scraping only (browser contexts). */
  proxyUrl?: string;
  /** Counts pages, yields and skipped entries for this run. */
  report: ScrapeReport;
  /** Pause between pages of one board (politeness). Defaults to 1500 ms. */
  pageDelayMs?: number;
  /** Clock for relative dates ("3 Days Ago"); defaults to the real one. */
  now?: () => number;
}

export interface SourceAdapter {
  readonly name: SourceName;
  readonly kind: "api" | "browser";
  /** Which target fields the source needs (for argument checking). */
  readonly needs: "company" | "query";
  fetchJobs(target: ScrapeTarget, ctx: SourceContext): AsyncIterable<RawJob>;
}
