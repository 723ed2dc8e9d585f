import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../../functions/api/cursor.ts";
import { sniffResume } from "../../../functions/api/file-type.ts";
import { ALLOWED_TRANSITIONS } from "../../../functions/api/routes/applications.ts";
import { estimateExpiry } from "../../../functions/api/routes/vault.ts";
import { APPLICATION_STATUSES } from "../../../shared/api-client/schemas.ts";

describe("file sniffing", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it("trusts bytes, not names", () => {
    expect(sniffResume(enc("%PDF-1.7\n..."))).toBe("pdf");
    expect(
      sniffResume(new Uint8Array([0x50, 0x4b, 3, 4, ...enc("....word/document.xml....")])),
    ).toBe("docx");
    expect(sniffResume(new Uint8Array([0x50, 0x4b, 3, 4, ...enc("xl/workbook.xml")]))).toBeNull();
    expect(sniffResume(enc("Asha Verma\nPython, SQL\n"))).toBe("txt");
    expect(sniffResume(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(sniffResume(new Uint8Array([0x41, 0x00, 0x42]))).toBeNull();
    expect(sniffResume(new Uint8Array())).toBeNull();
  });
});

describe("cursors", () => {
  it("round-trip and refuse tampering with a 400", () => {
    const c = encodeCursor([87, "0b6f6c39-8a3e-4c0b-9a43-6a1f3d1c2e55"]);
    expect(decodeCursor(c, ["number", "uuid"])).toEqual([
      87,
      "0b6f6c39-8a3e-4c0b-9a43-6a1f3d1c2e55",
    ]);
    expect(() => decodeCursor(c, ["timestamp", "uuid"])).toThrow(/Invalid request/);
    expect(() => decodeCursor("!!!", ["number"])).toThrow();
    expect(decodeCursor(undefined, ["number"])).toBeNull();
  });
});

describe("application transitions", () => {
  it("cover every status and end in terminal states", () => {
    expect(Object.keys(ALLOWED_TRANSITIONS).sort()).toEqual([...APPLICATION_STATUSES].sort());
    for (const targets of Object.values(ALLOWED_TRANSITIONS)) {
      for (const t of targets) expect(APPLICATION_STATUSES).toContain(t);
      expect(targets).not.toContain("discovered");
    }
    expect(ALLOWED_TRANSITIONS.rejected).toEqual([]);
    expect(ALLOWED_TRANSITIONS.withdrawn).toEqual([]);
  });
});

describe("session expiry estimate", () => {
  const now = new Date("2026-11-23T00:00:00Z");
  const s = now.getTime() / 1000;
  it("prefers the declared expiry, then the auth cookie, then any cookie, then 30 days", () => {
    expect(estimateExpiry("linkedin", [], now, "2027-01-01T00:00:00Z").toISOString()).toBe(
      "2027-01-01T00:00:00.000Z",
    );
    const cookies = [
      { name: "li_at", value: "x", domain: ".linkedin.com", expires: s + 86400 * 100 },
      { name: "lang", value: "en", domain: ".linkedin.com", expires: s + 86400 },
    ];
    expect(estimateExpiry("linkedin", cookies, now).getTime()).toBe((s + 86400 * 100) * 1000);
    expect(estimateExpiry("naukri", cookies, now).getTime()).toBe((s + 86400) * 1000);
    expect(
      estimateExpiry(
        "naukri",
        [{ name: "a", value: "b", domain: "x", expires: -1 }],
        now,
      ).getTime(),
    ).toBe(now.getTime() + 30 * 86400_000);
  });
});
