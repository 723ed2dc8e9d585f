import { readFileSync } from "node:fs";
import { join } from "node:path";
import { signRazorpayBody } from "../../../../shared/billing/webhook-signature.ts";
import { startHttpStub, type HttpStub } from "./http-stub.ts";

const DIR = join(import.meta.dirname, "..", "..", "..", "fixtures", "razorpay");
export const fixture = <T = Record<string, unknown>>(name: string): T =>
  JSON.parse(readFileSync(join(DIR, `${name}.json`), "utf8")) as T;

interface Recorded {
  response: { status: number; body: Record<string, unknown> };
}

/**
 * Razorpay's API at the network edge: replays recorded responses, echoing the caller's
 * amount, notes and receipt the way Razorpay does. `failNext` makes the next call fail
 * with Razorpay's recorded 400.
 */
export async function startFakeRazorpay() {
  const state = { failNext: false, counter: 0 };
  const stub: HttpStub = await startHttpStub(async (req) => {
    const auth = req.headers.authorization ?? "";
    if (!auth.startsWith("Basic "))
      return { status: 401, body: { error: { code: "BAD_REQUEST_ERROR" } } };
    const input = req.body ? (JSON.parse(req.body) as Record<string, unknown>) : {};
    state.counter++;
    if (state.failNext) {
      state.failNext = false;
      const rec = fixture<Recorded>("orders-create-error");
      return { status: rec.response.status, body: rec.response.body };
    }
    if (req.method === "POST" && req.path === "/v1/orders") {
      const rec = fixture<Recorded>("orders-create");
      return {
        status: 200,
        body: {
          ...rec.response.body,
          id: `order_T${String(state.counter).padStart(12, "0")}`,
          amount: input.amount,
          amount_due: input.amount,
          receipt: input.receipt,
          notes: input.notes,
        },
      };
    }
    if (req.method === "POST" && req.path === "/v1/subscriptions") {
      const rec = fixture<Recorded>("subscriptions-create");
      return {
        status: 200,
        body: {
          ...rec.response.body,
          id: `sub_T${String(state.counter).padStart(12, "0")}`,
          plan_id: input.plan_id,
          notes: input.notes,
        },
      };
    }
    return {
      status: 404,
      body: { error: { code: "BAD_REQUEST_ERROR", description: "not found" } },
    };
  });
  return { ...stub, state };
}

/** Delivers a webhook as Razorpay does: raw JSON, signature and event id headers. */
export async function deliverWebhook(
  apiUrl: string,
  secret: string,
  payload: unknown,
  eventId: string,
  opts: { signature?: string } = {},
) {
  const body = JSON.stringify(payload);
  return fetch(`${apiUrl}/webhooks/razorpay`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-razorpay-event-id": eventId,
      "x-razorpay-signature": opts.signature ?? (await signRazorpayBody(body, secret)),
      "x-forwarded-for": "52.66.0.1",
    },
    body,
  });
}

/** A recorded webhook rewritten for one user, payment and time. */
export function webhookFor(
  name: string,
  userId: string,
  plan: string,
  opts: { paymentId?: string; paidAt?: number; periodEnd?: number; orderId?: string } = {},
) {
  const event = fixture<{ payload: Record<string, { entity: Record<string, unknown> }> }>(name);
  for (const part of Object.values(event.payload)) {
    if (part.entity.notes && !Array.isArray(part.entity.notes)) {
      part.entity.notes = { ...(part.entity.notes as object), user_id: userId, plan };
    }
  }
  const payment = event.payload.payment?.entity;
  if (payment) {
    if (opts.paymentId) payment.id = opts.paymentId;
    if (opts.paidAt) payment.created_at = opts.paidAt;
    if (opts.orderId) payment.order_id = opts.orderId;
  }
  const sub = event.payload.subscription?.entity;
  if (sub && opts.paidAt) sub.current_start = opts.paidAt;
  if (sub && opts.periodEnd) sub.current_end = opts.periodEnd;
  const refund = event.payload.refund?.entity;
  if (refund && opts.paymentId) refund.payment_id = opts.paymentId;
  return event;
}
