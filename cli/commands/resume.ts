/**
 * `talvix resume parse <file>` — the résumé engine the resume-intelligence agent runs: PDF,
 * DOCX or plain text in, the structured profile as JSON on stdout. Exit 0 parsed, 1 the file
 * has no usable text (a scan) or cannot be read, 2 bad usage.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import {
  extractResumeText,
  loadTaxonomy,
  parseResume,
  type Profile,
} from "../../shared/intelligence/index.ts";
import { parseCliArgs } from "../args.ts";
import { CliError } from "../cli-error.ts";

const USAGE = "usage: talvix resume parse <file.pdf|file.docx|file.txt>";

const MIME_BY_EXT: Record<string, string> = {
  ".pdf": "application/pdf",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".txt": "text/plain",
  ".md": "text/plain",
  ".text": "text/plain",
};

/** Reads a file (or stdin for "-") with one clear line when it cannot. */
export async function readInput(path: string, what: string): Promise<Buffer> {
  try {
    if (path === "-") {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
    return await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory"
          : code === "EACCES"
            ? "permission denied"
            : (err as Error).message;
    throw new CliError(`cannot read ${what} ${path}: ${why}`, 1);
  }
}

/** A résumé file → its profile, or a CliError saying why there is none. */
export async function profileFromFile(path: string): Promise<Profile> {
  const bytes = await readInput(path, "résumé");
  const mime = MIME_BY_EXT[extname(path).toLowerCase()] ?? "application/octet-stream";
  const extracted = await extractResumeText(new Uint8Array(bytes), mime);
  switch (extracted.status) {
    case "ok":
      return parseResume(extracted.text, { taxonomy: loadTaxonomy() });
    case "needs_text":
      throw new CliError(`${path}: needs_text — ${extracted.reason}; no profile was made`, 1);
    case "unsupported":
      throw new CliError(`${path}: ${extracted.reason} (use PDF, DOCX or plain text)`, 1);
    default:
      throw new CliError(`${path}: ${extracted.reason}`, 1);
  }
}

export async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseCliArgs(argv, { help: { type: "boolean", short: "h" } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [sub, file, ...extra] = positionals;
  if (sub !== "parse" || !file || extra.length > 0) throw new CliError(USAGE);
  const profile = await profileFromFile(file);
  process.stdout.write(`${JSON.stringify(profile, null, 2)}\n`);
  return 0;
}
