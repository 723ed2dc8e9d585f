import type { AgentDefinition } from "./agent-contract.ts";

/** Every agent the `agents` function serves. */
export const AGENTS: readonly AgentDefinition[] = [];
