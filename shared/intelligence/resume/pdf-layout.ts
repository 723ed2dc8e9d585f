/**
 * Turns positioned PDF text items into reading-order lines. Résumés are often two columns
 * (a sidebar plus a main column) or contain tables; naive y-sorting interleaves columns.
 * Per page: group items into rows, split rows into cells at wide gaps, look for a vertical
 * gutter few rows cross, then read each band between full-width rows column by column —
 * unless the two sides share baselines (a table), which is read row by row.
 */
export interface PositionedItem {
  str: string;
  x: number;
  /** Baseline, PDF user space (grows upwards). */
  y: number;
  w: number;
  h: number;
}

interface Cell {
  x0: number;
  x1: number;
  text: string;
}

interface Row {
  y: number;
  h: number;
  cells: Cell[];
}

export type PageLayout = "one_column" | "two_column" | "empty";

function groupRows(items: PositionedItem[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; h: number; items: PositionedItem[] }[] = [];
  for (const it of sorted) {
    const last = rows[rows.length - 1];
    if (last && Math.abs(last.y - it.y) <= Math.max(2, 0.35 * Math.min(last.h, it.h))) {
      last.items.push(it);
      last.h = Math.max(last.h, it.h);
    } else rows.push({ y: it.y, h: it.h, items: [it] });
  }
  return rows.map((r) => {
    const its = r.items.sort((a, b) => a.x - b.x);
    const cells: Cell[] = [];
    for (const it of its) {
      const cur = cells[cells.length - 1];
      const gap = cur ? it.x - cur.x1 : Infinity;
      if (cur && gap < Math.max(1.2 * r.h, 9)) {
        const needsSpace = gap > 0.12 * r.h && !cur.text.endsWith(" ") && !it.str.startsWith(" ");
        cur.text += (needsSpace ? " " : "") + it.str;
        cur.x1 = Math.max(cur.x1, it.x + it.w);
      } else cells.push({ x0: it.x, x1: it.x + it.w, text: it.str });
    }
    for (const c of cells) c.text = c.text.replace(/\s+/g, " ").trim();
    return { y: r.y, h: r.h, cells: cells.filter((c) => c.text.length > 0) };
  });
}

function crosses(c: Cell, g: number): boolean {
  return c.x0 < g - 1 && c.x1 > g + 1;
}

// Non-crossing cells belong to the side their text starts on.
const isLeft = (c: Cell, g: number) => c.x0 < g;

/** The x of a vertical gutter splitting the page into two text columns, or null. */
function findGutter(rows: Row[], pageWidth: number): number | null {
  if (rows.length < 6) return null;
  let best: { g: number; crossing: number; end: number } | null = null;
  for (let g = pageWidth * 0.25; g <= pageWidth * 0.72; g += 2) {
    let crossing = 0;
    let left = 0;
    let right = 0;
    for (const r of rows) {
      if (r.cells.some((c) => crosses(c, g))) crossing++;
      else {
        if (r.cells.some((c) => isLeft(c, g))) left++;
        if (r.cells.some((c) => !isLeft(c, g))) right++;
      }
    }
    if (left < 3 || right < 3) continue;
    if (!best || crossing < best.crossing) best = { g, crossing, end: g };
    else if (crossing === best.crossing && best.end === g - 2) best.end = g;
  }
  if (!best || best.crossing > rows.length * 0.25) return null;
  // The middle of the clear band, so cells ending near its edge still sit on one side.
  const g = (best.g + best.end) / 2;
  // Both columns must carry real text; a handful of right-aligned dates or table cells
  // beside one-column content is not a second column.
  let leftRows = 0;
  let rightRows = 0;
  for (const r of rows) {
    if (r.cells.some((c) => crosses(c, g))) continue;
    if (r.cells.some((c) => isLeft(c, g))) leftRows++;
    if (r.cells.some((c) => !isLeft(c, g))) rightRows++;
  }
  if (Math.min(leftRows, rightRows) < rows.length * 0.2) return null;
  // A real column starts at one x; right-aligned dates start wherever their text fits.
  const starts = rows
    .map((r) => r.cells.find((c) => !isLeft(c, g)))
    .filter((c): c is Cell => c !== undefined)
    .map((c) => Math.round(c.x0));
  const counts = new Map<number, number>();
  for (const s of starts) {
    for (let d = -3; d <= 3; d++) counts.set(s + d, (counts.get(s + d) ?? 0) + 1);
  }
  const modal = Math.max(...counts.values());
  if (modal < starts.length * 0.6) return null;
  return g;
}

/**
 * A table cell that wraps leaves its continuation on a row of its own, under its column.
 * Fold such rows back into the row above so the table still reads one row per line. Only
 * rows that start right of the row above's first cell qualify; ordinary text restarts at
 * the margin.
 */
function mergeWrappedCells(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (const r of rows) {
    const prev = out[out.length - 1];
    const first = r.cells[0];
    if (prev && first && prev.cells.length >= 2 && prev.y - r.y <= 1.7 * Math.max(prev.h, r.h)) {
      const prevFirst = prev.cells[0] as Cell;
      const targets = r.cells.map((c) =>
        prev.cells.findIndex((p, i) => i > 0 && Math.abs(p.x0 - c.x0) <= 2.5),
      );
      if (first.x0 > prevFirst.x1 && targets.every((t) => t > 0)) {
        r.cells.forEach((c, i) => {
          const target = prev.cells[targets[i] as number] as Cell;
          target.text = `${target.text} ${c.text}`;
          target.x1 = Math.max(target.x1, c.x1);
        });
        prev.y = r.y;
        continue;
      }
    }
    out.push(r);
  }
  return out;
}

function joinCells(cells: Cell[]): string {
  return cells.map((c) => c.text).join(" | ");
}

export function layoutPage(
  items: PositionedItem[],
  pageWidth: number,
): { lines: string[]; layout: PageLayout } {
  const rows = groupRows(items.filter((i) => i.str.trim().length > 0));
  if (rows.length === 0) return { lines: [], layout: "empty" };
  const g = findGutter(rows, pageWidth);
  if (g === null) {
    return { lines: mergeWrappedCells(rows).map((r) => joinCells(r.cells)), layout: "one_column" };
  }

  const lines: string[] = [];
  let band: Row[] = [];
  let sawColumns = false;
  const flush = () => {
    if (band.length === 0) return;
    const both = band.filter(
      (r) => r.cells.some((c) => isLeft(c, g)) && r.cells.some((c) => !isLeft(c, g)),
    );
    if (both.length >= band.length * 0.75) {
      for (const r of mergeWrappedCells(band)) lines.push(joinCells(r.cells));
    } else {
      sawColumns = true;
      for (const r of band) {
        const l = r.cells.filter((c) => isLeft(c, g));
        if (l.length) lines.push(joinCells(l));
      }
      for (const r of band) {
        const rt = r.cells.filter((c) => !isLeft(c, g));
        if (rt.length) lines.push(joinCells(rt));
      }
    }
    band = [];
  };
  for (const r of rows) {
    if (r.cells.some((c) => crosses(c, g))) {
      flush();
      lines.push(joinCells(r.cells));
    } else band.push(r);
  }
  flush();
  return { lines, layout: sawColumns ? "two_column" : "one_column" };
}
