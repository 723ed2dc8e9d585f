import { z } from "zod";
import { int, jsonObject, timestamp, uuid } from "./columns.ts";
import { ParseStatus, Persona, Platform } from "./enums.ts";

export const ResumeRow = z.object({
  id: uuid,
  user_id: uuid,
  storage_path: z.string(),
  file_name: z.string().nullable(),
  file_hash: z.string(),
  mime: z.string(),
  size_bytes: int.nullable(),
  parse_status: ParseStatus,
  parse_error: z.string().nullable(),
  parsed: jsonObject.nullable(),
  summary: z.string().nullable(),
  is_primary: z.boolean(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type ResumeRow = z.infer<typeof ResumeRow>;

/** One of the three persona options made from a resume. */
export const PersonaRow = z.object({
  id: uuid,
  user_id: uuid,
  resume_id: uuid,
  position: int,
  persona: Persona,
  headline: z.string(),
  summary: z.string().nullable(),
  target_roles: z.array(z.string()),
  is_chosen: z.boolean(),
  chosen_at: timestamp.nullable(),
  created_at: timestamp,
  role_families: z.array(z.string()),
});
export type PersonaRow = z.infer<typeof PersonaRow>;

/** user_connections as worker-exec reads it (the sealed session included). */
export const UserConnectionRow = z.object({
  id: uuid,
  user_id: uuid,
  platform: Platform,
  session_encrypted: z.string().nullable(),
  session_iv: z.string().nullable(),
  key_version: int,
  is_valid: z.boolean(),
  consecutive_failures: int,
  estimated_expires_at: timestamp.nullable(),
  user_agent: z.string().nullable(),
  viewport: jsonObject.nullable(),
  warned_7d: z.boolean(),
  warned_3d: z.boolean(),
  warned_1d: z.boolean(),
  last_checked_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type UserConnectionRow = z.infer<typeof UserConnectionRow>;

/** What may leave the server: no sealed session (nor may anon/authenticated select it). */
export const PublicUserConnection = UserConnectionRow.omit({
  session_encrypted: true,
  session_iv: true,
});
export type PublicUserConnection = z.infer<typeof PublicUserConnection>;
