import { ok, type Command } from "../command.ts";
import { replies } from "../replies.ts";
import { setOptIn } from "./opt-in.ts";

export const start: Command = {
  name: "START",
  async run({ sql, user }) {
    if (user.wa_opted_in) return ok(replies.alreadyStarted, "already_on");
    await setOptIn(sql, user.id, true);
    return ok(replies.started(user.full_name));
  },
};
