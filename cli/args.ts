import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliError } from "./cli-error.ts";

/** node:util parseArgs with errors turned into one clear CLI line. */
export function parseCliArgs<T extends NonNullable<ParseArgsConfig["options"]>>(
  argv: string[],
  options: T,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
}
