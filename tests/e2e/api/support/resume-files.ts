import { strToU8, zipSync } from "fflate";
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";

const RESUME_LINES = [
  "Asha Verma",
  "asha.verma@example.com | +91 98123 45678 | Bengaluru",
  "Experience",
  "Software Engineer, Flipkart, Bengaluru — Jan 2021 to present",
  "Built Python and SQL services on AWS; React dashboards for 2M users.",
  "Education",
  "B.Tech Computer Science, VIT Vellore, 2020",
  "Skills: Python, SQL, React, AWS, Docker",
];

export async function textPdf(): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  RESUME_LINES.forEach((line, i) =>
    page.drawText(line, { x: 50, y: 780 - i * 22, size: 11, font }),
  );
  return new Uint8Array(await doc.save());
}

/** A "scan": shapes only, no text layer at all. */
export async function scannedPdf(): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  for (let i = 0; i < 30; i++) {
    page.drawRectangle({
      x: 50,
      y: 780 - i * 22,
      width: 300 + (i % 5) * 40,
      height: 9,
      color: rgb(0.2, 0.2, 0.2),
    });
  }
  return new Uint8Array(await doc.save());
}

export function docx(): Uint8Array<ArrayBuffer> {
  const paragraphs = RESUME_LINES.map(
    (l) => `<w:p><w:r><w:t>${l.replace(/&/g, "&amp;")}</w:t></w:r></w:p>`,
  ).join("");
  return new Uint8Array(
    zipSync({
      "[Content_Types].xml": strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      "word/document.xml": strToU8(
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
          `<w:body>${paragraphs}</w:body></w:document>`,
      ),
    }),
  );
}

export const textResume = () => new TextEncoder().encode(RESUME_LINES.join("\n"));
