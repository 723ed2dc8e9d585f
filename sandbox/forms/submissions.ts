/**
 * Every application a sandbox form receives, so tests assert exactly what was sent and how
 * many times. One store per sandbox app; read it over HTTP at `/__forms/submissions`.
 */
export type FormName =
  "greenhouse" | "lever" | "ashby" | "workable" | "linkedin" | "naukri" | "generic";

export interface ReceivedFile {
  field: string;
  name: string;
  size: number;
  sha256: string;
}

export interface FormSubmission {
  form: FormName;
  job: string;
  /** Accepted submissions count as applications; rejected ones failed server validation. */
  accepted: boolean;
  errors: string[];
  fields: Record<string, string>;
  files: ReceivedFile[];
  at: string;
}

export class SubmissionStore {
  readonly #items: FormSubmission[] = [];

  record(item: Omit<FormSubmission, "at">): FormSubmission {
    const full = { ...item, at: new Date().toISOString() };
    this.#items.push(full);
    return full;
  }

  list(filter: { form?: string; job?: string } = {}): FormSubmission[] {
    return this.#items.filter(
      (s) => (!filter.form || s.form === filter.form) && (!filter.job || s.job === filter.job),
    );
  }

  reset(): void {
    this.#items.length = 0;
  }
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Splits a parsed multipart/urlencoded body into text fields and files (with hashes). */
export async function splitBody(
  body: Record<string, string | File | (string | File)[]>,
): Promise<{ fields: Record<string, string>; files: ReceivedFile[] }> {
  const fields: Record<string, string> = {};
  const files: ReceivedFile[] = [];
  for (const [key, raw] of Object.entries(body)) {
    const values = Array.isArray(raw) ? raw : [raw];
    for (const value of values) {
      if (typeof value === "string") {
        fields[key] = fields[key] === undefined ? value : `${fields[key]}, ${value}`;
      } else if (value.size > 0 || value.name) {
        const bytes = await value.arrayBuffer();
        files.push({
          field: key,
          name: value.name,
          size: bytes.byteLength,
          sha256: await sha256Hex(bytes),
        });
      }
    }
  }
  return { fields, files };
}

/** Required fields that came empty. */
export function missing(fields: Record<string, string>, required: string[]): string[] {
  return required.filter((k) => !(fields[k] ?? "").trim()).map((k) => `${k} is required`);
}
