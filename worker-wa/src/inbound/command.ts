import type { Sql } from "../../../shared/db/sql.ts";
import type { Clock } from "../../../shared/time/clock.ts";
import type { WaUser } from "../db/wa-users.ts";
import type { CommandName } from "./parse-command.ts";

export interface CommandContext {
  sql: Sql;
  user: WaUser;
  clock: Clock;
  /** student or professional. */
  paid: boolean;
}

export interface CommandResult {
  reply: string;
  /** agent_logs.status: success when it did what was asked, skipped when it declined. */
  status: "success" | "skipped";
  /** Short machine word for agent_logs.metadata.outcome: ok, cooldown, no_session, … */
  outcome: string;
}

export interface Command {
  name: CommandName;
  run(ctx: CommandContext): Promise<CommandResult>;
}

export const ok = (reply: string, outcome = "ok"): CommandResult => ({
  reply,
  status: "success",
  outcome,
});
export const declined = (reply: string, outcome: string): CommandResult => ({
  reply,
  status: "skipped",
  outcome,
});
