import { declined, ok, type Command } from "../command.ts";
import { claimCooldown, formatDuration } from "../cooldowns.ts";
import { replies } from "../replies.ts";
import { appliesLeft, hasValidSession, sessions } from "../user-facts.ts";

/**
 * Queues an apply pass now; it never applies inline. The work is a wake-up for worker-exec,
 * `app.dispatch('worker-exec/apply-now', {source}, user_id)`, written in the same
 * transaction that starts the 4-hour cooldown: worker-exec claims the dispatch_outbox row
 * and works through the user's approved applications, within the same caps as always.
 */
export const applyNow: Command = {
  name: "APPLY_NOW",
  async run({ sql, user, clock }) {
    if (!user.auto_apply_enabled) return declined(replies.applyNowOff, "not_enabled");
    if (user.auto_apply_paused) return declined(replies.applyNowPaused, "paused");
    const now = clock.now();
    if (!hasValidSession(await sessions(sql, user.id, now))) {
      return declined(replies.needsSession, "no_session");
    }
    const left = appliesLeft(user);
    if (left === 0) {
      return declined(
        replies.capReached(user.applies_today, user.daily_apply_limit, user.applies_this_month),
        "cap_reached",
      );
    }
    const result = await sql.begin(async (tx) => {
      const cooldown = await claimCooldown(tx, user.id, "APPLY_NOW", now);
      if (!cooldown.ok) return cooldown;
      await tx`
        select app.dispatch('worker-exec/apply-now',
                            jsonb_build_object('source', 'whatsapp'), ${user.id}::uuid)`;
      return cooldown;
    });
    if (!result.ok) {
      return declined(
        replies.cooldown("APPLY_NOW", formatDuration(result.remainingMs)),
        "cooldown",
      );
    }
    return ok(replies.applyNowQueued(left), "queued");
  },
};
