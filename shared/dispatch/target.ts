import type { DispatchChannel } from "../db/schema/enums.ts";

/**
 * A dispatch target is `<owner>/<route>`: an Edge Function and its route
 * (`agents/jd-clean`, `orchestrator/daily-coach`) or a worker and its work
 * (`worker-exec/session-health`). Mirrors dispatch_outbox.channel's generated expression.
 */
export function dispatchChannel(target: string): DispatchChannel {
  if (target.startsWith("worker-exec/")) return "worker-exec";
  if (target.startsWith("worker-wa/")) return "worker-wa";
  return "http";
}

/** The agent named in the request body: the route after the function (`jd-clean`). */
export function agentName(target: string): string {
  const slash = target.indexOf("/");
  return slash < 0 ? target : target.slice(slash + 1);
}
