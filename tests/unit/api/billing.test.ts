import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, gstPaise, laterExpiry, totalPaise } from "../../../shared/billing/plans.ts";
import {
  signRazorpayBody,
  verifyRazorpaySignature,
} from "../../../shared/billing/webhook-signature.ts";

describe("Razorpay webhook signature", () => {
  it("matches Razorpay's hex HMAC-SHA256 of the raw body", async () => {
    const body = '{"event":"payment.captured","payload":{}}';
    const expected = createHmac("sha256", "whsec_test").update(body).digest("hex");
    expect(await signRazorpayBody(body, "whsec_test")).toBe(expected);
    expect(await verifyRazorpaySignature(body, expected, "whsec_test")).toBe(true);
    expect(await verifyRazorpaySignature(body, expected.toUpperCase(), "whsec_test")).toBe(true);
    expect(await verifyRazorpaySignature(body + " ", expected, "whsec_test")).toBe(false);
    expect(await verifyRazorpaySignature(body, expected, "other")).toBe(false);
    for (const bad of [
      undefined,
      null,
      "",
      "zz".repeat(32),
      expected.slice(0, 63),
      `${expected}00`,
    ]) {
      expect(await verifyRazorpaySignature(body, bad, "whsec_test")).toBe(false);
    }
  });
});

describe("plan math", () => {
  it("adds 18% GST in paise like plans.total_paise", () => {
    expect(totalPaise(9900, 1800)).toBe(11682);
    expect(totalPaise(39900, 1800)).toBe(47082);
    expect(gstPaise(0, 1800)).toBe(0);
  });

  it("adds calendar months, clamping to the month's last day", () => {
    expect(addMonths(new Date("2026-01-31T10:00:00Z"), 1).toISOString()).toBe(
      "2026-02-28T10:00:00.000Z",
    );
    expect(addMonths(new Date("2028-01-31T10:00:00Z"), 1).toISOString()).toBe(
      "2028-02-29T10:00:00.000Z",
    );
    expect(addMonths(new Date("2026-12-15T00:00:00Z"), 1).toISOString()).toBe(
      "2027-01-15T00:00:00.000Z",
    );
  });

  it("keeps the latest expiry whatever the order (never backwards)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.date({ noInvalidDate: true }), { minLength: 1, maxLength: 10 }),
        (dates) => {
          const forward = dates.reduce<Date | null>((acc, d) => laterExpiry(acc, d), null)!;
          const backward = [...dates]
            .reverse()
            .reduce<Date | null>((acc, d) => laterExpiry(acc, d), null)!;
          expect(forward.getTime()).toBe(backward.getTime());
          expect(forward.getTime()).toBe(Math.max(...dates.map((d) => d.getTime())));
        },
      ),
    );
  });
});
