// Thin callers of the lease SQL functions (supabase/migrations/20261123001700_leases.sql).
export * from "./leasable-tables.ts";
export * from "./claim.ts";
export * from "./renew.ts";
export * from "./release.ts";
export * from "./reap.ts";
