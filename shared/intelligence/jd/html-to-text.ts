import { parse, NodeType, type HTMLElement, type Node } from "node-html-parser";

const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "ul",
  "ol",
  "table",
  "tr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "br",
  "hr",
  "blockquote",
  "pre",
  "dl",
  "dt",
  "dd",
  "main",
  "aside",
]);
const SKIP = new Set(["script", "style", "noscript", "svg", "head", "iframe", "form", "button"]);

/** Job-board HTML → plain text with one block per line and list items as "• ". */
export function htmlToText(html: string): string {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false } });
  const out: string[] = [];
  let line = "";
  const breakLine = () => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) out.push(t);
    line = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      line += node.text;
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? "";
    if (SKIP.has(tag)) return;
    if (tag === "li") {
      breakLine();
      line = "• ";
    } else if (BLOCK.has(tag)) breakLine();
    if (tag === "td" || tag === "th") line += " ";
    for (const c of el.childNodes) walk(c);
    if (tag === "li" || BLOCK.has(tag)) breakLine();
  };
  walk(root);
  breakLine();
  return out.join("\n");
}
