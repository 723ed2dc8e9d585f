import { z } from "zod";
import { int, jsonObject, leaseColumns, numeric, timestamp, uuid } from "./columns.ts";
import { ConsentPurpose, DispatchChannel, LeaseState, WorkerName, WorkerStatus } from "./enums.ts";

export const WorkerHeartbeatRow = z.object({
  instance_id: z.string(),
  worker: WorkerName,
  host: z.string(),
  version: z.string(),
  started_at: timestamp,
  last_seen_at: timestamp,
  status: WorkerStatus,
  current_work: z.string().nullable(),
});
export type WorkerHeartbeatRow = z.infer<typeof WorkerHeartbeatRow>;

/** A wake-up written by app.dispatch(); leased by its deliverer, lease state in `status`. */
export const DispatchOutboxRow = z.object({
  id: uuid,
  target: z.string(),
  channel: DispatchChannel,
  payload: jsonObject,
  user_id: uuid.nullable(),
  status: LeaseState,
  ...leaseColumns,
  net_request_id: numeric.nullable(),
  created_at: timestamp,
  delivered_at: timestamp.nullable(),
});
export type DispatchOutboxRow = z.infer<typeof DispatchOutboxRow>;

export const RefreshTokenRow = z.object({
  id: uuid,
  user_id: uuid,
  token_hash: z.string(),
  family_id: uuid,
  parent_id: uuid.nullable(),
  issued_at: timestamp,
  expires_at: timestamp,
  rotated_at: timestamp.nullable(),
  revoked_at: timestamp.nullable(),
});
export type RefreshTokenRow = z.infer<typeof RefreshTokenRow>;

export const RateLimitBucketRow = z.object({
  key: z.string(),
  tokens: numeric,
  refilled_at: timestamp,
});
export type RateLimitBucketRow = z.infer<typeof RateLimitBucketRow>;

export const ConsentRow = z.object({
  id: uuid,
  user_id: uuid,
  purpose: ConsentPurpose,
  version: z.string(),
  granted: z.boolean(),
  created_at: timestamp,
});
export type ConsentRow = z.infer<typeof ConsentRow>;

export const AuditLogRow = z.object({
  id: uuid,
  user_id: uuid.nullable(),
  actor: z.string(),
  action: z.string(),
  entity: z.string().nullable(),
  entity_id: z.string().nullable(),
  details: jsonObject,
  created_at: timestamp,
});
export type AuditLogRow = z.infer<typeof AuditLogRow>;

export const SystemDailyLimitRow = z.object({
  day: timestamp,
  key: z.string(),
  max_count: int,
  used_count: int,
  updated_at: timestamp,
});
export type SystemDailyLimitRow = z.infer<typeof SystemDailyLimitRow>;
