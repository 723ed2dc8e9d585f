import type { Sql } from "../db/sql.ts";

export type WorkerName = "worker-exec" | "worker-wa";
export type WorkerStatus = "starting" | "running" | "draining" | "stopped";

export interface WorkerIdentity {
  worker: WorkerName;
  instanceId: string;
  host: string;
  version: string;
  startedAt: Date;
}

/** Upserts this instance's row in `worker_heartbeats`. */
export async function beat(
  sql: Sql,
  id: WorkerIdentity,
  status: WorkerStatus,
  currentWork: string | null = null,
): Promise<void> {
  await sql`
    insert into public.worker_heartbeats
      (instance_id, worker, host, version, started_at, last_seen_at, status, current_work)
    values
      (${id.instanceId}, ${id.worker}, ${id.host}, ${id.version}, ${id.startedAt},
       now(), ${status}, ${currentWork})
    on conflict (instance_id) do update
      set last_seen_at = now(), status = excluded.status, current_work = excluded.current_work`;
}
