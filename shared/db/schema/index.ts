// Row schemas of every table in `public`, one per table, grouped by domain.
export * from "./enums.ts";
export * from "./columns.ts";
export * from "./users.ts";
export * from "./profiles.ts";
export * from "./jobs.ts";
export * from "./discovery.ts";
export * from "./matching.ts";
export * from "./notifications.ts";
export * from "./learning.ts";
export * from "./billing.ts";
export * from "./system.ts";
export * from "./whatsapp.ts";
export * from "./tables.ts";
