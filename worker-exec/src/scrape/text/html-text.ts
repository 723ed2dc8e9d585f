/** HTML → readable text for jd_text: blocks become lines, list items get a dash. */
import { HTMLElement, Node, NodeType, parse } from "node-html-parser";

const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "tr",
  "br",
  "hr",
]);

function walk(node: Node, out: string[]): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    out.push(node.text.replace(/\s+/g, " "));
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  const tag = node.rawTagName?.toLowerCase() ?? "";
  if (tag === "script" || tag === "style") return;
  if (tag === "li") out.push("\n- ");
  else if (BLOCK.has(tag)) out.push("\n");
  for (const child of node.childNodes) walk(child, out);
  if (BLOCK.has(tag) || tag === "li") out.push("\n");
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  walk(parse(html), out);
  return out
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join("\n");
}

/** Greenhouse (and Naukri snippets) send HTML entity-escaped; undo one level. */
export function decodeEntities(s: string): string {
  return parse(`<x>${s.replace(/</g, "&lt;")}</x>`).text;
}

/** Collapses whitespace in a scraped text node. */
export function clean(s: string | undefined | null): string {
  return (s ?? "").replace(/\s+/g, " ").trim();
}
