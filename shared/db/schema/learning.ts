import { z } from "zod";
import { int, jsonObject, numeric, timestamp, uuid } from "./columns.ts";
import {
  AgentLogStatus,
  CalibrationLayer,
  CalibrationStatus,
  LearningSignalKind,
} from "./enums.ts";

export const AgentLogRow = z.object({
  id: uuid,
  run_id: uuid,
  agent: z.string(),
  user_id: uuid.nullable(),
  status: AgentLogStatus,
  duration_ms: int,
  records_processed: int,
  error: z.string().max(500).nullable(),
  tokens: int,
  metadata: jsonObject,
  created_at: timestamp,
});
export type AgentLogRow = z.infer<typeof AgentLogRow>;

export const LlmUsageRow = z.object({
  id: uuid,
  user_id: uuid.nullable(),
  agent: z.string(),
  provider: z.string(),
  model: z.string(),
  tokens_in: int,
  tokens_out: int,
  cost_inr: numeric,
  latency_ms: int.nullable(),
  success: z.boolean(),
  error_code: z.string().nullable(),
  created_at: timestamp,
});
export type LlmUsageRow = z.infer<typeof LlmUsageRow>;

export const LearningSignalRow = z.object({
  id: uuid,
  user_id: uuid,
  job_id: uuid.nullable(),
  application_id: uuid.nullable(),
  signal: LearningSignalKind,
  value: numeric,
  metadata: jsonObject,
  created_at: timestamp,
  expires_at: timestamp,
});
export type LearningSignalRow = z.infer<typeof LearningSignalRow>;

export const ModelWeightRow = z.object({
  key: z.string(),
  value: numeric,
  min: numeric,
  max: numeric,
  description: z.string().nullable(),
  updated_by: z.string(),
  updated_at: timestamp,
});
export type ModelWeightRow = z.infer<typeof ModelWeightRow>;

export const CalibrationRunRow = z.object({
  id: uuid,
  layer: CalibrationLayer,
  status: CalibrationStatus,
  started_at: timestamp,
  finished_at: timestamp.nullable(),
  samples: int,
  weights_before: jsonObject.nullable(),
  weights_after: jsonObject.nullable(),
  metrics: jsonObject,
  error: z.string().nullable(),
});
export type CalibrationRunRow = z.infer<typeof CalibrationRunRow>;
