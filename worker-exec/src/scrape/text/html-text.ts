/** HTML → readable text: the intelligence engine's converter, so jd_text reads the same everywhere. */
import { parse } from "node-html-parser";

export { htmlToText } from "../../../../shared/intelligence/jd/html-to-text.ts";

/** Greenhouse (and Naukri snippets) send HTML entity-escaped; undo one level. */
export function decodeEntities(s: string): string {
  return parse(`<x>${s.replace(/</g, "&lt;")}</x>`).text;
}

/** Collapses whitespace in a scraped text node. */
export function clean(s: string | undefined | null): string {
  return (s ?? "").replace(/\s+/g, " ").trim();
}
