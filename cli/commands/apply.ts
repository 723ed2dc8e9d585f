/**
 * `talvix apply --url <url> --profile <profile.json> --resume <file> [--cover-letter <file>]
 *               [--answers <answers.json>] [--screenshots <dir>] (--dry-run | --submit)`
 * Fills the application form in a real browser and prints the receipt JSON on stdout: every
 * field filled (and from what), every field it could not fill and why, the questions it
 * needs answered, screenshot paths. `--dry-run` never clicks submit.
 * Exit: 0 submitted or dry run done, 1 failed, 2 bad usage, 3 questions need answers.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { ApplyBrowser } from "../../worker-exec/src/apply/apply-browser.ts";
import {
  parseProfileFile,
  type Applicant,
  type MemoryAnswer,
} from "../../worker-exec/src/apply/applicant.ts";
import { fingerprintFor } from "../../worker-exec/src/apply/fingerprint.ts";
import { classifyQuestion } from "../../worker-exec/src/apply/questions.ts";
import { runApplication } from "../../worker-exec/src/apply/run-application.ts";
import { parseCliArgs } from "../args.ts";
import { CliError } from "../cli-error.ts";

const USAGE =
  "usage: talvix apply --url <url> --profile <profile.json> --resume <file> [--cover-letter <file>] [--answers <answers.json>] [--screenshots <dir>] (--dry-run | --submit)";

async function readJson(path: string, flag: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new CliError(`${flag}: cannot read ${path}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError(`${flag}: ${path} is not JSON`);
  }
}

async function file(path: string, flag: string) {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new CliError(`${flag}: cannot read ${path}`);
  }
  return {
    path: resolve(path),
    name: basename(path),
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes,
  };
}

/** `--answers` maps question text (or a key like "notice_period") to the answer: user facts. */
export function answersToMemory(json: unknown): Map<string, MemoryAnswer> {
  if (!json || typeof json !== "object" || Array.isArray(json)) {
    throw new CliError("--answers must be a JSON object of question → answer");
  }
  const memory = new Map<string, MemoryAnswer>();
  for (const [question, answer] of Object.entries(json as Record<string, unknown>)) {
    if (typeof answer !== "string" && typeof answer !== "number" && typeof answer !== "boolean") {
      throw new CliError(
        `--answers: the answer to "${question}" must be text, a number or true/false`,
      );
    }
    const value = typeof answer === "boolean" ? (answer ? "Yes" : "No") : String(answer);
    const entry: MemoryAnswer = { answer: value, source: "user" };
    memory.set(question, entry);
    memory.set(`q:${question.toLowerCase()}`, entry);
    memory.set(classifyQuestion({ label: question }).key, entry);
  }
  return memory;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCliArgs(
    argv,
    {
      url: { type: "string" },
      profile: { type: "string" },
      resume: { type: "string" },
      "cover-letter": { type: "string" },
      answers: { type: "string" },
      screenshots: { type: "string" },
      "dry-run": { type: "boolean" },
      submit: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    false,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.url) throw new CliError(`--url is required\n${USAGE}`);
  if (!values.profile)
    throw new CliError("--profile is required (the JSON `talvix resume parse` prints)");
  if (!values.resume) throw new CliError("--resume is required");
  if (values["dry-run"] === values.submit)
    throw new CliError("choose exactly one of --dry-run or --submit");
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    throw new CliError(`--url is not a URL: ${values.url}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new CliError("--url must be http(s)");

  let parsed;
  try {
    parsed = parseProfileFile(await readJson(values.profile, "--profile"));
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(
      `--profile is not a Talvix profile: ${err instanceof Error ? err.message.slice(0, 300) : String(err)}`,
    );
  }
  const resume = await file(values.resume, "--resume");
  const applicant: Applicant = {
    profile: parsed.profile,
    facts: parsed.facts,
    memory: values.answers
      ? answersToMemory(await readJson(values.answers, "--answers"))
      : new Map(),
    resume,
  };
  if (values["cover-letter"]) {
    const letter = await file(values["cover-letter"], "--cover-letter");
    applicant.coverLetter = {
      ...letter,
      text: /\.(txt|md)$/i.test(letter.name) ? letter.bytes.toString("utf8") : undefined,
    };
  }
  const shotsDir = resolve(values.screenshots ?? join(".data", "storage", "screenshots", "cli"));
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const browser = new ApplyBrowser();
  try {
    const { page, close } = await browser.open(fingerprintFor(parsed.profile.email ?? "cli"));
    try {
      const result = await runApplication({
        page,
        url: url.toString(),
        applicant,
        dryRun: Boolean(values["dry-run"]),
        saveScreenshot: async (label, png) => {
          await mkdir(shotsDir, { recursive: true });
          const path = join(shotsDir, `${stamp}-${label}.png`);
          await writeFile(path, png);
          return path;
        },
      });
      process.stdout.write(
        `${JSON.stringify({ outcome: result.outcome, ...result.receipt }, null, 2)}\n`,
      );
      if (result.outcome === "submitted" || result.outcome === "dry_run") return 0;
      return result.outcome === "needs_input" ? 3 : 1;
    } finally {
      await close();
    }
  } finally {
    await browser.close();
  }
}
