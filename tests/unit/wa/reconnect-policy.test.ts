import { DisconnectReason } from "@whiskeysockets/baileys";
import { describe, expect, it } from "vitest";
import {
  backoffDelay,
  decideReconnect,
  DISCONNECT,
  disconnectCode,
} from "../../../worker-wa/src/connection/reconnect-policy.ts";

const backoff = { baseMs: 1_000, capMs: 60_000, random: () => 0.5 };
const fresh = { failures: 0, replacedRetries: 0 };

describe("reconnect policy", () => {
  it("mirrors Baileys' DisconnectReason codes", () => {
    for (const [name, code] of Object.entries(DISCONNECT)) {
      expect(DisconnectReason[name as keyof typeof DisconnectReason], name).toBe(code);
    }
  });

  it("restart required reconnects at once", () => {
    expect(decideReconnect(515, fresh, backoff)).toMatchObject({
      action: "reconnect",
      delayMs: 0,
      backoff: false,
    });
  });

  it.each([408, 428, 503, undefined, 499])("code %s backs off", (code) => {
    const d = decideReconnect(code, { failures: 3, replacedRetries: 0 }, backoff);
    expect(d).toMatchObject({ action: "reconnect", delayMs: 6_000, backoff: true });
  });

  it("connection replaced: one retry, then stop", () => {
    expect(decideReconnect(440, fresh, backoff)).toMatchObject({
      action: "reconnect",
      replacedRetry: true,
    });
    expect(decideReconnect(440, { failures: 0, replacedRetries: 1 }, backoff)).toEqual({
      action: "stop",
      status: "replaced",
      reason: "connection replaced by another client",
    });
  });

  it.each([
    [401, "needs_qr"],
    [500, "needs_qr"],
    [411, "needs_qr"],
    [403, "banned"],
  ])("code %i wipes and marks %s", (code, status) => {
    expect(decideReconnect(code, fresh, backoff)).toMatchObject({ action: "wipe", status });
  });

  it("backoff doubles, jitters between half and all of the step, and is capped", () => {
    const lo = { ...backoff, random: () => 0 };
    const hi = { ...backoff, random: () => 0.999999 };
    expect([0, 1, 2, 3].map((f) => backoffDelay(f, lo))).toEqual([500, 1000, 2000, 4000]);
    expect([0, 1, 2, 3].map((f) => backoffDelay(f, hi))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelay(50, hi)).toBe(60_000);
    expect(backoffDelay(50, lo)).toBe(30_000);
  });

  it("reads the code from a Boom-shaped error only", () => {
    expect(disconnectCode({ output: { statusCode: 401 } })).toBe(401);
    expect(disconnectCode(new Error("x"))).toBeUndefined();
    expect(disconnectCode(undefined)).toBeUndefined();
  });
});
