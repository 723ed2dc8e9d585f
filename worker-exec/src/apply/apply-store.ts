/**
 * The SQL of one application's life after the claim (functions in
 * supabase/migrations/20261123004000_auto_apply.sql). Every write after apply_begin matches
 * the attempt id, so a worker that lost its row never overwrites another's attempt.
 */
import type { Sql } from "../../../shared/db/sql.ts";
import type { ApplyReceipt, PendingQuestion } from "./receipt.ts";

export type BeginResult =
  | "proceed"
  | "needs_review"
  | "lease_lost"
  | "not_approved"
  | "already_submitted"
  | "auto_apply_off"
  | "paused"
  | "not_paid"
  | "session_invalid"
  | "cooldown"
  | "daily_cap"
  | "monthly_cap"
  | "company_blacklisted"
  | "already_applied"
  | "outside_window";

type Json = Parameters<Sql["json"]>[0];

export async function applyTarget(sql: Sql, jobId: string) {
  const [t] = await sql<{ platform: string; url: string }[]>`
    select platform, url from app.apply_target(${jobId})`;
  return t ?? null;
}

export async function begin(
  sql: Sql,
  a: { id: string; worker: string; attempt: string; platform: string; url: string },
): Promise<BeginResult> {
  const [r] = await sql<{ r: BeginResult }[]>`
    select app.apply_begin(${a.id}, ${a.worker}, ${a.attempt}, ${a.platform}, ${a.url}) as r`;
  return r!.r;
}

/** Committed before the final click. Null: click. */
export async function markClick(
  sql: Sql,
  id: string,
  worker: string,
  attempt: string,
): Promise<string | null> {
  const [r] = await sql<
    { r: string | null }[]
  >`select app.apply_mark_click(${id}, ${worker}, ${attempt}) as r`;
  return r!.r;
}

/** The page showed that the guarded click sent nothing (a questionnaire opened). */
export async function unmarkClick(sql: Sql, id: string, attempt: string): Promise<void> {
  await sql`
    update public.job_applications set receipt = receipt #- '{attempt,submit_clicked_at}'
     where id = ${id} and receipt -> 'attempt' ->> 'id' = ${attempt} and auto_status = 'applying'`;
}

export async function recordSubmitted(
  sql: Sql,
  id: string,
  attempt: string,
  receipt: ApplyReceipt,
  screenshots: string[],
): Promise<boolean> {
  const [r] = await sql<{ ok: boolean }[]>`
    select app.apply_record_submitted(${id}, ${attempt}, ${sql.json(receipt as unknown as Json)}::jsonb,
                                      ${screenshots}::text[]) as ok`;
  return r!.ok;
}

/** Ends the attempt in a final state (needs_input, failed_*, needs_review, skipped). */
export async function finish(
  sql: Sql,
  a: {
    id: string;
    attempt: string;
    autoStatus: string;
    receipt?: ApplyReceipt;
    pending?: PendingQuestion[];
    screenshots?: string[];
    note?: string | null;
  },
): Promise<boolean> {
  const extra = {
    ...(a.receipt ?? {}),
    ...(a.pending
      ? { pending_questions: a.pending.map((p) => ({ key: p.key, question: p.question })) }
      : {}),
  };
  const rows = await sql`
    update public.job_applications
       set auto_status = ${a.autoStatus},
           receipt = coalesce(receipt, '{}'::jsonb) || ${sql.json(extra as Json)}::jsonb
                     || jsonb_build_object('attempt', receipt -> 'attempt'),
           screenshot_paths = ${a.screenshots ?? []}::text[],
           failure_note = ${a.note ? a.note.slice(0, 500) : null},
           lease_status = case when lease_status = 'running' then 'done' else lease_status end,
           locked_by = null, locked_until = null
     where id = ${a.id} and receipt -> 'attempt' ->> 'id' = ${a.attempt}
    returning id`;
  return rows.length > 0;
}

export async function notify(
  sql: Sql,
  n: {
    userId: string;
    type: string;
    priority: "low" | "normal" | "high";
    title: string;
    body: string;
    data: Record<string, unknown>;
    whatsapp?: boolean;
  },
): Promise<void> {
  await sql`select app.apply_notify(${n.userId}, ${n.type}, ${n.priority}, ${n.title}, ${n.body},
                                    ${sql.json(n.data as Json)}::jsonb, ${n.whatsapp ?? false})`;
}

export async function platformFailure(
  sql: Sql,
  userId: string,
  platform: string,
): Promise<boolean> {
  const [r] = await sql<{ paused: boolean }[]>`
    select app.apply_record_platform_failure(${userId}, ${platform}) as paused`;
  return r!.paused;
}

export async function invalidateSession(sql: Sql, userId: string, platform: string, why: string) {
  await sql`select app.session_invalidate(${userId}, ${platform}, ${why})`;
}

/** Milliseconds until the user's next slot (for a deferral), at least a minute. */
export async function msUntilSlot(
  sql: Sql,
  userId: string,
  from: "now" | "tomorrow",
): Promise<number> {
  const [r] = await sql<{ ms: number }[]>`
    select greatest(60000, extract(epoch from (app.apply_slot(${userId},
      case when ${from} = 'tomorrow'
           then ((app.ist_date(now()) + 1)::timestamp at time zone 'Asia/Kolkata') else now() end)
      - now())) * 1000)::float8 as ms`;
  return r!.ms;
}

export async function jobLabel(
  sql: Sql,
  jobId: string,
): Promise<{ title: string; company: string }> {
  const [j] = await sql<
    { title: string; company: string }[]
  >`select title, company from public.jobs where id = ${jobId}`;
  return j ?? { title: "a job", company: "a company" };
}
