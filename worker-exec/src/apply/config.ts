/** worker-exec's auto-apply and session-health variables (merged in ../config.ts). */
import { z } from "zod";
import type { ConfigSpec } from "../../../shared/config/load-config.ts";
import { VAULT_KEYS_PATTERN } from "../../../shared/vault/vault-keys.ts";

const ms = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const applyVars = {
  /** Opens sealed platform sessions; without it session platforms fail as failed_session. */
  vaultKeys: {
    env: "VAULT_KEYS",
    schema: z.string().regex(VAULT_KEYS_PATTERN),
    secret: true,
    optional: true,
  },
  applyEnabled: {
    env: "APPLY_ENABLED",
    schema: z.enum(["true", "false"]).transform((v) => v === "true"),
    optional: true,
  },
  applyLeaseMs: { env: "APPLY_LEASE_MS", schema: ms(5_000, 3_600_000), optional: true },
  applyIdleMs: { env: "APPLY_IDLE_MS", schema: ms(50, 600_000), optional: true },
  applyFieldTimeoutMs: { env: "APPLY_FIELD_TIMEOUT_MS", schema: ms(500, 120_000), optional: true },
  applyQueueEveryMs: { env: "APPLY_QUEUE_EVERY_MS", schema: ms(1_000, 86_400_000), optional: true },
  /** `HH:MM+<minutes>` (IST), optionally `,now` for no spread; `always` = any time, at once. */
  applyWindow: {
    env: "APPLY_WINDOW",
    schema: z
      .string()
      .regex(/^(always|\d{2}:\d{2}\+\d{1,4}(,now)?)$/, "like 23:00+420, 23:00+420,now or always"),
    optional: true,
  },
  /** Test only (ignored in production): the worker SIGKILLs itself at this state. */
  applyCrashAt: {
    env: "APPLY_CRASH_AT",
    schema: z.enum(["before_fill", "mid_fill", "after_click_record", "after_submit"]),
    optional: true,
  },
  /** Where session health loads an authenticated page, e.g. `linkedin=http://…/li/feed,naukri=…`. */
  sessionCheckUrls: { env: "SESSION_CHECK_URLS", schema: z.string().min(1), optional: true },
} satisfies ConfigSpec;
