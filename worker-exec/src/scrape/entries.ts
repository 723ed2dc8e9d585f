/**
 * zod at the boundary, per entry: one malformed posting is skipped and counted, never
 * fatal for the board. A whole response that fails its envelope schema is `malformed`.
 */
import type { z } from "zod";
import { RawJobSchema, type RawJob, type SourceName } from "./raw-job.ts";
import type { SourceContext } from "./source-adapter.ts";
import { SourceStopped } from "./source-stopped.ts";

const MAX_SAMPLES = 5;

export function skipMalformed(ctx: SourceContext, source: SourceName, detail: string): void {
  ctx.report.malformed++;
  if (ctx.report.malformedSamples.length < MAX_SAMPLES) ctx.report.malformedSamples.push(detail);
  ctx.onProgress?.({ type: "malformed", source, detail });
}

/** Parses one entry; null (after counting) when it does not fit. */
export function parseEntry<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  ctx: SourceContext,
  source: SourceName,
): z.infer<S> | null {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data as z.infer<S>;
  const issue = parsed.error.issues[0];
  skipMalformed(
    ctx,
    source,
    `${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`,
  );
  return null;
}

/** Parses a response envelope; a mismatch means the API changed under us. */
export function parseEnvelope<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  source: SourceName,
  what: string,
): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data as z.infer<S>;
  const issue = parsed.error.issues[0];
  throw new SourceStopped(
    source,
    "malformed",
    `${source}: unexpected ${what} (${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"})`,
  );
}

/** Final check on what we emit; a job that fails it is skipped and counted like any other. */
export function finishJob(job: RawJob, ctx: SourceContext): RawJob | null {
  const parsed = RawJobSchema.safeParse(job);
  if (parsed.success) {
    ctx.report.yielded++;
    return parsed.data;
  }
  const issue = parsed.error.issues[0];
  skipMalformed(ctx, job.source, `normalised ${issue?.path.join(".")}: ${issue?.message}`);
  return null;
}
