/** "Data Analyst" → "data-analyst": how Naukri and Internshala spell searches in paths. */
export function urlSlug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
