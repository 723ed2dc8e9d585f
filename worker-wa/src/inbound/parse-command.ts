/** The commands the bot understands. Anything else is answered with HELP. */
export const FREE_COMMANDS = ["HELP", "JOBS", "STOP", "START"] as const;
export const PAID_COMMANDS = ["STATUS", "PAUSE", "RESUME", "APPLY_NOW", "REPORT", "COACH"] as const;
export type CommandName = (typeof FREE_COMMANDS)[number] | (typeof PAID_COMMANDS)[number];

const ALL = new Set<string>([...FREE_COMMANDS, ...PAID_COMMANDS]);

export interface ParsedCommand {
  /** null when the first word is not a command (the router answers with HELP). */
  command: CommandName | null;
  /** The first word as typed, upper-cased and trimmed to letters: for logs only. */
  word: string;
}

/**
 * The first word, upper-cased, is the command ("jobs", "Jobs!" → JOBS). "APPLY NOW" and
 * "apply-now" mean APPLY_NOW. The text is only ever compared with this fixed list: nothing
 * a user types is executed, interpolated into SQL or echoed back.
 */
export function parseCommand(text: string): ParsedCommand {
  const words = text
    .trim()
    .slice(0, 200)
    .toUpperCase()
    .split(/[\s-]+/);
  const clean = (w: string | undefined) => (w ?? "").replace(/[^A-Z_]/g, "").slice(0, 20);
  const first = clean(words[0]);
  if (first === "APPLY" && clean(words[1]) === "NOW") return { command: "APPLY_NOW", word: first };
  if (first === "APPLYNOW") return { command: "APPLY_NOW", word: first };
  return { command: ALL.has(first) ? (first as CommandName) : null, word: first };
}

export function isPaidCommand(command: CommandName): boolean {
  return (PAID_COMMANDS as readonly string[]).includes(command);
}
