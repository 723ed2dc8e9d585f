/** Shared line helpers for résumé parsing. */
const BULLET_RE = /^\s*(?:[•●▪■◦○►▸➢➤✓✔∙·\-–*>]|\d{1,2}[.)])\s+/;

export function isBullet(line: string): boolean {
  return BULLET_RE.test(line);
}

export function stripBullet(line: string): string {
  return line.replace(BULLET_RE, "").trim();
}

export function toLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2002-\u200b]/g, " ")
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .filter((l) => l.length > 0);
}

/** Splits a header line on the separators résumés use between title, company and place. */
export function splitParts(line: string): string[] {
  return line
    .split(/\s+\|\s+|\s*\|\s*|\s+[–—-]\s+|,\s+|\s+@\s+|\s+at\s+|\t/)
    .map((p) => p.replace(/^[\s,;:()–—-]+|[\s,;:()–—-]+$/g, "").trim())
    .filter((p) => p.length > 0);
}
