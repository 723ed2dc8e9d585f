import { sha256Hex } from "../../../shared/auth/base64url.ts";
import * as routes from "../../../shared/api-client/routes.ts";
import { AppError } from "../../../shared/errors/app-error.ts";
import { MB } from "../../_shared/middleware/body-limit.ts";
import {
  applyRateLimit,
  takeToken,
  type RateLimitRule,
} from "../../_shared/middleware/rate-limit.ts";
import type { AgentsClient } from "../agents-client.ts";
import type { ApiDeps } from "../api-deps.ts";
import { RESUME_MIME, sniffResume } from "../file-type.ts";
import { createRouter } from "../router.ts";
import { toPersonaOption } from "../rows.ts";

export const MAX_RESUME_BYTES = 5 * MB;

const needsText = () =>
  new AppError(
    "resume_needs_text",
    422,
    "We could not read any text in this file (it looks like a scanned image). " +
      "Please upload a text PDF or a DOCX.",
  );

function safeFileName(name: string | undefined): string | null {
  if (!name) return null;
  // deno-lint-ignore no-control-regex
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f/\\]/g, "_").slice(-200);
  return cleaned || null;
}

/** Resume upload: store, record, hand to the resume-intelligence agent, answer its options. */
export function resumeRoutes(deps: ApiDeps, agents: AgentsClient, uploadRule: RateLimitRule) {
  const { sql, storage } = deps;
  const app = createRouter();

  async function personaOptions(userId: string, resumeId: string) {
    const [resume] = await sql<{ parse_status: string; summary: string | null }[]>`
      select parse_status, summary from public.resumes
       where id = ${resumeId} and user_id = ${userId}`;
    const options = await sql`
      select position, persona, headline, summary, target_roles from public.personas
       where resume_id = ${resumeId} and user_id = ${userId} order by position`;
    return { resume, options: options.map(toPersonaOption) };
  }

  app.openapi(routes.uploadResume, async (c) => {
    const userId = c.get("userId");
    applyRateLimit(c, uploadRule, await takeToken(sql, userId, uploadRule));
    const { file } = c.req.valid("form");
    if (file.size > MAX_RESUME_BYTES) {
      throw new AppError("payload_too_large", 413, "The resume must be 5 MB or smaller");
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = sniffResume(bytes);
    if (!type) {
      throw new AppError("unsupported_media_type", 415, "Upload a PDF, DOCX or plain-text resume");
    }
    const hash = await sha256Hex(bytes);
    const path = `resumes/${userId}/${hash}.${type}`;
    await storage.put(path, bytes, { contentType: RESUME_MIME[type] });
    const [resume] = await sql<{ id: string; parse_status: string }[]>`
      insert into public.resumes (user_id, storage_path, file_name, file_hash, mime, size_bytes)
      values (${userId}, ${path}, ${safeFileName(file.name)}, ${hash}, ${RESUME_MIME[type]},
              ${bytes.length})
      on conflict (user_id, file_hash) do update set file_name = excluded.file_name
      returning id, parse_status`;
    const resumeId = resume!.id;

    // The same file again: its options are already there, no need to wake the agent.
    let result = await personaOptions(userId, resumeId);
    if (!(result.resume?.parse_status === "parsed" && result.options.length === 3)) {
      let reply;
      try {
        reply = await agents.run("resume-intelligence", userId, { resume_id: resumeId });
      } catch (err) {
        throw new AppError("agent_unavailable", 502, "Resume analysis is unavailable; try again", {
          internal: (err as Error).message,
        });
      }
      result = await personaOptions(userId, resumeId);
      const said = `${reply.status} ${reply.error ?? ""} ${String(reply.code ?? "")}`;
      if (result.resume?.parse_status === "needs_text" || /needs_text|no text/i.test(said)) {
        throw needsText();
      }
      if (result.options.length === 0 && Array.isArray(reply.persona_options)) {
        // An agent that answers with its options instead of (before) writing them.
        result.options = (reply.persona_options as Record<string, unknown>[]).map(toPersonaOption);
      }
      if (result.options.length === 0) {
        throw new AppError(
          "resume_unprocessable",
          502,
          "We could not analyse this resume; try again",
          {
            internal: `resume-intelligence: ${said.slice(0, 300)}`,
          },
        );
      }
    }
    return c.json(
      {
        resume_id: resumeId,
        persona_options: result.options,
        extracted_summary: result.resume?.summary ?? null,
      },
      200,
    );
  });

  return app;
}
