import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway, type Gateway } from "./support/gateway.ts";
import { deliverWebhook, webhookFor } from "./support/razorpay.ts";

let gw: Gateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(async () => gw?.stop());

const DAY = 86400;
const now = () => Math.floor(Date.now() / 1000);
const eventId = () => `evt_${crypto.randomUUID().replaceAll("-", "").slice(0, 14)}`;

async function userState(id: string) {
  const [u] = await gw.db.sql`
    select tier, subscription_started_at, subscription_expires_at, razorpay_subscription_id
      from users where id = ${id}`;
  return u!;
}

describe("POST /billing/checkout", () => {
  it("creates a Razorpay order with notes.user_id and notes.plan (₹99 + 18% GST)", async () => {
    const user = await gw.signIn();
    const result = await user.api.billing.checkout({ plan: "student" });
    expect(result).toMatchObject({
      key_id: "rzp_test_TalvixE2E",
      plan: "student",
      amount: 11682,
      currency: "INR",
    });
    expect(result.order_id).toMatch(/^order_/);
    const call = gw.razorpay.requests.at(-1)!;
    expect(call.path).toBe("/v1/orders");
    expect(call.headers.authorization).toBe(
      `Basic ${Buffer.from("rzp_test_TalvixE2E:e2e-razorpay-key-secret").toString("base64")}`,
    );
    expect(JSON.parse(call.body)).toMatchObject({
      amount: 11682,
      currency: "INR",
      notes: { user_id: user.id, plan: "student" },
    });
    const [p] = await gw.db
      .sql`select plan_id, status, amount_paise, gst_paise from payments where user_id = ${user.id}`;
    expect(p).toMatchObject({
      plan_id: "student",
      status: "created",
      amount_paise: 11682,
      gst_paise: 1782,
    });
    const pro = await user.api.billing.checkout({ plan: "professional" });
    expect(pro.amount).toBe(47082);
  });

  it("creates a subscription when the plan has a Razorpay plan id", async () => {
    await gw.db
      .sql`update plans set razorpay_plan_id = 'plan_PKwzR8v2bH3sLd' where id = 'professional'`;
    try {
      const user = await gw.signIn();
      const result = await user.api.billing.checkout({ plan: "professional" });
      expect(result.subscription_id).toMatch(/^sub_/);
      expect(result.order_id).toBeUndefined();
      const call = gw.razorpay.requests.at(-1)!;
      expect(call.path).toBe("/v1/subscriptions");
      expect(JSON.parse(call.body)).toMatchObject({
        plan_id: "plan_PKwzR8v2bH3sLd",
        total_count: 12,
        notes: { user_id: user.id, plan: "professional" },
      });
    } finally {
      await gw.db.sql`update plans set razorpay_plan_id = null where id = 'professional'`;
    }
  });

  it("answers 502 in the error shape when Razorpay refuses, and 400 for an unknown plan", async () => {
    const user = await gw.signIn();
    gw.razorpay.state.failNext = true;
    await expect(user.api.billing.checkout({ plan: "student" })).rejects.toMatchObject({
      status: 502,
      code: "payment_provider_error",
    });
    await expect(user.api.billing.checkout({ plan: "free" as never })).rejects.toMatchObject({
      status: 400,
    });
  });
});

describe("POST /webhooks/razorpay", () => {
  it("refuses forged, unsigned and re-signed-with-another-secret deliveries", async () => {
    const user = await gw.signIn();
    const event = webhookFor("webhook-payment-captured", user.id, "student", { paidAt: now() });
    for (const signature of ["", "deadbeef", "f".repeat(64), "zz".repeat(32)]) {
      const res = await deliverWebhook(
        gw.apiUrl,
        gw.secrets.RAZORPAY_WEBHOOK_SECRET,
        event,
        eventId(),
        { signature },
      );
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe("invalid_signature");
    }
    const wrongSecret = await deliverWebhook(
      gw.apiUrl,
      "some-other-webhook-secret",
      event,
      eventId(),
    );
    expect(wrongSecret.status).toBe(400);
    await wrongSecret.body?.cancel();
    // A body changed after signing.
    const body = JSON.stringify(event);
    const { signRazorpayBody } = await import("../../../shared/billing/webhook-signature.ts");
    const sig = await signRazorpayBody(body, gw.secrets.RAZORPAY_WEBHOOK_SECRET);
    const tampered = await fetch(`${gw.apiUrl}/webhooks/razorpay`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-razorpay-signature": sig,
        "x-razorpay-event-id": eventId(),
      },
      body: body.replace('"plan":"student"', '"plan":"professional"'),
    });
    expect(tampered.status).toBe(400);
    await tampered.body?.cancel();
    expect((await userState(user.id)).tier).toBe("free");
    const [n] = await gw.db.sql`select count(*)::int as n from razorpay_events`;
    expect(n!.n).toBe(0);
  });

  it("10 deliveries of one event (some at once) have exactly one effect", async () => {
    const user = await gw.signIn();
    const paidAt = now() - 60;
    const checkout = await user.api.billing.checkout({ plan: "student" });
    const event = webhookFor("webhook-payment-captured", user.id, "student", {
      paidAt,
      paymentId: `pay_${crypto.randomUUID().slice(0, 14)}`,
      orderId: checkout.order_id,
    });
    const id = eventId();
    const first = await Promise.all(
      Array.from({ length: 5 }, () =>
        deliverWebhook(gw.apiUrl, gw.secrets.RAZORPAY_WEBHOOK_SECRET, event, id),
      ),
    );
    const rest = [];
    for (let i = 0; i < 5; i++)
      rest.push(await deliverWebhook(gw.apiUrl, gw.secrets.RAZORPAY_WEBHOOK_SECRET, event, id));
    const statuses = await Promise.all(
      [...first, ...rest].map(async (r) => [r.status, (await r.json()).status]),
    );
    expect(statuses.every(([s]) => s === 200)).toBe(true);
    expect(statuses.filter(([, s]) => s === "processed")).toHaveLength(1);
    expect(statuses.filter(([, s]) => s === "duplicate")).toHaveLength(9);

    const state = await userState(user.id);
    expect(state.tier).toBe("student");
    const expected = new Date(paidAt * 1000);
    expected.setUTCMonth(expected.getUTCMonth() + 1);
    expect(state.subscription_expires_at.getTime()).toBe(expected.getTime());
    const payments = await gw.db.sql`select status from payments where user_id = ${user.id}`;
    expect(payments.map((p) => p.status)).toEqual(["captured"]);
    const welcome = await gw.db.sql`
      select channel, type from notifications where user_id = ${user.id} and type = 'billing.welcome'`;
    expect(welcome).toEqual([{ channel: "whatsapp", type: "billing.welcome" }]);
    const [events] = await gw.db
      .sql`select count(*)::int as n from razorpay_events where event_id = ${id}`;
    expect(events!.n).toBe(1);
  });

  it("out-of-order events end in the same state, and the expiry never moves backwards", async () => {
    const start = now() - 5 * DAY;
    const months = [0, 1, 2].map((i) => ({
      start: start + i * 30 * DAY,
      end: start + (i + 1) * 30 * DAY,
      paymentId: `pay_${crypto.randomUUID().slice(0, 14)}`,
    }));
    const events = (userId: string) =>
      [
        ...months.map((m) => [
          eventId(),
          webhookFor("webhook-subscription-charged", userId, "professional", {
            paidAt: m.start,
            periodEnd: m.end,
            paymentId: `${m.paymentId}_${userId.slice(0, 4)}`,
          }),
        ]),
        [eventId(), webhookFor("webhook-subscription-cancelled", userId, "professional")],
      ] as [string, unknown][];

    const ordered = await gw.signIn();
    for (const [id, e] of events(ordered.id)) {
      const res = await deliverWebhook(gw.apiUrl, gw.secrets.RAZORPAY_WEBHOOK_SECRET, e, id);
      expect(res.status).toBe(200);
      await res.body?.cancel();
    }
    const reversed = await gw.signIn();
    for (const [id, e] of events(reversed.id).reverse()) {
      const res = await deliverWebhook(gw.apiUrl, gw.secrets.RAZORPAY_WEBHOOK_SECRET, e, id);
      expect(res.status).toBe(200);
      await res.body?.cancel();
    }
    const a = await userState(ordered.id);
    const b = await userState(reversed.id);
    expect(a.tier).toBe("professional");
    expect(a.subscription_expires_at.getTime()).toBe(months[2]!.end * 1000);
    expect(b).toEqual(a);
    expect(a.razorpay_subscription_id).toBe("sub_PKx4QnN1xGm7Tz");
    for (const u of [ordered, reversed]) {
      const welcomes = await gw.db
        .sql`select 1 from notifications where user_id = ${u.id} and type = 'billing.welcome'`;
      expect(welcomes).toHaveLength(1);
      const payments = await gw.db
        .sql`select 1 from payments where user_id = ${u.id} and status = 'captured'`;
      expect(payments).toHaveLength(3);
    }
    const [cancelled] = await gw.db.sql`
      select processed_at, error from razorpay_events where event_type = 'subscription.cancelled' limit 1`;
    expect(cancelled!.processed_at).not.toBeNull();
    expect(cancelled!.error).toBeNull();
  });

  it("records refunds without touching the paid period; ignores events it cannot attribute", async () => {
    const user = await gw.signIn();
    const paymentId = `pay_${crypto.randomUUID().slice(0, 14)}`;
    const paid = webhookFor("webhook-payment-captured", user.id, "student", {
      paidAt: now(),
      paymentId,
    });
    await (
      await deliverWebhook(gw.apiUrl, gw.secrets.RAZORPAY_WEBHOOK_SECRET, paid, eventId())
    ).text();
    const before = await userState(user.id);
    const refund = webhookFor("webhook-refund-processed", user.id, "student", { paymentId });
    const res = await deliverWebhook(
      gw.apiUrl,
      gw.secrets.RAZORPAY_WEBHOOK_SECRET,
      refund,
      eventId(),
    );
    expect(await res.json()).toEqual({ status: "processed" });
    const [p] = await gw.db
      .sql`select status from payments where razorpay_payment_id = ${paymentId}`;
    expect(p!.status).toBe("refunded");
    expect(await userState(user.id)).toEqual(before);

    const stranger = webhookFor("webhook-payment-captured", crypto.randomUUID(), "student", {
      paidAt: now(),
    });
    const ignored = await deliverWebhook(
      gw.apiUrl,
      gw.secrets.RAZORPAY_WEBHOOK_SECRET,
      stranger,
      eventId(),
    );
    expect(ignored.status).toBe(200);
    expect(await ignored.json()).toEqual({ status: "ignored" });
    const garbage = await deliverWebhook(
      gw.apiUrl,
      gw.secrets.RAZORPAY_WEBHOOK_SECRET,
      { hello: "world" },
      eventId(),
    );
    expect(garbage.status).toBe(200);
    expect(await garbage.json()).toEqual({ status: "ignored" });
  });

  it("answers within 5 s", async () => {
    const user = await gw.signIn();
    const started = performance.now();
    const e = webhookFor("webhook-payment-captured", user.id, "professional", { paidAt: now() });
    const res = await deliverWebhook(gw.apiUrl, gw.secrets.RAZORPAY_WEBHOOK_SECRET, e, eventId());
    expect(res.status).toBe(200);
    await res.body?.cancel();
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
