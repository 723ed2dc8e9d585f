/** What one scrape run did: the numbers the scheduler stores and the CLI prints. */
import type { StopReason } from "./source-stopped.ts";

export interface ScrapeReport {
  pages: number;
  yielded: number;
  malformed: number;
  malformedSamples: string[];
  stopped: { reason: StopReason; message: string } | null;
}

export function createReport(): ScrapeReport {
  return { pages: 0, yielded: 0, malformed: 0, malformedSamples: [], stopped: null };
}
