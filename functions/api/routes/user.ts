import * as routes from "../../../shared/api-client/routes.ts";
import { AppError, badRequest } from "../../../shared/errors/app-error.ts";
import type { ApiDeps } from "../api-deps.ts";
import { createRouter } from "../router.ts";
import { toUser, USER_COLUMNS } from "../rows.ts";

/** Review mode holds every auto application for approval until the user turns it off. */
const REVIEW_MODE_DAYS = 365;

const humanise = (slug: string) =>
  slug
    .replace(/_/g, " ")
    .replace(/\b\w/g, (ch) => ch.toUpperCase())
    .slice(0, 120);

export function userRoutes(deps: ApiDeps) {
  const { sql, clock } = deps;
  const app = createRouter();

  app.openapi(routes.updateRoles, async (c) => {
    const userId = c.get("userId");
    const { roles } = c.req.valid("json");
    const saved = await sql.begin(async (tx) => {
      await tx`delete from public.user_target_roles where user_id = ${userId}`;
      const families = roles.length
        ? await tx<{ id: string; name: string }[]>`
            select id, name from public.role_families
             where id in ${tx(roles.map((r) => r.role_family))}`
        : [];
      const names = new Map(families.map((f) => [f.id, f.name]));
      for (const role of roles) {
        const title = role.title ?? names.get(role.role_family) ?? humanise(role.role_family);
        await tx`
          insert into public.user_target_roles (user_id, title, role_family, priority)
          values (${userId}, ${title}, ${role.role_family}, ${role.priority})`;
      }
      await tx`update public.users set fit_scores_stale = true where id = ${userId}`;
      return tx<{ role_family: string | null; title: string; priority: number }[]>`
        select role_family, title, priority from public.user_target_roles
         where user_id = ${userId} order by priority`;
    });
    return c.json({ roles: [...saved], fit_scores_stale: true }, 200);
  });

  app.openapi(routes.updatePreferences, async (c) => {
    const userId = c.get("userId");
    const body = c.req.valid("json");
    const row = await sql.begin(async (tx) => {
      const [current] = await tx<
        { tier: string; wa_phone: string | null; auto_apply: boolean; wa_opted_in: boolean }[]
      >`
        select u.tier, u.wa_phone, u.wa_opted_in, p.auto_apply
          from public.users u join public.plans p on p.id = u.tier
         where u.id = ${userId} for update of u`;
      if (body.auto_apply_enabled && !current!.auto_apply) {
        throw new AppError(
          "plan_required",
          403,
          "Auto-apply needs the Student or Professional plan",
        );
      }
      const phone = body.wa_phone !== undefined ? body.wa_phone : current!.wa_phone;
      if (body.wa_opted_in && !phone) {
        throw badRequest("Invalid request", {
          fields: { wa_opted_in: ["a WhatsApp number (wa_phone) is needed to opt in"] },
        });
      }
      const patch: Record<string, unknown> = {};
      for (const key of [
        "cities_preferred",
        "work_modes_preferred",
        "current_ctc_lpa",
        "expected_ctc_lpa",
        "notice_period_days",
        "auto_apply_enabled",
        "auto_apply_paused",
        "daily_apply_limit",
        "wa_phone",
        "wa_opted_in",
      ] as const) {
        if (body[key] !== undefined) patch[key] = body[key];
      }
      if (body.wa_phone === null) patch.wa_opted_in = false;
      if (body.review_mode !== undefined) {
        patch.review_mode_until = body.review_mode
          ? new Date(clock.now().getTime() + REVIEW_MODE_DAYS * 86_400_000)
          : null;
      }
      if (Object.keys(patch).length > 0) {
        await tx`update public.users set ${tx(patch)} where id = ${userId}`;
      }
      if (body.auto_apply_enabled) {
        await tx`
          update public.users set auto_apply_activated_at = coalesce(auto_apply_activated_at, now())
           where id = ${userId}`;
      }
      if (body.quiet_hours) {
        await tx`
          update public.users
             set notif_prefs = notif_prefs || ${tx.json({ quiet_hours: body.quiet_hours })}
           where id = ${userId}`;
      }
      // Consent is purpose-bound and append-only (DPDP): record each change of mind.
      const consents: { purpose: string; granted: boolean }[] = [];
      if (body.wa_opted_in !== undefined && body.wa_opted_in !== current!.wa_opted_in) {
        consents.push({ purpose: "whatsapp", granted: body.wa_opted_in });
      }
      if (body.auto_apply_enabled !== undefined) {
        consents.push({ purpose: "auto_apply", granted: body.auto_apply_enabled });
      }
      for (const consent of consents) {
        await tx`
          insert into public.consents (user_id, purpose, version, granted)
          values (${userId}, ${consent.purpose}, 'v1', ${consent.granted})`;
      }
      const [updated] = await tx<Record<string, unknown>[]>`
        select ${tx(USER_COLUMNS as unknown as string[])} from public.users where id = ${userId}`;
      return updated!;
    });
    return c.json({ user: toUser(row) }, 200);
  });

  return app;
}
