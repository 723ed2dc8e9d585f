import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AgentDefinition } from "../../../functions/agents/agent-contract.ts";
import { agentsVars } from "../../../functions/agents/app.ts";
import { AGENTS } from "../../../functions/agents/registry.ts";
import { runAgent } from "../../../functions/agents/run-agent.ts";
import type { Sql } from "../../../shared/db/sql.ts";
import type { JdInput } from "../../../shared/intelligence/index.ts";
import type { Storage } from "../../../shared/storage/storage.ts";
import { fixedClock } from "../../../shared/time/clock.ts";
import { functionDeps } from "../../helpers/function-deps.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.ts";
import { testSecrets } from "../../helpers/test-secrets.ts";

export const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));
export const NOW = new Date("2026-11-23T15:00:00Z");

export interface AgentHarness {
  db: TestDatabase;
  sql: Sql;
  storage: Storage;
  clock: ReturnType<typeof fixedClock>;
  /** Runs an agent in-process through runAgent (one agent_logs row, real SQL and storage). */
  call(
    agent: string,
    payload: Record<string, unknown>,
    options?: { userId?: string; budgetMs?: number },
  ): Promise<Record<string, unknown> & { status: string; records_processed: number }>;
}

export async function agentHarness(): Promise<AgentHarness> {
  const db = await createTestDatabase();
  const clock = fixedClock(NOW);
  const { deps } = functionDeps("agents", agentsVars, db.sql, testSecrets(), { clock });
  const byName = new Map(AGENTS.map((a) => [a.name, a]));
  return {
    db,
    sql: db.sql,
    storage: deps.storage,
    clock,
    async call(agent, payload, options = {}) {
      const def = byName.get(agent) as AgentDefinition;
      const reply = await runAgent(
        {
          sql: db.sql,
          storage: deps.storage,
          clock,
          logger: deps.logger,
          ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}),
        },
        def,
        { agent, payload, ...(options.userId ? { user_id: options.userId } : {}) },
      );
      return reply as never;
    },
  };
}

export async function makeUser(sql: Sql, over: Record<string, unknown> = {}): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into auth.users (email) values (${`${crypto.randomUUID()}@example.test`}) returning id`;
  const id = row!.id;
  if (Object.keys(over).length > 0) {
    await sql`update users set ${sql(over as Record<string, string>)} where id = ${id}`;
  }
  return id;
}

const MIME: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  txt: "text/plain",
};

/** Stores a résumé fixture as the gateway does and records it; returns the resume id. */
export async function uploadResume(h: AgentHarness, userId: string, file: string): Promise<string> {
  const bytes = new Uint8Array(readFileSync(`${FIXTURES}resumes/${file}`));
  const ext = file.split(".").pop()!;
  const hash = createHash("sha256").update(bytes).digest("hex");
  const path = `resumes/${userId}/${hash}.${ext}`;
  await h.storage.put(path, bytes, { contentType: MIME[ext]! });
  const [row] = await h.sql<{ id: string }[]>`
    insert into resumes (user_id, storage_path, file_name, file_hash, mime, size_bytes)
    values (${userId}, ${path}, ${file}, ${hash}, ${MIME[ext]!}, ${bytes.length}) returning id`;
  return row!.id;
}

/** What the gateway's persona route does when the user picks option `position`. */
export async function choosePersona(sql: Sql, userId: string, resumeId: string, position = 1) {
  await sql.begin(async (tx) => {
    const [p] = await tx<{ id: string; persona: string; target_roles: string[] }[]>`
      select id, persona, target_roles from personas
       where user_id = ${userId} and resume_id = ${resumeId} and position = ${position}`;
    await tx`update personas set is_chosen = (id = ${p!.id}),
               chosen_at = case when id = ${p!.id} then now() end where user_id = ${userId}`;
    await tx`update resumes set is_primary = (id = ${resumeId}) where user_id = ${userId}`;
    await tx`delete from user_target_roles where user_id = ${userId}`;
    for (const [i, title] of p!.target_roles.entries()) {
      await tx`insert into user_target_roles (user_id, title, priority)
               values (${userId}, ${title}, ${i + 1})`;
    }
    await tx`update users set persona = ${p!.persona}, onboarding_completed = true,
               dashboard_ready = false, fit_scores_stale = true, skill_gap_stale = true,
               career_intel_stale = true where id = ${userId}`;
  });
}

/** A user with a parsed résumé and a chosen persona, as onboarding leaves them. */
export async function onboardedUser(
  h: AgentHarness,
  file: string,
  over: Record<string, unknown> = {},
): Promise<{ userId: string; resumeId: string }> {
  const userId = await makeUser(h.sql, over);
  const resumeId = await uploadResume(h, userId, file);
  const reply = await h.call("resume-intelligence", { resume_id: resumeId }, { userId });
  if (reply.status !== "success") throw new Error(`resume-intelligence: ${JSON.stringify(reply)}`);
  await choosePersona(h.sql, userId, resumeId);
  return { userId, resumeId };
}

export function jdFixtures(): { id: string; input: JdInput }[] {
  return JSON.parse(readFileSync(`${FIXTURES}jds/jds.json`, "utf8")) as never;
}

export async function makeRun(sql: Sql, status = "done"): Promise<string> {
  const [run] = await sql<{ id: string }[]>`
    insert into scrape_runs (trigger, status, started_at, finished_at, has_new_jobs, jobs_new)
    values ('manual', ${status}, now(), case when ${status} = 'done' then now() end, true, 1)
    returning id`;
  return run!.id;
}

/** A job as discovery stores it: raw text (or HTML under jds/), jd_cleaned = false. */
export async function insertRawJob(
  h: AgentHarness,
  runId: string,
  input: JdInput,
  options: { html?: boolean; firstSeenAt?: Date } = {},
): Promise<string> {
  const fingerprint = crypto.randomUUID();
  let jdPath: string | null = null;
  if (options.html) {
    jdPath = `jds/${fingerprint}.html`;
    const body = input.html ?? `<p>${(input.text ?? "").split("\n").join("</p><p>")}</p>`;
    await h.storage.put(jdPath, body, { contentType: "text/html" });
  }
  const [row] = await h.sql<{ id: string }[]>`
    insert into jobs (fingerprint, title, title_canonical, company, company_canonical, city,
                      locations, jd_text, jd_path, first_run_id, last_run_id, first_seen_at)
    values (${fingerprint}, ${input.title ?? "Engineer"}, ${(input.title ?? "engineer").toLowerCase()},
            ${input.company ?? "Acme"}, ${(input.company ?? "acme").toLowerCase().replace(/\W+/g, "-")},
            ${input.location ?? null}, '{}',
            ${options.html ? null : (input.text ?? input.html ?? "")}, ${jdPath}, ${runId}, ${runId},
            ${options.firstSeenAt ?? NOW})
    returning id`;
  return row!.id;
}

/** Every row of the given tables, ordered, as JSON: "nothing changed" is equality of two. */
export async function snapshot(sql: Sql, tables: string[]): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const t of tables) {
    out[t] = await sql`select to_jsonb(x) as row from ${sql(t)} x order by to_jsonb(x)::text`;
  }
  return JSON.stringify(out);
}

/**
 * `n` more onboarded users who share `templateUser`'s parsed résumé and chosen persona,
 * made with set-based SQL (fast); their fit scores are not stale.
 */
export async function cloneUsers(sql: Sql, templateUser: string, n: number): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    insert into auth.users (email)
    select gen_random_uuid()::text || '@example.test' from generate_series(1, ${n})
    returning id`;
  const ids = rows.map((r) => r.id);
  await sql`
    insert into resumes (user_id, storage_path, file_hash, mime, parse_status, parsed, is_primary)
    select u, 'resumes/' || u || '/x.pdf', encode(sha256(u::text::bytea), 'hex'), r.mime,
           'parsed', r.parsed, true
      from unnest(${ids}::uuid[]) as u,
           (select mime, parsed from resumes where user_id = ${templateUser} and is_primary) r`;
  await sql`
    insert into personas (user_id, resume_id, position, persona, headline, target_roles,
                          role_families, is_chosen, chosen_at)
    select r.user_id, r.id, 1, p.persona, p.headline, p.target_roles, p.role_families, true, now()
      from resumes r,
           (select * from personas where user_id = ${templateUser} and is_chosen) p
     where r.user_id = any(${ids}::uuid[])`;
  await sql`
    update users u set persona = t.persona, onboarding_completed = true, fit_scores_stale = false,
                       experience_years = t.experience_years
      from (select persona, experience_years from users where id = ${templateUser}) t
     where u.id = any(${ids}::uuid[])`;
  return ids;
}
