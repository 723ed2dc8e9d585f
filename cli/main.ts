/**
 * `npx talvix <command> …` — the same engines the agents and workers run, from a terminal.
 * Each command lives in `cli/commands/<name>.ts` and exports `run(argv): Promise<number>`.
 */
import { CliError } from "./cli-error.ts";

const COMMANDS: Record<string, { module: string; summary: string }> = {
  resume: { module: "./commands/resume.ts", summary: "resume parse <file>" },
  jd: { module: "./commands/jd.ts", summary: "jd parse <file|->" },
  score: { module: "./commands/score.ts", summary: "score --resume <file> --jd <file>" },
  scrape: { module: "./commands/scrape.ts", summary: "scrape --source <name> [...]" },
  apply: { module: "./commands/apply.ts", summary: "apply --url <url> --profile <json> ..." },
  wa: { module: "./commands/wa.ts", summary: "wa [--phone <E.164>] (chat with the bot)" },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([, c]) => `  talvix ${c.summary}`);
  return `usage:\n${lines.join("\n")}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`talvix: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  const mod = (await import(command.module)) as { run(argv: string[]): Promise<number> };
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof CliError) {
      process.stderr.write(`talvix: ${err.message}\n`);
      process.exit(err.exitCode);
    }
    // Never a stack trace for the user: one line, and the detail only with DEBUG set.
    process.stderr.write(`talvix: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.DEBUG) console.error(err);
    process.exit(1);
  },
);
