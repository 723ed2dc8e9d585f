/**
 * Builds request URLs: the production origin by default, or the override's origin (scheme,
 * host, port only), so the sandbox serves the exact real paths and query strings.
 */
export function sourceUrl(
  defaultOrigin: string,
  override: string | undefined,
  pathAndQuery: string,
): string {
  const origin = override ? new URL(override).origin : defaultOrigin;
  return new URL(pathAndQuery, origin).toString();
}

/** Validates a --base-url; returns a message when it is not an absolute http(s) URL. */
export function checkBaseUrl(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:")
      return `base URL must be http(s): ${value}`;
    return null;
  } catch {
    return `not a valid URL: ${value}`;
  }
}
