import { describe, expect, it } from "vitest";
import {
  DEFAULT_QUIET_HOURS,
  msUntilQuietEnds,
  quietHoursFromPrefs,
} from "../../../worker-wa/src/outbound/quiet-hours.ts";
import {
  decideSend,
  humanDelay,
  rampAllowance,
} from "../../../worker-wa/src/outbound/send-policy.ts";

const ist = (hhmm: string, day = "2026-11-24") => new Date(`${day}T${hhmm}:00+05:30`);

describe("quiet hours (IST)", () => {
  const q = quietHoursFromPrefs({ quiet_hours: { start: "22:00", end: "08:00" } });
  it("holds messages inside a window that crosses midnight, until it ends", () => {
    expect(msUntilQuietEnds(q, ist("21:59"))).toBe(0);
    expect(msUntilQuietEnds(q, ist("22:00"))).toBe(10 * 3_600_000);
    expect(msUntilQuietEnds(q, ist("23:30"))).toBe(8.5 * 3_600_000);
    expect(msUntilQuietEnds(q, ist("03:00"))).toBe(5 * 3_600_000);
    expect(msUntilQuietEnds(q, ist("08:00"))).toBe(0);
  });
  it("handles a same-day window, defaults and opting out", () => {
    const nap = quietHoursFromPrefs({ quiet_hours: { start: "13:00", end: "14:30" } });
    expect(msUntilQuietEnds(nap, ist("13:30"))).toBe(3_600_000);
    expect(msUntilQuietEnds(nap, ist("15:00"))).toBe(0);
    expect(quietHoursFromPrefs({})).toEqual(DEFAULT_QUIET_HOURS);
    expect(quietHoursFromPrefs({ quiet_hours: { start: "25:00", end: "x" } })).toEqual(
      DEFAULT_QUIET_HOURS,
    );
    expect(quietHoursFromPrefs({ quiet_hours: null })).toBeNull();
    expect(msUntilQuietEnds(null, ist("23:00"))).toBe(0);
  });
});

describe("send policy", () => {
  const limits = { hourlyCap: 30, dailyCap: 200, rampInitial: 3, rampStepMs: 60_000 };
  const now = new Date("2026-11-24T06:30:00Z");
  const connected = new Date(now.getTime() - 10 * 60_000);
  const counts = {
    lastHour: 0,
    last24h: 0,
    sinceConnect: 0,
    oldestInHour: null,
    oldestIn24h: null,
  };

  it("ramps: a few at once after connecting, one more per step", () => {
    expect(rampAllowance(limits, now, now)).toBe(3);
    expect(rampAllowance(limits, connected, now)).toBe(13);
    const justNow = new Date(now.getTime() - 30_000);
    expect(decideSend(limits, { ...counts, sinceConnect: 3 }, justNow, now)).toEqual({
      send: false,
      waitMs: 30_000,
      reason: "ramp after reconnect",
    });
    expect(decideSend(limits, { ...counts, sinceConnect: 2 }, justNow, now)).toEqual({
      send: true,
    });
  });

  it("caps per hour and per day, waiting until the oldest send leaves the window", () => {
    const oldest = new Date(now.getTime() - 50 * 60_000);
    expect(
      decideSend(limits, { ...counts, lastHour: 30, oldestInHour: oldest }, connected, now),
    ).toEqual({ send: false, waitMs: 10 * 60_000, reason: "hourly cap" });
    const dayOldest = new Date(now.getTime() - 23 * 3_600_000);
    expect(
      decideSend(limits, { ...counts, last24h: 200, oldestIn24h: dayOldest }, connected, now),
    ).toEqual({ send: false, waitMs: 3_600_000, reason: "daily cap" });
  });

  it("random delays stay in range", () => {
    expect(humanDelay(2_000, 6_000, () => 0)).toBe(2_000);
    expect(humanDelay(2_000, 6_000, () => 0.5)).toBe(4_000);
    expect(humanDelay(0, 0, () => 0.9)).toBe(0);
  });
});
