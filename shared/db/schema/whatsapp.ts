import { z } from "zod";
import { int, numeric, timestamp, uuid } from "./columns.ts";

// worker-wa's own tables (supabase/migrations/20261123005000_whatsapp.sql), internal only.

export const WaAuthCredsRow = z.object({
  account: z.string(),
  creds: z.string(),
  updated_at: timestamp,
});

export const WaAuthKeyRow = z.object({
  account: z.string(),
  type: z.string(),
  id: z.string(),
  value: z.string(),
  updated_at: timestamp,
});

export const WaConnectionStatusRow = z.object({
  account: z.string(),
  transport: z.enum(["baileys", "console"]),
  status: z.enum([
    "connecting",
    "pairing",
    "open",
    "reconnecting",
    "replaced",
    "needs_qr",
    "banned",
    "stopped",
  ]),
  reason_code: int.nullable(),
  reason: z.string().nullable(),
  qr: z.string().nullable(),
  pairing_code: z.string().nullable(),
  owner_instance: z.string().nullable(),
  owner_until: timestamp.nullable(),
  connected_at: timestamp.nullable(),
  pair_requested_at: timestamp.nullable(),
  last_change_at: timestamp,
});

export const WaConnectionEventRow = z.object({
  id: numeric,
  account: z.string(),
  status: z.string(),
  reason_code: int.nullable(),
  reason: z.string().nullable(),
  instance: z.string().nullable(),
  created_at: timestamp,
});

export const WaOutboundMessageRow = z.object({
  id: uuid,
  account: z.string(),
  notification_id: uuid.nullable(),
  user_id: uuid.nullable(),
  kind: z.enum(["notification", "reply"]),
  message_id: z.string(),
  state: z.enum(["sending", "sent", "not_sent", "in_doubt"]),
  instance: z.string(),
  error: z.string().nullable(),
  started_at: timestamp,
  finished_at: timestamp.nullable(),
});

export const WaInboundMessageRow = z.object({
  account: z.string(),
  message_id: z.string(),
  user_id: uuid.nullable(),
  command: z.string().nullable(),
  received_at: timestamp,
});

export const WaCommandCooldownRow = z.object({
  user_id: uuid,
  command: z.string(),
  last_run_at: timestamp,
});

export const WaOptOutNoticeRow = z.object({
  user_id: uuid,
  noticed_at: timestamp,
});

export const WaConsoleMessageRow = z.object({
  id: numeric,
  phone: z.string(),
  direction: z.enum(["in", "out"]),
  body: z.string(),
  message_id: z.string(),
  consumed_at: timestamp.nullable(),
  created_at: timestamp,
});
