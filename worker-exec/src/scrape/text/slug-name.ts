/** "quotient-ai" → "Quotient Ai": the best company name boards that omit it allow. */
export function nameFromSlug(slug: string): string {
  return slug.replace(/[-_]+/g, " ").replace(/\b\w/g, (c) => c.toUpperCase());
}
