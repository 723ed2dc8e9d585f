import { strFromU8, unzipSync } from "fflate";
import { getDocumentProxy } from "unpdf";
import { layoutPage, type PageLayout, type PositionedItem } from "./pdf-layout.ts";

export type ResumeSource = "pdf" | "docx" | "text";

export type ExtractResult =
  | { status: "ok"; source: ResumeSource; text: string; pages: number; layouts: PageLayout[] }
  /** The file has no usable text layer (a scan or photo); OCR or the user must supply text. */
  | { status: "needs_text"; source: ResumeSource; pages: number; reason: string }
  | { status: "unsupported"; reason: string }
  | { status: "unreadable"; source: ResumeSource; reason: string };

/** Fewer characters than this across the document means there is no real text layer. */
const MIN_TEXT_CHARS = 40;

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function sniff(bytes: Uint8Array, mime: string): ResumeSource | null {
  const m = mime.toLowerCase();
  if (m.includes("pdf")) return "pdf";
  if (m === DOCX_MIME || m.includes("wordprocessingml")) return "docx";
  if (m.startsWith("text/")) return "text";
  // Fall back to magic bytes when the upload's MIME type is generic.
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
    return "pdf";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "docx";
  return null;
}

async function pdfText(bytes: Uint8Array): Promise<ExtractResult> {
  let pdf;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given; pass a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (e) {
    return { status: "unreadable", source: "pdf", reason: `not a readable PDF: ${String(e)}` };
  }
  const pageTexts: string[] = [];
  const layouts: PageLayout[] = [];
  let chars = 0;
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PositionedItem[] = [];
    for (const it of content.items) {
      if (!("str" in it)) continue;
      const t = it.transform as number[];
      items.push({
        str: it.str,
        x: t[4] ?? 0,
        y: t[5] ?? 0,
        w: it.width,
        h: it.height || Math.abs(t[3] ?? 10),
      });
      chars += it.str.trim().length;
    }
    const { lines, layout } = layoutPage(items, viewport.width);
    layouts.push(layout);
    pageTexts.push(lines.join("\n"));
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  if (chars < MIN_TEXT_CHARS) {
    return {
      status: "needs_text",
      source: "pdf",
      pages,
      reason: "PDF has no text layer (scanned image?)",
    };
  }
  return { status: "ok", source: "pdf", text: pageTexts.join("\n"), pages, layouts };
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e.startsWith("#x") || e.startsWith("#X"))
      return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return XML_ENTITIES[e] ?? m;
  });
}

/** WordprocessingML body → text: one line per paragraph, table rows as "cell | cell". */
export function docxXmlToText(xml: string): string {
  const out: string[] = [];
  let para = "";
  let cells: string[] = [];
  let cell: string[] = [];
  let tableDepth = 0;
  const re = /<(\/?)w:(p|tbl|tr|tc|t|tab|br|cr)(?:\s[^>]*?)?(\/?)>([^<]*)/g;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    const [, close, tag, selfClose, after] = m;
    if (tag === "t" && !close && !selfClose) para += decodeXml(after ?? "");
    else if ((tag === "tab" || tag === "br" || tag === "cr") && !close)
      para += tag === "tab" ? "\t" : " ";
    else if (tag === "p" && (close || selfClose)) {
      const text = para.replace(/\s+/g, " ").trim();
      if (tableDepth > 0) {
        if (text) cell.push(text);
      } else out.push(text);
      para = "";
    } else if (tag === "tbl") tableDepth += close ? -1 : 1;
    else if (tag === "tc" && close) {
      cells.push(cell.join(" "));
      cell = [];
    } else if (tag === "tr" && close) {
      const row = cells.filter((c) => c.length > 0);
      if (row.length) out.push(row.join(" | "));
      cells = [];
    }
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}

function docxText(bytes: Uint8Array): ExtractResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" });
  } catch (e) {
    return { status: "unreadable", source: "docx", reason: `not a readable DOCX: ${String(e)}` };
  }
  const doc = files["word/document.xml"];
  if (!doc)
    return { status: "unreadable", source: "docx", reason: "DOCX has no word/document.xml" };
  const text = docxXmlToText(strFromU8(doc));
  if (text.replace(/\s/g, "").length < MIN_TEXT_CHARS) {
    return {
      status: "needs_text",
      source: "docx",
      pages: 1,
      reason: "document has almost no text",
    };
  }
  return { status: "ok", source: "docx", text, pages: 1, layouts: ["one_column"] };
}

/** Résumé bytes → plain text in reading order. Never guesses content it cannot read. */
export async function extractResumeText(bytes: Uint8Array, mime: string): Promise<ExtractResult> {
  const source = sniff(bytes, mime);
  if (source === null) return { status: "unsupported", reason: `unsupported file type ${mime}` };
  if (source === "pdf") return pdfText(bytes);
  if (source === "docx") return docxText(bytes);
  const text = new TextDecoder("utf-8")
    .decode(bytes)
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n");
  if (text.replace(/\s/g, "").length < MIN_TEXT_CHARS) {
    return { status: "needs_text", source: "text", pages: 1, reason: "file has almost no text" };
  }
  return { status: "ok", source: "text", text, pages: 1, layouts: ["one_column"] };
}
