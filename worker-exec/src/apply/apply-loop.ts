/**
 * The applying WorkLoop: claim one approved application (lease), decide with apply_begin
 * (a recorded click without confirmation → needs_review, never again), open the user's
 * session in a fresh context, run the adapter behind the click guard, and record the
 * outcome. Plaintext cookies live only in this function's memory and the browser context.
 */
import { randomUUID } from "node:crypto";
import { claimLeases, releaseLease, renewLease } from "../../../shared/db/lease/index.ts";
import { JobApplicationRow } from "../../../shared/db/schema/matching.ts";
import type { Sql } from "../../../shared/db/sql.ts";
import type { Logger } from "../../../shared/log/logger.ts";
import type { Storage } from "../../../shared/storage/storage.ts";
import { openSession, type SessionCookie, type VaultKeyring } from "../../../shared/vault/index.ts";
import type { WorkLoop } from "../../../shared/workers/worker-runtime.ts";
import type { Checkpoint, ClickGuard } from "./adapter.ts";
import type { ApplyBrowser } from "./apply-browser.ts";
import * as store from "./apply-store.ts";
import { fingerprintFor } from "./fingerprint.ts";
import { loadApplicant } from "./load-applicant.ts";
import type { ApplyResult } from "./receipt.ts";
import { runApplication } from "./run-application.ts";

const TABLE = "job_applications" as const;
const HOUR = 3_600_000;

export interface ApplyLoopDeps {
  sql: Sql;
  logger: Logger;
  storage: Storage;
  browser: ApplyBrowser;
  /** Lease holder id. */
  worker: string;
  vault: () => Promise<VaultKeyring | null>;
  leaseMs: number;
  idleMs: number;
  fieldTimeoutMs: number;
  confirmTimeoutMs: number;
  /** Test only: the worker kills itself (SIGKILL) on reaching this state. */
  crashAt?: Checkpoint;
  crash?: () => never;
}

export function createApplyLoop(deps: ApplyLoopDeps): WorkLoop {
  return {
    name: "apply",
    idleMs: deps.idleMs,
    async tick(signal) {
      if (signal.aborted) return false;
      const [row] = await claimLeases(deps.sql, {
        table: TABLE,
        worker: deps.worker,
        limit: 1,
        leaseMs: deps.leaseMs,
        schema: JobApplicationRow,
      });
      if (!row) return false;
      await applyOne(deps, row);
      return true;
    },
  };
}

type Row = JobApplicationRow;

async function defer(deps: ApplyLoopDeps, row: Row, why: string, delayMs: number) {
  await releaseLease(deps.sql, {
    table: TABLE,
    id: row.id,
    worker: deps.worker,
    outcome: "defer",
    error: why,
    delayMs,
  });
}

async function endWithout(deps: ApplyLoopDeps, row: Row, autoStatus: string, note: string) {
  await deps.sql`
    update public.job_applications
       set auto_status = ${autoStatus}, failure_note = ${note}, lease_status = 'done',
           locked_by = null, locked_until = null
     where id = ${row.id} and locked_by = ${deps.worker} and lease_status = 'running'`;
}

export async function applyOne(deps: ApplyLoopDeps, row: Row): Promise<string> {
  const { sql, logger } = deps;
  const log = { application_id: row.id };
  const target = await store.applyTarget(sql, row.job_id);
  if (!target) {
    await endWithout(deps, row, "skipped", "the job has no application URL");
    return "skipped";
  }
  const attempt = randomUUID();
  const started = await store.begin(sql, {
    id: row.id,
    worker: deps.worker,
    attempt,
    platform: target.platform,
    url: target.url,
  });
  switch (started) {
    case "proceed":
      break;
    case "outside_window":
      await defer(deps, row, started, await store.msUntilSlot(sql, row.user_id, "now"));
      return started;
    case "daily_cap":
      await defer(deps, row, started, await store.msUntilSlot(sql, row.user_id, "tomorrow"));
      return started;
    case "monthly_cap":
      await defer(deps, row, started, 24 * HOUR);
      return started;
    case "cooldown":
      await defer(deps, row, started, 24 * HOUR);
      return started;
    case "paused":
    case "auto_apply_off":
    case "not_paid":
      await defer(deps, row, started, 6 * HOUR);
      return started;
    case "session_invalid":
      await endWithout(deps, row, "failed_session", `no valid ${target.platform} session`);
      return started;
    case "company_blacklisted":
    case "already_applied":
      await endWithout(deps, row, "skipped", started.replace("_", " "));
      return started;
    default:
      // needs_review / not_approved / already_submitted were released by apply_begin;
      // lease_lost belongs to someone else now.
      logger.info("apply: not applying", { ...log, reason: started });
      return started;
  }

  // Keep the lease while the browser works; a lost lease makes the click guard refuse.
  const renew = setInterval(
    () => {
      void renewLease(sql, {
        table: TABLE,
        id: row.id,
        worker: deps.worker,
        leaseMs: deps.leaseMs,
      }).catch(() => null);
    },
    Math.max(1_000, deps.leaseMs / 3),
  );
  const crashIf = async (state: Checkpoint) => {
    if (deps.crashAt === state) (deps.crash ?? (() => process.kill(process.pid, "SIGKILL")))();
  };
  let loaded: Awaited<ReturnType<typeof loadApplicant>> | null = null;
  let pageClose: (() => Promise<void>) | null = null;
  try {
    loaded = await loadApplicant(sql, deps.storage, row);
    if ("error" in loaded) {
      await store.finish(sql, {
        id: row.id,
        attempt,
        autoStatus: "needs_input",
        note: loaded.error,
        pending: [],
      });
      await store.notify(sql, {
        userId: row.user_id,
        type: "application.blocked",
        priority: "normal",
        title: "Auto-apply needs your résumé",
        body: `An application could not start: ${loaded.error}.`,
        data: { application_id: row.id },
      });
      return "needs_input";
    }
    let cookies: SessionCookie[] = [];
    const [conn] = await sql<
      {
        session_encrypted: string | null;
        session_iv: string | null;
        key_version: number;
        user_agent: string | null;
        viewport: unknown;
      }[]
    >`select session_encrypted, session_iv, key_version, user_agent, viewport from public.user_connections
       where user_id = ${row.user_id} and platform = ${target.platform}`;
    if (conn?.session_encrypted && conn.session_iv) {
      const keys = await deps.vault();
      try {
        if (!keys) throw new Error("VAULT_KEYS is not configured");
        cookies = (
          await openSession(
            keys,
            {
              session_encrypted: conn.session_encrypted,
              session_iv: conn.session_iv,
              key_version: conn.key_version,
            },
            { userId: row.user_id, platform: target.platform },
          )
        ).cookies;
      } catch (err) {
        logger.warn("apply: session did not open", {
          ...log,
          reason: err instanceof Error ? err.name : "error",
        });
        await store.finish(sql, {
          id: row.id,
          attempt,
          autoStatus: "failed_session",
          note: "the stored session could not be opened",
        });
        await store.invalidateSession(
          sql,
          row.user_id,
          target.platform,
          "the stored session could not be opened",
        );
        return "failed_session";
      }
    }
    const opened = await deps.browser.open(
      fingerprintFor(row.user_id, { userAgent: conn?.user_agent, viewport: conn?.viewport }),
      cookies,
    );
    pageClose = opened.close;
    cookies = [];
    const screenshots: string[] = [];
    const guard: ClickGuard = {
      async beforeFinalClick() {
        const why = await store.markClick(sql, row.id, deps.worker, attempt);
        if (!why) await crashIf("after_click_record");
        return why;
      },
      notSent: () => store.unmarkClick(sql, row.id, attempt),
    };
    const result = await runApplication({
      page: opened.page,
      url: target.url,
      applicant: loaded.applicant,
      dryRun: false,
      guard,
      checkpoint: crashIf,
      fieldTimeoutMs: deps.fieldTimeoutMs,
      confirmTimeoutMs: deps.confirmTimeoutMs,
      saveScreenshot: async (label, png) => {
        const path = `screenshots/${row.user_id}/${row.id}/${attempt.slice(0, 8)}-${label}.png`;
        await deps.storage.put(path, png, { contentType: "image/png" });
        screenshots.push(path);
        return path;
      },
    });
    result.receipt.platform = target.platform;
    await record(deps, row, attempt, target.platform, result, screenshots);
    logger.info("apply: finished", {
      ...log,
      outcome: result.outcome,
      adapter: result.receipt.adapter,
    });
    return result.outcome;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    logger.warn("apply: attempt failed before the submit click", {
      ...log,
      reason: reason.slice(0, 300),
    });
    await releaseLease(sql, {
      table: TABLE,
      id: row.id,
      worker: deps.worker,
      outcome: "retry",
      error: reason,
    });
    return "retry";
  } finally {
    clearInterval(renew);
    await pageClose?.();
    if (loaded && !("error" in loaded)) await loaded.dispose();
  }
}

async function record(
  deps: ApplyLoopDeps,
  row: Row,
  attempt: string,
  platform: string,
  result: ApplyResult,
  screenshots: string[],
) {
  const { sql } = deps;
  const { outcome, receipt } = result;
  const base = { id: row.id, attempt, receipt, screenshots, note: receipt.note };
  const job = () => store.jobLabel(sql, row.job_id);
  switch (outcome) {
    case "submitted":
      if (!(await store.recordSubmitted(sql, row.id, attempt, receipt, screenshots))) {
        deps.logger.warn("apply: a confirmed submission could not be recorded", {
          application_id: row.id,
        });
      }
      return;
    case "needs_input": {
      await store.finish(sql, { ...base, autoStatus: "needs_input", pending: receipt.questions });
      const j = await job();
      for (const q of receipt.questions.slice(0, 3)) {
        await store.notify(sql, {
          userId: row.user_id,
          type: "application.question",
          priority: "high",
          title: `A question from ${j.company}`.slice(0, 200),
          body: `To apply for ${j.title} at ${j.company}, Talvix needs your answer to: "${q.question}". Talvix never guesses; answer once and it is remembered.`,
          data: {
            application_id: row.id,
            job_title: j.title,
            company: j.company,
            question: q.question.slice(0, 500),
            question_key: q.key,
          },
          whatsapp: true,
        });
      }
      return;
    }
    case "failed_captcha": {
      await store.finish(sql, { ...base, autoStatus: "failed_captcha" });
      const j = await job();
      await store.notify(sql, {
        userId: row.user_id,
        type: "application.blocked",
        priority: "high",
        title: `${platform} showed a CAPTCHA`,
        body: `Applying for ${j.title} at ${j.company} hit a CAPTCHA or block page. Talvix never solves these; ${platform} is paused for a day. You can apply by hand.`,
        data: { application_id: row.id, platform },
      });
      await store.platformFailure(sql, row.user_id, platform);
      return;
    }
    case "failed_session":
      await store.finish(sql, { ...base, autoStatus: "failed_session" });
      await store.invalidateSession(sql, row.user_id, platform, "the portal asked to sign in");
      return;
    case "failed_not_found":
      await store.finish(sql, { ...base, autoStatus: "failed_not_found" });
      await store.platformFailure(sql, row.user_id, platform);
      return;
    case "unconfirmed": {
      await store.finish(sql, { ...base, autoStatus: "needs_review" });
      await store.notify(sql, {
        userId: row.user_id,
        type: "application.needs_review",
        priority: "high",
        title: "Please check one application",
        body: "Talvix clicked submit but did not see a confirmation. It will not apply again; please check the portal.",
        data: { application_id: row.id },
      });
      return;
    }
    case "not_clicked":
      // Nothing was sent. Lease lost: someone else has the row. A cap: wait for tomorrow.
      if (/cap/.test(receipt.note ?? "")) {
        await sql`update public.job_applications set auto_status = 'approved' where id = ${row.id} and receipt -> 'attempt' ->> 'id' = ${attempt} and lease_status = 'running'`;
        await defer(
          deps,
          row,
          receipt.note ?? "cap",
          await store.msUntilSlot(sql, row.user_id, "tomorrow"),
        );
      }
      return;
    case "dry_run":
      return;
  }
}
