import { z } from "zod";
import { storageVars } from "../../shared/storage/storage-config.ts";
import type { ConfigSpec } from "../../shared/config/load-config.ts";
import { baseWorkerVars } from "../../shared/workers/worker-config.ts";
import { SOURCE_NAMES } from "./scrape/raw-job.ts";
import { applyVars } from "./apply/config.ts";

const boolean = z.enum(["true", "false"]).transform((v) => v === "true");
const ms = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const sourceLimits = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "must be JSON" });
      return z.NEVER;
    }
  })
  .pipe(
    z.partialRecord(
      z.enum(SOURCE_NAMES),
      z
        .object({
          ratePerSecond: z.number().positive(),
          burst: z.number().int().positive(),
          concurrency: z.number().int().positive(),
          targets: z.number().int().positive(),
        })
        .partial()
        .strict(),
    ),
  );

/**
 * Scraping and discovery. Every DISCOVERY_* knob is optional: unset means the production
 * default in worker-exec/src/discovery/settings.ts.
 */
const discoveryVars = {
  /** Replaces every adapter's origin: the portal sandbox locally (npm start sets it). */
  scrapeBaseUrl: { env: "SCRAPE_BASE_URL", schema: z.url(), optional: true },
  /** Proxy for the scraping browsers only (may carry credentials). */
  scrapeProxyUrl: { env: "SCRAPE_PROXY_URL", schema: z.url(), secret: true, optional: true },
  /** A Chromium binary instead of @sparticuz/chromium (read by launchChromium). */
  chromePath: { env: "CHROME_PATH", schema: z.string().min(1), optional: true },
  discoveryEnabled: { env: "DISCOVERY_ENABLED", schema: boolean, optional: true },
  discoverySources: {
    env: "DISCOVERY_SOURCES",
    schema: z
      .string()
      .transform((v) =>
        v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.enum(SOURCE_NAMES)).min(1)),
    optional: true,
  },
  discoveryLeaseMs: { env: "DISCOVERY_LEASE_MS", schema: ms(1_000, 3_600_000), optional: true },
  discoveryPollMs: { env: "DISCOVERY_POLL_MS", schema: ms(50, 3_600_000), optional: true },
  discoveryPageDelayMs: { env: "DISCOVERY_PAGE_DELAY_MS", schema: ms(0, 60_000), optional: true },
  discoveryBatchSize: { env: "DISCOVERY_BATCH_SIZE", schema: ms(1, 2_000), optional: true },
  discoveryBoardTargetLimit: {
    env: "DISCOVERY_BOARD_TARGET_LIMIT",
    schema: ms(1, 1_000),
    optional: true,
  },
  discoveryMaxUserSearches: {
    env: "DISCOVERY_MAX_USER_SEARCHES",
    schema: ms(0, 10_000),
    optional: true,
  },
  discoveryRatePerSecond: {
    env: "DISCOVERY_RATE_PER_SECOND",
    schema: z.coerce.number().positive(),
    optional: true,
  },
  discoverySourceLimits: { env: "DISCOVERY_SOURCE_LIMITS", schema: sourceLimits, optional: true },
  discoveryMaxBrowsers: { env: "DISCOVERY_MAX_BROWSERS", schema: ms(1, 2), optional: true },
  jdCleanSweepMs: { env: "JD_CLEAN_SWEEP_MS", schema: ms(50, 3_600_000), optional: true },
  jdCleanWakeAfterMs: { env: "JD_CLEAN_WAKE_AFTER_MS", schema: ms(0, 86_400_000), optional: true },
} satisfies ConfigSpec;

/** worker-exec's variables; applying adds its own here. */
export const workerExecVars = { ...baseWorkerVars, ...storageVars, ...discoveryVars, ...applyVars };
