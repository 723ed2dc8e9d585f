import * as routes from "../../../shared/api-client/routes.ts";
import {
  ACTIVATING_EVENTS,
  billingNotes,
  RazorpayWebhook,
  REFUND_EVENTS,
} from "../../../shared/billing/razorpay-events.ts";
import { gstPaise, isPaidTier, periodEnd } from "../../../shared/billing/plans.ts";
import { verifyRazorpaySignature } from "../../../shared/billing/webhook-signature.ts";
import type { TransactionSql } from "../../../shared/db/sql.ts";
import { AppError, badRequest } from "../../../shared/errors/app-error.ts";
import type { ApiDeps } from "../api-deps.ts";
import { createRouter } from "../router.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EVENT_ID = /^[A-Za-z0-9_.-]{1,100}$/;

/** A permanent problem with an event: recorded on its row, answered 200 so Razorpay stops. */
class Ignored extends Error {}

const fromUnix = (s: number) => new Date(s * 1000);

/** The period an activating event pays for. */
function paidPeriod(event: RazorpayWebhook) {
  const sub = event.payload.subscription?.entity;
  if (event.event.startsWith("subscription.") && sub?.current_start && sub.current_end) {
    return { start: fromUnix(sub.current_start), end: fromUnix(sub.current_end) };
  }
  const paidAt = event.payload.payment?.entity.created_at ?? event.payload.order?.entity.created_at;
  const start = fromUnix(paidAt ?? event.created_at);
  return { start, end: periodEnd(start, { billing_period: "month" }) };
}

async function activate(tx: TransactionSql, event: RazorpayWebhook, now: Date) {
  const { userId, plan } = billingNotes(event);
  if (!userId || !UUID.test(userId)) throw new Ignored("no notes.user_id");
  if (!plan || !isPaidTier(plan))
    throw new Ignored(`notes.plan ${String(plan)} is not a paid plan`);
  const [user] = await tx<{ id: string; tier: string; subscription_expires_at: Date | null }[]>`
    select id, tier, subscription_expires_at from public.users where id = ${userId} for update`;
  if (!user) throw new Ignored("unknown user");
  const [planRow] = await tx<{ name: string; price_paise: number; gst_bps: number }[]>`
    select name, price_paise, gst_bps from public.plans where id = ${plan}`;
  const { start, end } = paidPeriod(event);
  const payment = event.payload.payment?.entity;
  const subscriptionId = event.payload.subscription?.entity.id ?? null;

  if (payment) {
    const orderId = payment.order_id ?? event.payload.order?.entity.id ?? null;
    // The checkout's 'created' row becomes this payment; otherwise record it fresh.
    const claimed = orderId
      ? await tx`
          update public.payments
             set razorpay_payment_id = ${payment.id}, status = 'captured',
                 period_start = ${start}, period_end = ${end}
           where user_id = ${userId} and razorpay_order_id = ${orderId}
             and razorpay_payment_id is null
          returning id`
      : [];
    if (claimed.length === 0) {
      await tx`
        insert into public.payments (user_id, plan_id, razorpay_order_id, razorpay_payment_id,
                                     razorpay_subscription_id, amount_paise, gst_paise, status,
                                     period_start, period_end)
        values (${userId}, ${plan}, ${orderId}, ${payment.id}, ${subscriptionId}, ${payment.amount},
                ${gstPaise(planRow!.price_paise, planRow!.gst_bps)}, 'captured', ${start}, ${end})
        on conflict (razorpay_payment_id) do update set
          status = case when payments.status = 'refunded' then 'refunded' else 'captured' end,
          period_start = excluded.period_start, period_end = excluded.period_end
        where payments.user_id = excluded.user_id`;
    }
  }

  // Expiry only ever moves forward, so events may arrive in any order; the tier follows the
  // period that defines the expiry, and only while it is still running.
  const wasPaid =
    user.tier !== "free" && (user.subscription_expires_at?.getTime() ?? 0) > now.getTime();
  const current = user.subscription_expires_at;
  const defines = !current || end.getTime() >= current.getTime();
  const expires = defines ? end : current!;
  const tier = defines && end.getTime() > now.getTime() ? plan : wasPaid ? user.tier : "free";
  await tx`
    update public.users
       set tier = ${tier},
           subscription_expires_at = ${expires},
           subscription_started_at = case
             when subscription_expires_at is null or subscription_expires_at < ${start}
               then ${start}::timestamptz
             else least(subscription_started_at, ${start}::timestamptz) end,
           razorpay_subscription_id = coalesce(${subscriptionId}, razorpay_subscription_id)
     where id = ${userId}`;

  if (!wasPaid && tier !== "free") {
    await tx`
      insert into public.notifications (user_id, channel, type, priority, title, body, data)
      values (${userId}, 'whatsapp', 'billing.welcome', 'high',
              ${`Welcome to Talvix ${planRow!.name}`},
              ${
                `Your ${planRow!.name} plan is active until ${expires.toISOString().slice(0, 10)}. ` +
                "Turn on auto-apply from your dashboard and Talvix will start applying for you."
              },
              ${tx.json({ plan, expires_at: expires.toISOString() })})`;
  }
}

async function refund(tx: TransactionSql, event: RazorpayWebhook) {
  const paymentId = event.payload.refund?.entity.payment_id ?? event.payload.payment?.entity.id;
  if (!paymentId) throw new Ignored("refund without a payment id");
  // Recorded; access runs to the end of the paid period (support decides on early cut-offs).
  await tx`update public.payments set status = 'refunded' where razorpay_payment_id = ${paymentId}`;
}

/**
 * Razorpay webhooks: the raw body's signature first, then the event row and its effect in
 * one transaction, keyed by X-Razorpay-Event-Id, so ten deliveries have one effect.
 */
export function webhookRoutes(deps: ApiDeps) {
  const { sql, config } = deps;
  const app = createRouter();

  app.openapi(routes.razorpayWebhook, async (c) => {
    const raw = new Uint8Array(await c.req.arrayBuffer());
    const signature = c.req.header("x-razorpay-signature");
    if (!(await verifyRazorpaySignature(raw, signature, config.razorpayWebhookSecret))) {
      c.get("logger").warn("webhook: bad signature");
      throw new AppError("invalid_signature", 400, "Webhook signature does not match");
    }
    const eventId = c.req.header("x-razorpay-event-id");
    if (!eventId || !EVENT_ID.test(eventId)) throw badRequest("X-Razorpay-Event-Id is required");
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(raw));
    } catch {
      throw badRequest("Webhook body is not JSON");
    }
    const parsed = RazorpayWebhook.safeParse(json);
    const eventType = parsed.success
      ? parsed.data.event
      : String((json as { event?: unknown })?.event ?? "unknown").slice(0, 100);

    const status = await sql.begin(async (tx) => {
      const [inserted] = await tx`
        insert into public.razorpay_events (event_id, event_type, payload)
        values (${eventId}, ${eventType}, ${tx.json(json as never)})
        on conflict (event_id) do nothing
        returning id`;
      if (!inserted) return "duplicate" as const;
      let error: string | null = null;
      if (!parsed.success) {
        error = "payload does not match the Razorpay event schema";
      } else {
        const event = parsed.data;
        try {
          await tx.savepoint(async (sp) => {
            if ((ACTIVATING_EVENTS as readonly string[]).includes(event.event))
              await activate(sp, event, deps.clock.now());
            else if ((REFUND_EVENTS as readonly string[]).includes(event.event))
              await refund(sp, event);
            // subscription.cancelled/halted/completed and anything else: the row is the record;
            // the expiry cron downgrades when the paid period ends.
          });
        } catch (err) {
          if (!(err instanceof Ignored)) throw err;
          error = err.message;
        }
      }
      await tx`
        update public.razorpay_events set processed_at = now(), error = ${error}
         where id = ${inserted.id}`;
      return error ? ("ignored" as const) : ("processed" as const);
    });
    c.get("logger").info("webhook: razorpay", { event_type: eventType, status });
    return c.json({ status }, 200);
  });

  return app;
}
