import { declined, ok, type Command } from "../command.ts";
import { replies } from "../replies.ts";

export const pause: Command = {
  name: "PAUSE",
  async run({ sql, user }) {
    if (!user.auto_apply_enabled) return declined(replies.pauseNotOn, "not_enabled");
    if (user.auto_apply_paused) return ok(replies.alreadyPaused, "already_paused");
    await sql`update public.users set auto_apply_paused = true where id = ${user.id}`;
    return ok(replies.paused);
  },
};
