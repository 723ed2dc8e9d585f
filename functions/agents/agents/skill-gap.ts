import { loadTaxonomy, rankSkillGaps, type SkillGap } from "../../../shared/intelligence/index.ts";
import {
  clearStaleFlag,
  demandCoverage,
  ensureTaxonomy,
  skillDemand,
  type InsightUser,
} from "../../../shared/intelligence-db/index.ts";
import { defineAgent, type AgentContext } from "../agent-contract.ts";
import { PerUserPayload, runPerUser } from "./per-user-sweep.ts";

export const SKILL_GAP_MODEL = "skill-gap-1";
/** A steady pace for working learners: hours a week the plan assumes. */
const HOURS_PER_WEEK = 8;

function learningPlan(gaps: SkillGap[]) {
  let hours = 0;
  return gaps.slice(0, 8).map((g, i) => {
    const startWeek = Math.floor(hours / HOURS_PER_WEEK) + 1;
    hours += g.est_hours;
    return {
      step: i + 1,
      skill_id: g.skill_id,
      name: g.name,
      est_hours: g.est_hours,
      start_week: startWeek,
      end_week: Math.max(startWeek, Math.ceil(hours / HOURS_PER_WEEK)),
      resources: g.resources,
    };
  });
}

async function analyse(ctx: AgentContext, user: InsightUser) {
  const taxonomy = loadTaxonomy();
  const demand = await skillDemand(ctx.sql, user);
  const gaps = rankSkillGaps(user.skillIds, demand, taxonomy, { limit: 15 });
  const coverage = demandCoverage(user.skillIds, demand);
  const matched = user.skillIds
    .filter((id) => (demand.get(id) ?? 0) > 0)
    .map((id) => ({
      skill_id: id,
      name: taxonomy.skillById.get(id)?.name ?? id,
      demand: demand.get(id) ?? 0,
    }))
    .sort((a, b) => b.demand - a.demand || a.skill_id.localeCompare(b.skill_id))
    .slice(0, 30);
  const result = {
    target_role: user.targetTitle?.slice(0, 200) ?? null,
    role_family: user.families[0] ?? null,
    readiness_score: coverage === null ? null : Math.round(coverage * 100),
    matched_skills: matched,
    missing_skills: gaps,
    learning_plan: learningPlan(gaps),
  };
  let written = false;
  const { dashboardReady } = await clearStaleFlag(
    ctx.sql,
    user.id,
    "skill_gap_stale",
    async (tx) => {
      // A new row only when the answer changed: the latest row stays the user's current one.
      const rows = await tx`
      insert into public.skill_gap_results
        (user_id, target_role, role_family, readiness_score, matched_skills, missing_skills,
         learning_plan, model_version, computed_at)
      select ${user.id}, ${result.target_role}, ${result.role_family}, ${result.readiness_score},
             ${tx.json(result.matched_skills as never)}, ${tx.json(result.missing_skills as never)},
             ${tx.json(result.learning_plan as never)}, ${SKILL_GAP_MODEL}, ${ctx.clock.now()}
       where not exists (
         select 1 from (
           select * from public.skill_gap_results where user_id = ${user.id}
            order by computed_at desc limit 1) last
          where last.target_role is not distinct from ${result.target_role}
            and last.role_family is not distinct from ${result.role_family}
            and last.readiness_score is not distinct from ${result.readiness_score}::smallint
            and last.matched_skills = ${tx.json(result.matched_skills as never)}
            and last.missing_skills = ${tx.json(result.missing_skills as never)}
            and last.learning_plan = ${tx.json(result.learning_plan as never)}
            and last.model_version = ${SKILL_GAP_MODEL})
      returning id`;
      written = rows.length > 0;
    },
  );
  return { written, dashboardReady };
}

/**
 * Skill gap: demand for each skill in active jobs of the user's role families and cities,
 * the skills the user lacks ranked by demand and closeness, hours to learn them, and
 * resources only from the curated list in the repo. Clears `skill_gap_stale`.
 */
export const skillGap = defineAgent({
  name: "skill-gap",
  payload: PerUserPayload,
  async run(ctx, payload) {
    await ensureTaxonomy(ctx.sql);
    return runPerUser(ctx, payload, "skill_gap_stale", (user) => analyse(ctx, user));
  },
});
