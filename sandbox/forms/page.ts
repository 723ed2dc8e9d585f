/** Small HTML helpers shared by the sandbox forms. */
export const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function htmlPage(title: string, body: string, head = ""): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">${head}</head><body>${body}</body></html>`;
}

/** A job title for a sandbox job id, stable and a little varied. */
export function jobTitle(id: string): string {
  const titles = [
    "Backend Engineer",
    "Software Engineer II",
    "Data Analyst",
    "Frontend Developer",
    "SDE 2",
  ];
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return titles[h % titles.length]!;
}

export function companyName(slug: string): string {
  return slug.replace(
    /(^|-)([a-z])/g,
    (_, d: string, c: string) => `${d ? " " : ""}${c.toUpperCase()}`,
  );
}

/** A select with a "Please select" placeholder. */
export function select(id: string, name: string, options: string[], required: boolean): string {
  return `<select id="${id}" name="${name}"${required ? ' aria-required="true" required' : ""}>
<option value="">Please select</option>${options.map((o) => `<option value="${esc(o)}">${esc(o)}</option>`).join("")}</select>`;
}

/** Cookie value from a raw Cookie header. */
export function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}
