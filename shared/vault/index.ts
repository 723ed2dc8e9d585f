export * from "./seal-session.ts";
export * from "./vault-keys.ts";
