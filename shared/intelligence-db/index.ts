/** The SQL side of the intelligence agents: taxonomy, weights, readers and writers. */
export * from "./taxonomy-sync.ts";
export * from "./weights.ts";
export * from "./fit-inputs.ts";
export * from "./fit-store.ts";
export * from "./onboarding.ts";
export * from "./insights-store.ts";
