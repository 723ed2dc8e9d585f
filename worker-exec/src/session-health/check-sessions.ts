/**
 * Session health (19:30 IST): warnings at 7, 3 and 1 days before the estimated expiry and
 * expiry itself (app.session_expiry_sweep), then a real check of every live session:
 * load an authenticated page with the user's cookies in a fresh context. A login wall or
 * block page is a failed check; the third in a row invalidates the session and pauses
 * auto-apply (app.session_record_check). Every warning is a notification.
 */
import type { Sql } from "../../../shared/db/sql.ts";
import type { Logger } from "../../../shared/log/logger.ts";
import { openSession, type VaultKeyring } from "../../../shared/vault/index.ts";
import type { ApplyBrowser } from "../apply/apply-browser.ts";
import { fingerprintFor } from "../apply/fingerprint.ts";
import { blockReason } from "../apply/page-state.ts";

export const DEFAULT_CHECK_URLS: Record<string, string> = {
  linkedin: "https://www.linkedin.com/feed/",
  naukri: "https://www.naukri.com/mnjuser/profile",
  indeed: "https://secure.indeed.com/settings/account",
  internshala: "https://internshala.com/student/dashboard",
  foundit: "https://www.foundit.in/seeker/profile",
};

/** `linkedin=http://…,naukri=http://…` over the defaults. */
export function parseCheckUrls(spec: string | undefined): Record<string, string> {
  const out = { ...DEFAULT_CHECK_URLS };
  for (const part of (spec ?? "").split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

export interface SessionHealthDeps {
  sql: Sql;
  logger: Logger;
  browser: ApplyBrowser;
  vault: () => Promise<VaultKeyring | null>;
  checkUrls: Record<string, string>;
  timeoutMs: number;
}

export interface SessionHealthReport {
  warned: number;
  expired: number;
  checked: number;
  ok: number;
  failed: number;
  invalidated: number;
}

export async function checkSessions(
  deps: SessionHealthDeps,
  now = new Date(),
): Promise<SessionHealthReport> {
  const { sql } = deps;
  const [sweep] = await sql<{ r: { warned: number; expired: number } }[]>`
    select app.session_expiry_sweep(${now}) as r`;
  const report: SessionHealthReport = { ...sweep!.r, checked: 0, ok: 0, failed: 0, invalidated: 0 };
  const rows = await sql<
    {
      id: string;
      user_id: string;
      platform: string;
      session_encrypted: string;
      session_iv: string;
      key_version: number;
      user_agent: string | null;
      viewport: unknown;
    }[]
  >`select id, user_id, platform, session_encrypted, session_iv, key_version, user_agent, viewport
      from public.user_connections where is_valid and session_encrypted is not null order by id`;
  const keys = await deps.vault();
  for (const c of rows) {
    const url = deps.checkUrls[c.platform];
    if (!url) continue;
    report.checked++;
    let ok: boolean;
    try {
      if (!keys) throw new Error("VAULT_KEYS is not configured");
      const { cookies } = await openSession(keys, c, { userId: c.user_id, platform: c.platform });
      const opened = await deps.browser.open(
        fingerprintFor(c.user_id, { userAgent: c.user_agent, viewport: c.viewport }),
        cookies,
      );
      try {
        const res = await opened.page.goto(url, {
          waitUntil: "domcontentloaded",
          timeout: deps.timeoutMs,
        });
        ok = (res?.status() ?? 500) < 400 && (await blockReason(opened.page)) === null;
      } finally {
        await opened.close();
      }
    } catch (err) {
      deps.logger.warn("session health: check failed", {
        platform: c.platform,
        reason: err instanceof Error ? err.name : "error",
      });
      ok = false;
    }
    const [r] = await sql<{ r: string }[]>`select app.session_record_check(${c.id}, ${ok}) as r`;
    if (ok) report.ok++;
    else report.failed++;
    if (r?.r === "invalidated") report.invalidated++;
  }
  return report;
}
