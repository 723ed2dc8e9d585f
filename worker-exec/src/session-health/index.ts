export * from "./check-sessions.ts";
export * from "./session-health-loop.ts";
