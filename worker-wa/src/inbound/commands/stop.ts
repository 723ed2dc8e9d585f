import { ok, type Command } from "../command.ts";
import { replies } from "../replies.ts";
import { setOptIn } from "./opt-in.ts";

/** STOP works whatever the user's state: WhatsApp messages off, recorded as a consent. */
export const stop: Command = {
  name: "STOP",
  async run({ sql, user }) {
    if (!user.wa_opted_in) return ok(replies.alreadyStopped, "already_off");
    await setOptIn(sql, user.id, false);
    return ok(replies.stopped);
  },
};
