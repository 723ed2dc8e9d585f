import { describe, expect, it } from "vitest";
import { applyGates } from "../../../worker-wa/src/inbound/gates.ts";
import { parseCommand } from "../../../worker-wa/src/inbound/parse-command.ts";
import { CommandRateLimiter } from "../../../worker-wa/src/inbound/rate-limiter.ts";
import { formatDuration } from "../../../worker-wa/src/inbound/cooldowns.ts";

describe("command parsing", () => {
  it.each([
    ["jobs", "JOBS"],
    ["  Jobs!  please", "JOBS"],
    ["STATUS", "STATUS"],
    ["apply now", "APPLY_NOW"],
    ["Apply-Now", "APPLY_NOW"],
    ["APPLY_NOW", "APPLY_NOW"],
    ["applynow", "APPLY_NOW"],
    ["stop.", "STOP"],
    ["hello", null],
    ["APPLY", null],
    ["", null],
    ["😀 jobs", null],
    ["jobs; drop table users", "JOBS"],
  ])("%j → %s", (text, command) => {
    expect(parseCommand(text).command).toBe(command);
  });
});

describe("gates", () => {
  const free = { wa_opted_in: true, tier: "free" as const };
  const paid = { wa_opted_in: true, tier: "student" as const };
  const out = { wa_opted_in: false, tier: "professional" as const };

  it("gate 1: unregistered numbers", () => {
    expect(applyGates(null, "HELP", false)).toEqual({ pass: false, gate: "unregistered" });
  });
  it("gate 2: opted out allows only START and STOP, and notices once", () => {
    expect(applyGates(out, "START", false)).toEqual({ pass: true });
    expect(applyGates(out, "STOP", false)).toEqual({ pass: true });
    expect(applyGates(out, "STATUS", false)).toEqual({
      pass: false,
      gate: "opted_out",
      notice: true,
    });
    expect(applyGates(out, null, true)).toEqual({ pass: false, gate: "opted_out", notice: false });
  });
  it("gate 3: paid commands need a paid tier", () => {
    for (const c of ["STATUS", "PAUSE", "RESUME", "APPLY_NOW", "REPORT", "COACH"] as const) {
      expect(applyGates(free, c, false)).toEqual({ pass: false, gate: "free_tier" });
      expect(applyGates(paid, c, false)).toEqual({ pass: true });
    }
    for (const c of ["HELP", "JOBS", "STOP", "START", null] as const) {
      expect(applyGates(free, c, false)).toEqual({ pass: true });
    }
  });
});

describe("rate limiter", () => {
  it("allows 10 a minute per number, warns once, then drops", () => {
    const l = new CommandRateLimiter(10, 60_000);
    const t0 = new Date("2026-11-24T06:00:00Z");
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    for (let i = 0; i < 10; i++) expect(l.hit("+91a", at(i))).toBe("ok");
    expect(l.hit("+91a", at(10))).toBe("warn");
    expect(l.hit("+91a", at(11))).toBe("drop");
    expect(l.hit("+91b", at(11))).toBe("ok");
    expect(l.hit("+91a", at(60))).toBe("ok"); // the first hit left the window
    expect(l.hit("+91a", at(60.5))).toBe("warn");
    l.prune(at(500));
    expect(l.hit("+91a", at(500))).toBe("ok");
  });
});

describe("cooldown wording", () => {
  it("formats what is left", () => {
    expect(formatDuration(4 * 3_600_000)).toBe("4 h");
    expect(formatDuration(3 * 3_600_000 + 20 * 60_000)).toBe("3 h 20 min");
    expect(formatDuration(45 * 60_000)).toBe("45 min");
    expect(formatDuration(1)).toBe("1 min");
  });
});
