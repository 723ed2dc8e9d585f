/**
 * Each user keeps one browser identity across sessions: the user agent and viewport their
 * session was captured with when known, else one picked by a hash of the user id (stable),
 * always in Asia/Kolkata with an Indian English locale.
 */
export interface Fingerprint {
  userAgent: string;
  viewport: { width: number; height: number };
  timezone: "Asia/Kolkata";
  locale: "en-IN";
}

const AGENTS = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36",
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36",
];
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1536, height: 864 },
  { width: 1920, height: 1080 },
];

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

export function fingerprintFor(
  userId: string,
  stored?: { userAgent?: string | null; viewport?: unknown },
): Fingerprint {
  const h = hash(userId);
  const vp = stored?.viewport as { width?: unknown; height?: unknown } | null | undefined;
  const viewport =
    vp &&
    typeof vp.width === "number" &&
    typeof vp.height === "number" &&
    vp.width > 300 &&
    vp.height > 300
      ? { width: Math.min(vp.width, 2560), height: Math.min(vp.height, 1600) }
      : VIEWPORTS[h % VIEWPORTS.length]!;
  return {
    userAgent: stored?.userAgent || AGENTS[(h >>> 8) % AGENTS.length]!,
    viewport,
    timezone: "Asia/Kolkata",
    locale: "en-IN",
  };
}
