import { z } from "zod";
import type { ConfigOf, ConfigSpec } from "../../shared/config/load-config.ts";
import { baseWorkerVars } from "../../shared/workers/worker-config.ts";

const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** worker-wa's variables. Everything but WA_ENABLED has a safe production default. */
export const workerWaVars = {
  ...baseWorkerVars,
  /** Real WhatsApp through Baileys; otherwise the console transport (local use). */
  waEnabled: { env: "WA_ENABLED", schema: bool, localDefault: "false" },
  /** The bot's own number (E.164): the account key, and needed for phone-code pairing. */
  waPhone: {
    env: "WA_PHONE",
    schema: z.string().regex(/^\+[1-9][0-9]{7,14}$/, "must be E.164, e.g. +919876543210"),
    optional: true,
  },
  /** How to pair when there are no creds: scan a QR, or type a code on the phone. */
  waPairing: {
    env: "WA_PAIRING",
    schema: z.enum(["qr", "code"]),
    localDefault: "qr",
    optional: true,
  },
  waHourlyCap: { env: "WA_HOURLY_CAP", schema: int(1, 1000), localDefault: "60", optional: true },
  waDailyCap: { env: "WA_DAILY_CAP", schema: int(1, 10_000), localDefault: "400", optional: true },
  /** After every (re)connect: this many sends at once, then one more per WA_RAMP_STEP_MS. */
  waRampInitial: { env: "WA_RAMP_INITIAL", schema: int(1, 100), localDefault: "3", optional: true },
  waRampStepMs: {
    env: "WA_RAMP_STEP_MS",
    schema: int(1_000, 3_600_000),
    localDefault: "30000",
    optional: true,
  },
  /** "Typing…" before each send, random between min and max. */
  waSendDelayMinMs: {
    env: "WA_SEND_DELAY_MIN_MS",
    schema: int(0, 60_000),
    localDefault: "2000",
    optional: true,
  },
  waSendDelayMaxMs: {
    env: "WA_SEND_DELAY_MAX_MS",
    schema: int(0, 60_000),
    localDefault: "6000",
    optional: true,
  },
} satisfies ConfigSpec;

export type WorkerWaConfig = ConfigOf<typeof workerWaVars>;

/** The same defaults in production, where localDefaults never apply. */
export function sendSettings(c: WorkerWaConfig) {
  const min = c.waSendDelayMinMs ?? 2_000;
  return {
    limits: {
      hourlyCap: c.waHourlyCap ?? 60,
      dailyCap: c.waDailyCap ?? 400,
      rampInitial: c.waRampInitial ?? 3,
      rampStepMs: c.waRampStepMs ?? 30_000,
    },
    delayMinMs: min,
    delayMaxMs: Math.max(min, c.waSendDelayMaxMs ?? 6_000),
  };
}
