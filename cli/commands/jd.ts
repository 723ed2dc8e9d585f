/**
 * `talvix jd parse <file|-> [--title T] [--company C] [--location L]` — the JD engine the
 * jd-clean agent runs: HTML or text in (`-` reads stdin), the cleaned job as JSON on stdout.
 * Exit 0 cleaned, 1 unreadable or empty input, 2 bad usage.
 */
import { extname } from "node:path";
import {
  cleanJd,
  loadTaxonomy,
  type CleanJd,
  type JdInput,
} from "../../shared/intelligence/index.ts";
import { parseCliArgs } from "../args.ts";
import { CliError } from "../cli-error.ts";
import { readInput } from "./resume.ts";

const USAGE =
  "usage: talvix jd parse <file.html|file.txt|-> [--title <title>] [--company <name>] [--location <text>]";

export const JD_OPTIONS = {
  title: { type: "string" },
  company: { type: "string" },
  location: { type: "string" },
} as const;

/** A JD file (or stdin) → the engine's input; HTML by extension or by its first tag. */
export async function jdInputFromFile(
  path: string,
  extra: { title?: string; company?: string; location?: string },
): Promise<JdInput> {
  const body = (await readInput(path, "job description")).toString("utf8");
  if (body.includes("\u0000")) throw new CliError(`${path}: not a text or HTML file`, 1);
  if (body.trim().length === 0) throw new CliError(`${path}: the job description is empty`, 1);
  const isHtml =
    /^\.html?$/i.test(extname(path)) || /^\s*<(?:!doctype|html|[a-z]+[\s>])/i.test(body);
  const input: JdInput = isHtml ? { html: body } : { text: body };
  if (extra.title) input.title = extra.title;
  if (extra.company) input.company = extra.company;
  if (extra.location) input.location = extra.location;
  return input;
}

export function cleanFromInput(input: JdInput, path: string): CleanJd {
  const clean = cleanJd(input, loadTaxonomy());
  if (clean.text.trim().length === 0)
    throw new CliError(`${path}: no text in the job description`, 1);
  return clean;
}

export async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseCliArgs(argv, {
    ...JD_OPTIONS,
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [sub, file, ...extra] = positionals;
  if (sub !== "parse" || !file || extra.length > 0) throw new CliError(USAGE);
  const input = await jdInputFromFile(file, values);
  process.stdout.write(`${JSON.stringify(cleanFromInput(input, file), null, 2)}\n`);
  return 0;
}
