import type { AgentDefinition } from "./agent-contract.ts";
import { careerIntel } from "./agents/career-intel.ts";
import { fitScore } from "./agents/fit-score.ts";
import { jdClean } from "./agents/jd-clean.ts";
import { resumeIntelligence } from "./agents/resume-intelligence.ts";
import { skillGap } from "./agents/skill-gap.ts";

/** Every agent the `agents` function serves. */
export const AGENTS: readonly AgentDefinition[] = [
  resumeIntelligence as unknown as AgentDefinition,
  jdClean as unknown as AgentDefinition,
  fitScore as unknown as AgentDefinition,
  skillGap as unknown as AgentDefinition,
  careerIntel as unknown as AgentDefinition,
];
