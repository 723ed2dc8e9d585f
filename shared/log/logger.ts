/**
 * One JSON object per line. Secrets are redacted by value (every configured secret) and by
 * key (anything that looks like a credential or a sealed session), so a careless call site
 * cannot leak them.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const SENSITIVE_KEY =
  /^(password|passwd|secret|token|access_token|refresh_token|id_token|authorization|cookie|cookies|session_encrypted|session_iv|api_key|apikey|x-agent-secret|jwt|private_key)$/i;

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export interface LoggerOptions {
  /** Worker or function name, present on every line. */
  name: string;
  level?: LogLevel;
  /** Configured secret values; any occurrence in a line is replaced. */
  secrets?: readonly string[];
  /** Where lines go; defaults to console.log. */
  sink?: (line: string) => void;
  now?: () => Date;
}

export const REDACTED = "[redacted]";

function redactKeys(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (Array.isArray(value)) return value.map((v) => redactKeys(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] = SENSITIVE_KEY.test(k) ? REDACTED : redactKeys(v, depth + 1);
  }
  return out;
}

export function createLogger(options: LoggerOptions, bound: Record<string, unknown> = {}): Logger {
  const min = LEVELS[options.level ?? "info"];
  const sink = options.sink ?? ((line: string) => console.log(line));
  const now = options.now ?? (() => new Date());
  // Longest first so a secret that contains another is replaced whole.
  const secrets = [...(options.secrets ?? [])]
    .filter((s) => s.length >= 6)
    .sort((a, b) => b.length - a.length);

  const write = (level: LogLevel, message: string, fields?: Record<string, unknown>) => {
    if (LEVELS[level] < min) return;
    const record = redactKeys({
      level,
      time: now().toISOString(),
      name: options.name,
      message,
      ...bound,
      ...fields,
    });
    let line = JSON.stringify(record);
    for (const secret of secrets) {
      const encoded = JSON.stringify(secret).slice(1, -1);
      line = line.split(encoded).join(REDACTED);
    }
    sink(line);
  };

  return {
    debug: (m, f) => write("debug", m, f),
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
    child: (fields) => createLogger(options, { ...bound, ...fields }),
  };
}

/** A logger that keeps its lines, for tests. */
export function memoryLogger(options: Omit<LoggerOptions, "sink"> = { name: "test" }) {
  const lines: string[] = [];
  const logger = createLogger({ ...options, sink: (l) => lines.push(l) });
  return { logger, lines };
}
