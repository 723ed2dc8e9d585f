import { ok, type Command } from "../command.ts";
import { replies } from "../replies.ts";

export const help: Command = {
  name: "HELP",
  run: async ({ user, paid }) => ok(replies.help(user.full_name, paid)),
};
