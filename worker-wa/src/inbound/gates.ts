import type { CommandName } from "./parse-command.ts";
import { isPaidCommand } from "./parse-command.ts";

export interface GateUser {
  wa_opted_in: boolean;
  tier: "free" | "student" | "professional";
}

export type GateResult =
  /** Gate 1: not a registered number. Ignored silently. */
  | { pass: false; gate: "unregistered" }
  /** Gate 2: opted out; `notice` is true when they have not been told how to resume yet. */
  | { pass: false; gate: "opted_out"; notice: boolean }
  /** Gate 3: a paid command from a free user. */
  | { pass: false; gate: "free_tier" }
  | { pass: true };

export const isPaidTier = (tier: GateUser["tier"]) => tier === "student" || tier === "professional";

/**
 * Gates 1–3, in order, for a message whose command is `command` (null = not a command,
 * which is answered with HELP once the gates pass). Pure.
 */
export function applyGates(
  user: GateUser | null,
  command: CommandName | null,
  optOutNoticeSent: boolean,
): GateResult {
  if (!user) return { pass: false, gate: "unregistered" };
  if (!user.wa_opted_in && command !== "START" && command !== "STOP") {
    return { pass: false, gate: "opted_out", notice: !optOutNoticeSent };
  }
  if (command && isPaidCommand(command) && !isPaidTier(user.tier)) {
    return { pass: false, gate: "free_tier" };
  }
  return { pass: true };
}
