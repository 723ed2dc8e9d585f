import { MONTHLY_APPLY_CAP } from "../../../../shared/whatsapp/templates.ts";
import { ok, type Command } from "../command.ts";
import { autoApplyState, newMatchesSince, sessions } from "../user-facts.ts";

const STATE_TEXT = { on: "ON", paused: "PAUSED", off: "OFF" } as const;

/** Auto-apply state, applies against caps, session validity, new matches in 24 h. */
export const status: Command = {
  name: "STATUS",
  async run({ sql, user, clock }) {
    const now = clock.now();
    const [s, fresh] = await Promise.all([
      sessions(sql, user.id, now),
      newMatchesSince(sql, user.id, new Date(now.getTime() - 24 * 3_600_000)),
    ]);
    const sessionLines =
      s.length === 0
        ? "• no job-portal logins connected"
        : s
            .map((x) => {
              if (!x.valid) return `• ${x.platform}: expired — reconnect on your dashboard`;
              if (!x.expiresAt) return `• ${x.platform}: valid`;
              const days = Math.max(
                0,
                Math.floor((x.expiresAt.getTime() - now.getTime()) / 86_400_000),
              );
              return `• ${x.platform}: valid (about ${days} day${days === 1 ? "" : "s"} left)`;
            })
            .join("\n");
    const reply =
      `Auto-apply: ${STATE_TEXT[autoApplyState(user)]}\n` +
      `Today: ${user.applies_today} of ${user.daily_apply_limit} applications\n` +
      `This month: ${user.applies_this_month} of ${MONTHLY_APPLY_CAP}\n` +
      `New matches (24 h): ${fresh}\n\nLogins:\n${sessionLines}`;
    return ok(reply);
  },
};
