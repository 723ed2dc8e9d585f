import { declined, ok, type Command } from "../command.ts";
import { replies } from "../replies.ts";
import { hasValidSession, sessions } from "../user-facts.ts";

/** Un-pauses auto-apply; only with at least one valid platform session to apply with. */
export const resume: Command = {
  name: "RESUME",
  async run({ sql, user, clock }) {
    if (!user.auto_apply_enabled) return declined(replies.resumeNotEnabled, "not_enabled");
    if (!user.auto_apply_paused) return ok(replies.alreadyRunning, "already_running");
    if (!hasValidSession(await sessions(sql, user.id, clock.now()))) {
      return declined(replies.needsSession, "no_session");
    }
    await sql`update public.users set auto_apply_paused = false where id = ${user.id}`;
    return ok(replies.resumed);
  },
};
