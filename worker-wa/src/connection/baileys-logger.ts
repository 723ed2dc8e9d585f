import type { SocketConfig } from "@whiskeysockets/baileys";
import type { Logger } from "../../../shared/log/logger.ts";

type ILogger = SocketConfig["logger"];

/** Field names Baileys may log that could carry keys, creds or message content. */
const UNSAFE_FIELD =
  /key|cred|secret|token|auth|noise|signal|private|session|message|content|node|qr|jid|buffer|data/i;

function safeFields(obj: unknown): { message?: string; fields: Record<string, unknown> } {
  if (obj instanceof Error) return { message: obj.message.slice(0, 300), fields: {} };
  if (!obj || typeof obj !== "object") {
    return typeof obj === "string" ? { message: obj.slice(0, 300), fields: {} } : { fields: {} };
  }
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    if (k === "err" || k === "error") {
      const e = v as { message?: unknown; output?: { statusCode?: unknown } } | undefined;
      if (typeof e?.message === "string") fields.error = e.message.slice(0, 300);
      if (typeof e?.output?.statusCode === "number") fields.status_code = e.output.statusCode;
      continue;
    }
    if (UNSAFE_FIELD.test(k)) continue;
    if (typeof v === "number" || typeof v === "boolean") fields[k] = v;
    else if (typeof v === "string" && v.length <= 120) fields[k] = v;
    if (Object.keys(fields).length >= 8) break;
  }
  return { fields };
}

/**
 * A pino-shaped logger for Baileys that forwards warn and above to our JSON logger, keeping
 * only short scalar fields whose names cannot hold keys, creds, JIDs or message content.
 */
export function baileysLogger(logger: Logger, bound: Record<string, unknown> = {}): ILogger {
  const forward = (level: "warn" | "error") => (obj: unknown, msg?: string) => {
    const { message, fields } = safeFields(obj);
    logger[level](`baileys: ${(msg ?? message ?? "event").slice(0, 200)}`, { ...bound, ...fields });
  };
  const noop = () => {};
  const self: ILogger & { fatal(obj: unknown, msg?: string): void } = {
    level: "warn",
    child: (obj) => baileysLogger(logger, { ...bound, ...safeFields(obj).fields }),
    trace: noop,
    debug: noop,
    info: noop,
    warn: forward("warn"),
    error: forward("error"),
    fatal: forward("error"),
  };
  return self;
}
