import type { Sql } from "../../../../shared/db/sql.ts";

let n = 0;

/** A job as the scrapers would have stored it. */
export async function seedJob(sql: Sql, overrides: { title?: string; company?: string } = {}) {
  n++;
  const title = overrides.title ?? `Backend Engineer ${n}`;
  const company = overrides.company ?? `Acme ${n}`;
  const [job] = await sql<{ id: string }[]>`
    insert into jobs (fingerprint, title, title_canonical, company, company_canonical, city,
                      work_mode, salary_min_inr, salary_max_inr, posted_at)
    values (${`fp-${crypto.randomUUID()}`}, ${title}, ${title.toLowerCase()}, ${company},
            ${company.toLowerCase()}, 'Bengaluru', 'hybrid', 1200000, 1800000, now())
    returning id`;
  return job!.id;
}

export async function seedScore(sql: Sql, userId: string, jobId: string, score: number) {
  await sql`
    insert into job_fit_scores (user_id, job_id, score, label, recommendation, components,
                                matched_skills, missing_skills, reasons, model_version)
    values (${userId}, ${jobId}, ${score}, ${score >= 75 ? "strong" : score >= 60 ? "good" : "fair"},
            ${score >= 75 ? "apply" : "consider"}, ${sql.json({ skills: 0.8, experience: 0.7 })},
            ${["python", "sql"]}, ${["kubernetes"]}, ${["Python and SQL match", "3.5 years fits 2–5"]},
            'test-1')`;
}

export async function seedAutoApplication(
  sql: Sql,
  userId: string,
  jobId: string,
  autoStatus = "needs_review",
) {
  const [row] = await sql<{ id: string }[]>`
    insert into job_applications (user_id, job_id, method, status, auto_status, fit_score_at_apply)
    values (${userId}, ${jobId}, 'auto', 'discovered', ${autoStatus}, 82)
    returning id`;
  return row!.id;
}

export async function seedNotification(sql: Sql, userId: string, title = "Your matches are ready") {
  const [row] = await sql<{ id: string }[]>`
    insert into notifications (user_id, channel, type, title, body)
    values (${userId}, 'dashboard', 'matches.ready', ${title}, 'We found new jobs for you.')
    returning id`;
  return row!.id;
}

export async function seedInsights(sql: Sql, userId: string) {
  await sql`
    insert into skill_gap_results (user_id, target_role, role_family, readiness_score,
                                   matched_skills, missing_skills, learning_plan, model_version)
    values (${userId}, 'Backend Engineer', 'backend', 72, ${sql.json(["python"])},
            ${sql.json(["kubernetes"])}, ${sql.json([{ skill: "kubernetes", weeks: 3 }])}, 'test-1')`;
  await sql`
    insert into career_intelligence (user_id, summary, market_position, salary_insight, model_version)
    values (${userId}, 'Strong demand for your profile in Bengaluru.', ${sql.json({ percentile: 68 })},
            ${sql.json({ p50_inr: 1500000 })}, 'test-1')`;
}
