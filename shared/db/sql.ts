import postgres from "postgres";

export type Sql = postgres.Sql<Record<string, unknown>>;
export type TransactionSql = postgres.TransactionSql<Record<string, unknown>>;

export interface SqlOptions {
  /** Max pooled connections for this process. */
  max?: number;
  /** Application name shown in pg_stat_activity. */
  applicationName?: string;
  /** Seconds to wait for a connection before failing. */
  connectTimeoutSeconds?: number;
}

/**
 * Direct SQL with postgres.js. `prepare: false` because production goes through Supabase's
 * transaction pooler, where named prepared statements break.
 */
export function createSql(url: string, options: SqlOptions = {}): Sql {
  return postgres(url, {
    max: options.max ?? 5,
    prepare: false,
    connect_timeout: options.connectTimeoutSeconds ?? 5,
    idle_timeout: 30,
    onnotice: () => {},
    connection: { application_name: options.applicationName ?? "talvix" },
  }) as Sql;
}

/** Resolves with the query's result or rejects after `ms`, so a dead database cannot hang a caller. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
