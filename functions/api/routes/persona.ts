import type { PersonaOption } from "../../../shared/api-client/client.ts";
import * as routes from "../../../shared/api-client/routes.ts";
import { notFound } from "../../../shared/errors/app-error.ts";
import type { AgentsClient } from "../agents-client.ts";
import type { ApiDeps } from "../api-deps.ts";
import { createRouter } from "../router.ts";

/** The agents a chosen persona starts, in parallel, without waiting. */
export const PERSONA_WAKE_UPS = ["skill-gap", "career-intel", "fit-score"] as const;

export function personaRoutes(deps: ApiDeps, agents: AgentsClient) {
  const { sql } = deps;
  const app = createRouter();

  app.openapi(routes.choosePersona, async (c) => {
    const userId = c.get("userId");
    const { resume_id, choice } = c.req.valid("json");
    const persona = await sql.begin(async (tx) => {
      const [chosen] = await tx<{ id: string; persona: string; target_roles: string[] }[]>`
        select p.id, p.persona, p.target_roles from public.personas p
         where p.user_id = ${userId} and p.resume_id = ${resume_id} and p.position = ${choice}
         for update`;
      if (!chosen) return null;
      await tx`
        update public.personas set is_chosen = false, chosen_at = null
         where user_id = ${userId} and is_chosen and id <> ${chosen.id}`;
      await tx`
        update public.personas set is_chosen = true, chosen_at = now()
         where id = ${chosen.id} and user_id = ${userId}`;
      await tx`
        update public.resumes set is_primary = false
         where user_id = ${userId} and is_primary and id <> ${resume_id}`;
      await tx`
        update public.resumes set is_primary = true where id = ${resume_id} and user_id = ${userId}`;
      // Target roles come from the persona until the user sets their own.
      const [hasRoles] = await tx`
        select 1 from public.user_target_roles where user_id = ${userId} limit 1`;
      if (!hasRoles) {
        const titles = chosen.target_roles.filter((t) => t.trim()).slice(0, 5);
        for (const [i, title] of titles.entries()) {
          await tx`
            insert into public.user_target_roles (user_id, title, priority)
            values (${userId}, ${title.slice(0, 120)}, ${i + 1})`;
        }
      }
      await tx`
        update public.users
           set persona = ${chosen.persona}, onboarding_completed = true, dashboard_ready = false,
               fit_scores_stale = true, skill_gap_stale = true, career_intel_stale = true
         where id = ${userId}`;
      return chosen.persona;
    });
    if (!persona) throw notFound("No such resume or persona option");
    for (const agent of PERSONA_WAKE_UPS) {
      agents.wake(agent, userId, { mode: "full_scan", user_id: userId });
    }
    return c.json(
      {
        status: "accepted" as const,
        persona: persona as PersonaOption["persona"],
        started: [...PERSONA_WAKE_UPS],
      },
      202,
    );
  });

  return app;
}
