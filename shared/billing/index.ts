export * from "./payment-gateway.ts";
export * from "./plans.ts";
export * from "./razorpay-events.ts";
export * from "./webhook-signature.ts";
