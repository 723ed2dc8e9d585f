/**
 * Quiet hours from users.notif_prefs: `{"quiet_hours": {"start": "22:00", "end": "08:00"}}`,
 * in IST. A window may cross midnight. Absent or malformed prefs fall back to 22:00–08:00;
 * `"quiet_hours": null` turns them off.
 */
const IST_OFFSET_MIN = 330;
const HHMM = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;

export interface QuietHours {
  startMin: number;
  endMin: number;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { startMin: 22 * 60, endMin: 8 * 60 };

const toMin = (s: unknown): number | null => {
  const m = typeof s === "string" ? HHMM.exec(s) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

export function quietHoursFromPrefs(prefs: unknown): QuietHours | null {
  if (!prefs || typeof prefs !== "object") return DEFAULT_QUIET_HOURS;
  if (!("quiet_hours" in prefs)) return DEFAULT_QUIET_HOURS;
  const q = (prefs as { quiet_hours: unknown }).quiet_hours;
  if (q === null || q === false) return null;
  if (!q || typeof q !== "object") return DEFAULT_QUIET_HOURS;
  const startMin = toMin((q as { start?: unknown }).start);
  const endMin = toMin((q as { end?: unknown }).end);
  if (startMin === null || endMin === null) return DEFAULT_QUIET_HOURS;
  if (startMin === endMin) return null;
  return { startMin, endMin };
}

/** Milliseconds until the quiet window ends, or 0 when `now` is outside it. */
export function msUntilQuietEnds(q: QuietHours | null, now: Date): number {
  if (!q) return 0;
  const istMs = now.getTime() + IST_OFFSET_MIN * 60_000;
  const dayMs = 24 * 60 * 60_000;
  const msOfDay = ((istMs % dayMs) + dayMs) % dayMs;
  const minOfDay = msOfDay / 60_000;
  const inside =
    q.startMin < q.endMin
      ? minOfDay >= q.startMin && minOfDay < q.endMin
      : minOfDay >= q.startMin || minOfDay < q.endMin;
  if (!inside) return 0;
  const endMs = q.endMin * 60_000;
  return endMs > msOfDay ? endMs - msOfDay : dayMs - msOfDay + endMs;
}
