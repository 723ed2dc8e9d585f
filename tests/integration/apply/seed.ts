import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Sql } from "../../../shared/db/sql.ts";
import { createLocalStorage } from "../../../shared/storage/local-storage.ts";
import type { Storage } from "../../../shared/storage/storage.ts";
import { PROFILE } from "../../e2e/apply/applicant-fixture.ts";

/** Rows for auto-apply tests, inserted as the superuser like the workers do. */

export async function applyWindowAlways(sql: Sql): Promise<void> {
  await sql`update app.apply_settings set window_start = '00:00', window_minutes = 1440, spread = false`;
}

export async function makeApplyUser(
  sql: Sql,
  over: { tier?: string; dailyLimit?: number; review?: boolean; storage?: Storage } = {},
): Promise<string> {
  const [u] = await sql<{ id: string }[]>`
    insert into auth.users (email) values (${`${crypto.randomUUID()}@example.test`}) returning id`;
  const id = u!.id;
  await sql`
    update public.users set tier = ${over.tier ?? "professional"}, auto_apply_enabled = true,
           auto_apply_activated_at = now() - interval '30 days',
           review_mode_until = ${over.review ? new Date(Date.now() + 86_400_000) : new Date(Date.now() - 86_400_000)},
           daily_apply_limit = ${over.dailyLimit ?? 10}, full_name = 'Priya Sharma',
           email = 'priya.sharma@example.in', phone = '+91 98765 43210', notice_period_days = 30,
           current_ctc_lpa = 18, expected_ctc_lpa = 26
     where id = ${id}`;
  const bytes = new TextEncoder().encode("%PDF-1.4\n% Priya Sharma résumé\n%%EOF\n");
  const path = `resumes/${id}/priya.pdf`;
  if (over.storage) await over.storage.put(path, bytes);
  await sql`
    insert into public.resumes (user_id, storage_path, file_name, file_hash, mime, parse_status, parsed, is_primary)
    values (${id}, ${path}, 'Priya_Sharma_Resume.pdf', ${createHash("sha256").update(bytes).digest("hex")},
            'application/pdf', 'parsed', ${sql.json(PROFILE as never)}, true)`;
  return id;
}

export async function makeApplyJob(
  sql: Sql,
  over: { url?: string; source?: string; company?: string; easyApply?: boolean } = {},
): Promise<string> {
  const company = over.company ?? `Company ${crypto.randomUUID().slice(0, 6)}`;
  const [j] = await sql<{ id: string }[]>`
    insert into public.jobs (fingerprint, title, title_canonical, company, company_canonical, city)
    values (${crypto.randomUUID()}, 'Backend Engineer', 'backend engineer', ${company},
            ${company.toLowerCase()}, 'Bengaluru')
    returning id`;
  await sql`
    insert into public.job_sources (job_id, source, external_id, url, easy_apply)
    values (${j!.id}, ${over.source ?? "greenhouse"}, ${crypto.randomUUID()},
            ${over.url ?? "https://boards.greenhouse.io/x/jobs/1"}, ${over.easyApply ?? false})`;
  return j!.id;
}

export async function score(sql: Sql, userId: string, jobId: string, value: number): Promise<void> {
  await sql`
    insert into public.job_fit_scores (user_id, job_id, score, recommendation, model_version)
    values (${userId}, ${jobId}, ${value}, 'apply', 'test')`;
}

export async function answer(sql: Sql, userId: string, key: string, value: string): Promise<void> {
  await sql`
    insert into public.application_answers (user_id, question_key, answer, source)
    values (${userId}, ${key}, ${value}, 'user')
    on conflict (user_id, question_key) do update set answer = excluded.answer`;
}

/** Everything the sandbox forms ask as knock-outs, answered by the user in answer memory. */
export async function answerKnockouts(sql: Sql, userId: string): Promise<void> {
  for (const [k, v] of [
    ["work_authorization", "Yes"],
    ["sponsorship", "No"],
    ["skill_years:python", "5"],
    ["skill_years:typescript", "3"],
    ["skill_years:react", "2"],
    ["relocation", "Yes"],
  ] as const) {
    await answer(sql, userId, k, v);
  }
}

export async function tempStorage(): Promise<{
  storage: Storage;
  root: string;
  cleanup(): Promise<void>;
}> {
  const root = await mkdtemp(join(tmpdir(), "talvix-storage-"));
  return {
    root,
    storage: createLocalStorage({ root, fs: { readFile, writeFile, mkdir, rm } }),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
