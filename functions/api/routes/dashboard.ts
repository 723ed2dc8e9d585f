import type { Dashboard } from "../../../shared/api-client/client.ts";
import * as routes from "../../../shared/api-client/routes.ts";
import { monthlyApplyCap } from "../../../shared/billing/plans.ts";
import type { Sql, TransactionSql } from "../../../shared/db/sql.ts";
import type { ApiDeps } from "../api-deps.ts";
import { decodeCursor, encodeCursor } from "../cursor.ts";
import { createRouter } from "../router.ts";
import { toApplication, toConnection, toNotification, toUser } from "../rows.ts";

type DashboardMatch = Dashboard["matches"]["items"][number];

const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : String(d));

/** The application columns every list shows, joined to its job. */
export function applicationSelect(sql: Sql | TransactionSql) {
  return sql`
    a.id, a.job_id, a.method, a.status, a.auto_status, a.fit_score_at_apply, a.notes,
    a.applied_at, a.created_at, a.updated_at,
    j.title as job_title, j.company as job_company, j.city as job_city, j.work_mode as job_work_mode`;
}

/** Newest first, keyset on (created_at, id). */
export async function applicationPage(
  sql: Sql,
  userId: string,
  opts: { limit: number; cursor?: string; status?: string; cursorField?: string },
) {
  const after = decodeCursor<[string, string]>(
    opts.cursor,
    ["timestamp", "uuid"],
    opts.cursorField,
  );
  const rows = await sql`
    select ${applicationSelect(sql)}
      from public.job_applications a join public.jobs j on j.id = a.job_id
     where a.user_id = ${userId}
       ${opts.status ? sql`and a.status = ${opts.status}` : sql``}
       ${after ? sql`and (a.created_at, a.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``}
     order by a.created_at desc, a.id desc
     limit ${opts.limit + 1}`;
  const more = rows.length > opts.limit;
  const page = rows.slice(0, opts.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toApplication),
    next_cursor: more && last ? encodeCursor([iso(last.created_at), String(last.id)]) : null,
  };
}

export function dashboardRoutes(deps: ApiDeps) {
  const { sql } = deps;
  const app = createRouter();

  app.openapi(routes.getDashboard, async (c) => {
    const userId = c.get("userId");
    const q = c.req.valid("query");
    const limit = q.limit;
    const matchAfter = decodeCursor<[number, string]>(
      q.matches_cursor,
      ["number", "uuid"],
      "matches_cursor",
    );
    const noteAfter = decodeCursor<[string, string]>(
      q.notifications_cursor,
      ["timestamp", "uuid"],
      "notifications_cursor",
    );

    const [
      [user],
      connections,
      matchRows,
      counts,
      applications,
      [unread],
      noteRows,
      [skillGap],
      [careerIntel],
    ] = await Promise.all([
      sql`
        select u.*, p.daily_apply_limit_max
          from public.users u join public.plans p on p.id = u.tier
         where u.id = ${userId}`,
      sql`
        select platform, is_valid, estimated_expires_at, last_checked_at, created_at, updated_at
          from public.user_connections where user_id = ${userId} order by platform`,
      sql`
        select f.score, f.label, f.recommendation, f.components, f.matched_skills,
               f.missing_skills, f.reasons, f.computed_at,
               j.id as job_id, j.title, j.company, j.city, j.work_mode, j.salary_min_inr,
               j.salary_max_inr, j.posted_at
          from public.job_fit_scores f join public.jobs j on j.id = f.job_id
         where f.user_id = ${userId} and j.is_active
           ${matchAfter ? sql`and (f.score, f.job_id) < (${matchAfter[0]}, ${matchAfter[1]}::uuid)` : sql``}
         order by f.score desc, f.job_id desc
         limit ${limit + 1}`,
      sql<{ status: string; n: number }[]>`
        select status, count(*)::int as n from public.job_applications
         where user_id = ${userId} group by status`,
      applicationPage(sql, userId, {
        limit,
        cursor: q.applications_cursor,
        cursorField: "applications_cursor",
      }),
      sql<{ n: number }[]>`
        select count(*)::int as n from public.notifications
         where user_id = ${userId} and channel = 'dashboard' and read_at is null`,
      sql`
        select id, channel, type, priority, title, body, data, status, read_at, created_at
          from public.notifications
         where user_id = ${userId} and channel = 'dashboard' and read_at is null
           ${noteAfter ? sql`and (created_at, id) < (${noteAfter[0]}::timestamptz, ${noteAfter[1]}::uuid)` : sql``}
         order by created_at desc, id desc
         limit ${limit + 1}`,
      sql`
        select target_role, role_family, readiness_score, matched_skills, missing_skills,
               learning_plan, computed_at
          from public.skill_gap_results where user_id = ${userId}
         order by computed_at desc limit 1`,
      sql`
        select summary, market_position, salary_insight, trending_skills, recommendations,
               computed_at
          from public.career_intelligence where user_id = ${userId}
         order by computed_at desc limit 1`,
    ]);

    const matches = matchRows.slice(0, limit);
    const lastMatch = matches[matches.length - 1];
    const notes = noteRows.slice(0, limit);
    const lastNote = notes[notes.length - 1];
    const planMax = Number(user!.daily_apply_limit_max);
    const wire = toUser(user!);

    return c.json(
      {
        user: wire,
        dashboard_ready: wire.dashboard_ready,
        connections: connections.map(toConnection),
        matches: {
          items: matches.map((m) => ({
            job: {
              id: String(m.job_id),
              title: String(m.title),
              company: String(m.company),
              city: (m.city as string | null) ?? null,
              work_mode: (m.work_mode as string | null) ?? null,
              salary_min_inr: (m.salary_min_inr as number | null) ?? null,
              salary_max_inr: (m.salary_max_inr as number | null) ?? null,
              posted_at: m.posted_at ? iso(m.posted_at) : null,
            },
            score: Number(m.score),
            label: (m.label as DashboardMatch["label"]) ?? null,
            recommendation: m.recommendation as DashboardMatch["recommendation"],
            explanation: {
              reasons: (m.reasons as string[]) ?? [],
              matched_skills: (m.matched_skills as string[]) ?? [],
              missing_skills: (m.missing_skills as string[]) ?? [],
              components: (m.components as Record<string, unknown>) ?? {},
            },
            computed_at: iso(m.computed_at),
          })),
          next_cursor:
            matchRows.length > limit && lastMatch
              ? encodeCursor([Number(lastMatch.score), String(lastMatch.job_id)])
              : null,
        },
        applications: {
          counts: Object.fromEntries(counts.map((r) => [r.status, r.n])),
          recent: applications.items,
          next_cursor: applications.next_cursor,
        },
        notifications: {
          unread_count: unread!.n,
          items: notes.map(toNotification),
          next_cursor:
            noteRows.length > limit && lastNote
              ? encodeCursor([iso(lastNote.created_at), String(lastNote.id)])
              : null,
        },
        skill_gaps: skillGap
          ? {
              target_role: (skillGap.target_role as string | null) ?? null,
              role_family: (skillGap.role_family as string | null) ?? null,
              readiness_score: (skillGap.readiness_score as number | null) ?? null,
              matched_skills: skillGap.matched_skills,
              missing_skills: skillGap.missing_skills,
              learning_plan: skillGap.learning_plan,
              computed_at: iso(skillGap.computed_at),
            }
          : null,
        career_intel: careerIntel
          ? {
              summary: (careerIntel.summary as string | null) ?? null,
              market_position: careerIntel.market_position,
              salary_insight: careerIntel.salary_insight,
              trending_skills: careerIntel.trending_skills,
              recommendations: careerIntel.recommendations,
              computed_at: iso(careerIntel.computed_at),
            }
          : null,
        apply_counts: {
          today: Number(user!.applies_today),
          daily_cap: Math.min(wire.daily_apply_limit, planMax),
          this_month: Number(user!.applies_this_month),
          monthly_cap: monthlyApplyCap({ daily_apply_limit_max: planMax }),
        },
      },
      200,
    );
  });

  return app;
}
