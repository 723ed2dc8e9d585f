/** What an upload really is, from its bytes (the name and declared type are ignored). */
export type ResumeFileType = "pdf" | "docx" | "txt";

export const RESUME_MIME: Record<ResumeFileType, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  txt: "text/plain",
};

function startsWith(bytes: Uint8Array, prefix: number[]) {
  return prefix.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: string): boolean {
  const n = new TextEncoder().encode(needle);
  outer: for (let i = 0; i + n.length <= bytes.length; i++) {
    for (let j = 0; j < n.length; j++) if (bytes[i + j] !== n[j]) continue outer;
    return true;
  }
  return false;
}

export function sniffResume(bytes: Uint8Array): ResumeFileType | null {
  if (bytes.length === 0) return null;
  // %PDF- (some generators put a few junk bytes first; the spec allows 1024).
  const head = bytes.subarray(0, 1024);
  if (contains(head, "%PDF-")) return "pdf";
  // A ZIP (PK\3\4) holding word/document.xml is a DOCX; any other ZIP is not a resume.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return contains(bytes, "word/document.xml") ? "docx" : null;
  }
  // Plain text: valid UTF-8 with no control bytes other than whitespace.
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    // deno-lint-ignore no-control-regex
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000e-\u001f\u007f]/.test(text)) return null;
    return text.trim().length > 0 ? "txt" : null;
  } catch {
    return null;
  }
}
