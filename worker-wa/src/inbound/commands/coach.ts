import { declined, ok, type Command } from "../command.ts";
import { claimCooldown, formatDuration } from "../cooldowns.ts";
import { replies } from "../replies.ts";

/**
 * Asks the orchestrator for a coaching note now: `app.dispatch('orchestrator/daily-coach',
 * {source, on_demand}, user_id)` with a 6-hour cooldown. The note comes back as a
 * `coach.daily` WhatsApp notification through the normal outbound queue.
 */
export const coach: Command = {
  name: "COACH",
  async run({ sql, user, clock }) {
    const result = await sql.begin(async (tx) => {
      const cooldown = await claimCooldown(tx, user.id, "COACH", clock.now());
      if (!cooldown.ok) return cooldown;
      await tx`
        select app.dispatch('orchestrator/daily-coach',
                            jsonb_build_object('source', 'whatsapp', 'on_demand', true),
                            ${user.id}::uuid)`;
      return cooldown;
    });
    if (!result.ok) {
      return declined(replies.cooldown("COACH", formatDuration(result.remainingMs)), "cooldown");
    }
    return ok(replies.coachQueued, "queued");
  },
};
