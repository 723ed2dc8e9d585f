import type { Sql } from "../../../shared/db/sql.ts";

// Rows for the data-model tests, inserted as the superuser (as functions and workers do).

const hex64 = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, "0"))
    .join("")
    .slice(0, 64);

/** A signed-up user: an auth.users row, whose trigger creates public.users. */
export async function makeUser(sql: Sql, email?: string): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into auth.users (email) values (${email ?? `${crypto.randomUUID()}@example.test`})
    returning id`;
  return row!.id;
}

export async function makeJob(
  sql: Sql,
  over: { lastSeenAt?: Date; company?: string } = {},
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into jobs (fingerprint, title, title_canonical, company, company_canonical, city,
                      last_seen_at)
    values (${crypto.randomUUID()}, 'Backend Engineer', 'backend engineer',
            ${over.company ?? "Acme Pvt Ltd"}, 'acme', 'Bengaluru',
            ${over.lastSeenAt ?? new Date()})
    returning id`;
  return row!.id;
}

async function makeResume(sql: Sql, userId: string): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into resumes (user_id, storage_path, file_hash, mime)
    values (${userId}, ${`parsed-resumes/${userId}/cv.pdf`}, ${hex64()}, 'application/pdf')
    returning id`;
  return row!.id;
}

type Fixture = (sql: Sql, userId: string) => Promise<unknown>;

/**
 * One row owned by `userId` in every table with a user_id column. The RLS test fails when a
 * table with user_id has no entry here, so a new table cannot skip the generic checks.
 */
export const userRowFixtures: Record<string, Fixture> = {
  user_target_roles: (sql, u) =>
    sql`insert into user_target_roles (user_id, title, priority) values (${u}, 'SDE 2', 1)`,
  user_company_prefs: (sql, u) =>
    sql`insert into user_company_prefs (user_id, company, company_canonical, kind)
        values (${u}, 'Flipkart', 'flipkart', 'dream')`,
  resumes: (sql, u) => makeResume(sql, u),
  personas: async (sql, u) => {
    const resume = await makeResume(sql, u);
    await sql`insert into personas (user_id, resume_id, position, persona, headline)
              values (${u}, ${resume}, 1, 'professional', 'Backend engineer')`;
  },
  user_connections: (sql, u) =>
    sql`insert into user_connections (user_id, platform, session_encrypted, session_iv)
        values (${u}, 'naukri', 'c2VhbGVk', 'aXY=')`,
  job_fit_scores: async (sql, u) => {
    const job = await makeJob(sql);
    await sql`insert into job_fit_scores (user_id, job_id, score, label, recommendation, model_version)
              values (${u}, ${job}, 81, 'strong', 'apply', 'local-1')`;
  },
  user_fit_score_cursors: (sql, u) =>
    sql`insert into user_fit_score_cursors (user_id, last_job_seen_at) values (${u}, now())`,
  job_applications: async (sql, u) => {
    const job = await makeJob(sql);
    await sql`insert into job_applications (user_id, job_id, method, status)
              values (${u}, ${job}, 'manual', 'applied')`;
  },
  application_answers: (sql, u) =>
    sql`insert into application_answers (user_id, question_key, answer, source)
        values (${u}, 'notice_period', '30 days', 'user')`,
  skill_gap_results: (sql, u) =>
    sql`insert into skill_gap_results (user_id, model_version) values (${u}, 'local-1')`,
  career_intelligence: (sql, u) =>
    sql`insert into career_intelligence (user_id, model_version) values (${u}, 'local-1')`,
  notifications: (sql, u) =>
    sql`insert into notifications (user_id, channel, type, title, body)
        values (${u}, 'dashboard', 'dashboard.ready', 'Ready', 'Your dashboard is ready')`,
  agent_logs: (sql, u) =>
    sql`insert into agent_logs (run_id, agent, user_id, status)
        values (gen_random_uuid(), 'jd-clean', ${u}, 'success')`,
  llm_usage: (sql, u) =>
    sql`insert into llm_usage (user_id, agent, provider, model, success)
        values (${u}, 'resume', 'gemini', 'gemini-2.0-flash', true)`,
  learning_signals: (sql, u) =>
    sql`insert into learning_signals (user_id, signal) values (${u}, 'callback')`,
  payments: (sql, u) =>
    sql`insert into payments (user_id, plan_id, amount_paise, gst_paise)
        values (${u}, 'student', 9900, 1782)`,
  dispatch_outbox: (sql, u) =>
    sql`insert into dispatch_outbox (target, user_id) values ('agents/fit-score', ${u})`,
  refresh_tokens: (sql, u) =>
    sql`insert into refresh_tokens (user_id, token_hash, family_id, expires_at)
        values (${u}, ${hex64()}, gen_random_uuid(), now() + interval '30 days')`,
  consents: (sql, u) =>
    sql`insert into consents (user_id, purpose, version, granted) values (${u}, 'terms', 'v1', true)`,
  // worker-wa's tables (20261123005000_whatsapp.sql).
  wa_outbound_messages: (sql, u) =>
    sql`insert into wa_outbound_messages (account, user_id, kind, message_id, state, instance)
        values ('console', ${u}, 'reply', ${crypto.randomUUID()}, 'sent', 'test')`,
  wa_inbound_messages: (sql, u) =>
    sql`insert into wa_inbound_messages (account, message_id, user_id, command)
        values ('console', ${crypto.randomUUID()}, ${u}, 'STATUS')`,
  wa_command_cooldowns: (sql, u) =>
    sql`insert into wa_command_cooldowns (user_id, command, last_run_at)
        values (${u}, 'COACH', now())`,
  wa_opt_out_notices: (sql, u) => sql`insert into wa_opt_out_notices (user_id) values (${u})`,
  audit_log: (sql, u) =>
    sql`insert into audit_log (user_id, actor, action) values (${u}, 'system', 'user.created')`,
};

/** Rows for the tables without user_id, so the drift test can parse a real row of each. */
export async function fillSharedTables(sql: Sql): Promise<void> {
  await makeJob(sql);
  const [job] = await sql<{ id: string }[]>`select id from jobs limit 1`;
  await sql`insert into role_families (id, name) values ('backend', 'Backend') on conflict do nothing`;
  await sql`insert into skills (id, name, aliases, role_families)
            values ('python', 'Python', '{py,python3}', '{backend}') on conflict do nothing`;
  await sql`insert into job_sources (job_id, source, external_id, url)
            values (${job!.id}, 'naukri', ${crypto.randomUUID()}, 'https://www.naukri.com/x')`;
  await sql`insert into job_skills (job_id, skill_id) values (${job!.id}, 'python')
            on conflict do nothing`;
  const [run] = await sql<{ id: string }[]>`
    insert into scrape_runs (targets) values ('[{"role": "backend"}]') returning id`;
  await sql`insert into scrape_run_progress (run_id, source, target_key, state, postings)
            values (${run!.id}, 'greenhouse', 'razorpaysoftwareprivatelimited', 'done', 25)`;
  await sql`insert into salary_benchmarks (role_family, p50_inr, sample_size)
            values ('backend', 1800000, 40) on conflict do nothing`;
  await sql`insert into calibration_runs (layer) values (2)`;
  await sql`insert into razorpay_events (event_id, event_type, payload)
            values (${crypto.randomUUID()}, 'payment.captured', '{}')`;
  await sql`insert into worker_heartbeats (instance_id, worker, host, version)
            values (${crypto.randomUUID()}, 'worker-exec', 'test', '0')`;
  await sql`insert into rate_limit_buckets (key, tokens) values (${crypto.randomUUID()}, 9.5)`;
  await sql`insert into wa_auth_creds (account, creds) values ('console', '{}') on conflict do nothing`;
  await sql`insert into wa_auth_keys (account, type, id, value)
            values ('console', 'pre-key', '1', '{}') on conflict do nothing`;
  await sql`insert into wa_connection_status (account, transport) values ('console', 'console')
            on conflict do nothing`;
  await sql`insert into wa_connection_events (account, status) values ('console', 'open')`;
  await sql`insert into wa_console_messages (phone, direction, body, message_id)
            values ('+919812345678', 'in', 'STATUS', ${crypto.randomUUID()})`;
  await sql`insert into system_daily_limits (key, max_count) values ('apply:naukri', 100)
            on conflict do nothing`;
}

/** True when `err` is Postgres's "permission denied" (insufficient_privilege). */
export function isPermissionDenied(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "42501";
}
