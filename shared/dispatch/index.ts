// Wake-ups between parts: app.dispatch from TS, and the outbox delivery the local stack runs.
export * from "./target.ts";
export * from "./dispatch.ts";
export * from "./agent-request.ts";
export * from "./deliver-outbox.ts";
export * from "./outbox-loop.ts";
