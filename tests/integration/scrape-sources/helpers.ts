/** Shared wiring for the scrape-source tests: fake time, a context pointed at the sandbox. */
import { HttpClient, type HttpClientOptions } from "../../../worker-exec/src/scrape/http-client.ts";
import { createReport } from "../../../worker-exec/src/scrape/report.ts";
import type { BrowserProvider } from "../../../worker-exec/src/scrape/browser-pool.ts";
import type {
  ProgressEvent,
  SourceContext,
} from "../../../worker-exec/src/scrape/source-adapter.ts";
import type { RawJob } from "../../../worker-exec/src/scrape/raw-job.ts";

export interface FakeTime {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  sleeps: number[];
}

/** A clock that only moves when someone sleeps; sleeps are recorded, never waited. */
export function fakeTime(start = Date.parse("2025-06-02T09:00:00Z")): FakeTime {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
  };
}

export function testContext(
  baseUrl: string,
  options: { time?: FakeTime; http?: HttpClientOptions; browser?: BrowserProvider } = {},
): SourceContext & { events: ProgressEvent[] } {
  const time = options.time ?? fakeTime();
  const events: ProgressEvent[] = [];
  return {
    baseUrl,
    http: new HttpClient({
      now: time.now,
      sleep: time.sleep,
      random: () => 0.5,
      ratePerSecond: 1000,
      burst: 1000,
      ...options.http,
    }),
    browser: options.browser,
    onProgress: (e) => events.push(e),
    report: createReport(),
    pageDelayMs: 0,
    now: time.now,
    events,
  };
}

export async function collect(iterable: AsyncIterable<RawJob>): Promise<RawJob[]> {
  const out: RawJob[] = [];
  for await (const job of iterable) out.push(job);
  return out;
}

/** Runs an iterable until it throws; returns the jobs yielded before and the error. */
export async function collectUntilError(
  iterable: AsyncIterable<RawJob>,
): Promise<{ jobs: RawJob[]; error: unknown }> {
  const jobs: RawJob[] = [];
  try {
    for await (const job of iterable) jobs.push(job);
  } catch (error) {
    return { jobs, error };
  }
  return { jobs, error: null };
}
