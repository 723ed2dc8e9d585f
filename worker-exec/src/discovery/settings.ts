/**
 * Discovery's knobs, resolved from worker-exec's config with production defaults: which
 * sources run, how fast each may go and how many of its targets run at once.
 */
import { SOURCE_NAMES, type SourceName } from "../scrape/raw-job.ts";
import type { SourceLimits } from "../scrape/http-client.ts";

export interface SourceSettings extends Required<SourceLimits> {
  /** Targets of this source scraped at the same time. */
  targets: number;
}

export interface DiscoverySettings {
  sources: SourceName[];
  leaseMs: number;
  pollMs: number;
  pageDelayMs: number;
  batchSize: number;
  boardTargetLimit: number;
  maxUserSearches: number;
  perSource: Record<SourceName, SourceSettings>;
  /** SCRAPE_BASE_URL: every adapter's origin (the sandbox locally). */
  baseUrl?: string;
  /** SCRAPE_PROXY_URL: scraping browser contexts only. */
  proxyUrl?: string;
  /** Chromium processes at most (BrowserPool caps it at 2). */
  maxBrowsers: number;
  sweepMs: number;
  wakeAfterMs: number;
}

/** Public ATS APIs tolerate a few requests a second; LinkedIn blocks anything brisk. */
export const DEFAULT_SOURCE_SETTINGS: Record<SourceName, SourceSettings> = {
  greenhouse: { ratePerSecond: 5, burst: 5, concurrency: 4, targets: 4 },
  lever: { ratePerSecond: 5, burst: 5, concurrency: 4, targets: 4 },
  ashby: { ratePerSecond: 5, burst: 5, concurrency: 4, targets: 4 },
  smartrecruiters: { ratePerSecond: 4, burst: 4, concurrency: 4, targets: 3 },
  workday: { ratePerSecond: 4, burst: 4, concurrency: 4, targets: 3 },
  linkedin: { ratePerSecond: 1, burst: 1, concurrency: 1, targets: 1 },
  naukri: { ratePerSecond: 1, burst: 1, concurrency: 1, targets: 1 },
  internshala: { ratePerSecond: 1, burst: 1, concurrency: 1, targets: 1 },
};

export interface DiscoveryConfigInput {
  discoverySources?: string[] | undefined;
  discoveryLeaseMs?: number | undefined;
  discoveryPollMs?: number | undefined;
  discoveryPageDelayMs?: number | undefined;
  discoveryBatchSize?: number | undefined;
  discoveryBoardTargetLimit?: number | undefined;
  discoveryMaxUserSearches?: number | undefined;
  discoveryRatePerSecond?: number | undefined;
  discoverySourceLimits?: Partial<Record<string, Partial<SourceSettings>>> | undefined;
  discoveryMaxBrowsers?: number | undefined;
  jdCleanSweepMs?: number | undefined;
  jdCleanWakeAfterMs?: number | undefined;
  scrapeBaseUrl?: string | undefined;
  scrapeProxyUrl?: string | undefined;
}

export function discoverySettings(config: DiscoveryConfigInput): DiscoverySettings {
  const perSource = {} as Record<SourceName, SourceSettings>;
  for (const name of SOURCE_NAMES) {
    const base = { ...DEFAULT_SOURCE_SETTINGS[name] };
    if (config.discoveryRatePerSecond !== undefined) {
      base.ratePerSecond = config.discoveryRatePerSecond;
      base.burst = Math.max(1, Math.ceil(config.discoveryRatePerSecond));
    }
    perSource[name] = { ...base, ...config.discoverySourceLimits?.[name] };
  }
  const sources = (config.discoverySources ?? [...SOURCE_NAMES]).filter((s): s is SourceName =>
    (SOURCE_NAMES as readonly string[]).includes(s),
  );
  return {
    sources,
    leaseMs: config.discoveryLeaseMs ?? 120_000,
    pollMs: config.discoveryPollMs ?? 15_000,
    pageDelayMs: config.discoveryPageDelayMs ?? 1_500,
    batchSize: config.discoveryBatchSize ?? 500,
    boardTargetLimit: config.discoveryBoardTargetLimit ?? 200,
    maxUserSearches: config.discoveryMaxUserSearches ?? 50,
    perSource,
    baseUrl: config.scrapeBaseUrl,
    proxyUrl: config.scrapeProxyUrl,
    maxBrowsers: Math.min(2, config.discoveryMaxBrowsers ?? 2),
    sweepMs: config.jdCleanSweepMs ?? 180_000,
    wakeAfterMs: config.jdCleanWakeAfterMs ?? 600_000,
  };
}
