/** Greenhouse Job Board API: one request returns every job of a board, with content. */
import { z } from "zod";
import { sourceUrl } from "../base-url.ts";
import { finishJob, parseEntry, parseEnvelope } from "../entries.ts";
import { limitReached, requireField } from "../paging.ts";
import type { RawJob } from "../raw-job.ts";
import type { ScrapeTarget, SourceAdapter, SourceContext } from "../source-adapter.ts";
import { decodeEntities, htmlToText } from "../text/html-text.ts";
import { toIso } from "../text/relative-date.ts";
import { nameFromSlug } from "../text/slug-name.ts";
import { workModeHint } from "../text/work-mode.ts";

const ORIGIN = "https://boards-api.greenhouse.io";

const Metadata = z.object({ name: z.string(), value: z.unknown() });

const GreenhouseJob = z.object({
  id: z.number().int().positive(),
  title: z.string().min(1),
  absolute_url: z.url(),
  updated_at: z.string().nullish(),
  first_published: z.string().nullish(),
  location: z.object({ name: z.string() }).nullish(),
  content: z.string().nullish(),
  company_name: z.string().nullish(),
  metadata: z.array(Metadata).nullish(),
  offices: z.array(z.object({ name: z.string(), location: z.string().nullish() })).nullish(),
  departments: z.array(z.object({ name: z.string() })).nullish(),
});

const Envelope = z.object({
  jobs: z.array(z.unknown()),
  meta: z.object({ total: z.number() }).optional(),
});

function meta(job: z.infer<typeof GreenhouseJob>, pattern: RegExp): string | null {
  const hit = job.metadata?.find((m) => pattern.test(m.name) && m.value !== null && m.value !== "");
  if (!hit) return null;
  return Array.isArray(hit.value) ? hit.value.join(", ") : String(hit.value);
}

export const greenhouse: SourceAdapter = {
  name: "greenhouse",
  kind: "api",
  needs: "company",
  async *fetchJobs(target: ScrapeTarget, ctx: SourceContext): AsyncIterable<RawJob> {
    const slug = requireField(target, "company", "greenhouse");
    const url = sourceUrl(
      ORIGIN,
      ctx.baseUrl,
      `/v1/boards/${encodeURIComponent(slug)}/jobs?content=true`,
    );
    const body = parseEnvelope(
      Envelope,
      await ctx.http.json("greenhouse", url, { signal: ctx.signal }),
      "greenhouse",
      "board",
    );
    ctx.report.pages++;
    ctx.onProgress?.({ type: "page", source: "greenhouse", page: 1, url, jobs: body.jobs.length });
    for (const raw of body.jobs) {
      if (limitReached(target, ctx)) return;
      const job = parseEntry(GreenhouseJob, raw, ctx, "greenhouse");
      if (!job) continue;
      const jdHtml = job.content ? decodeEntities(job.content) : null;
      const location = job.location?.name ?? "";
      const locations = [
        ...new Set(
          [
            ...location.split(/\s*;\s*/),
            ...(job.offices ?? []).map((o) => o.location ?? o.name),
          ].filter(Boolean),
        ),
      ];
      const out = finishJob(
        {
          source: "greenhouse",
          external_id: String(job.id),
          title: job.title.trim(),
          company: job.company_name ?? nameFromSlug(slug),
          location_text: location,
          locations,
          url: job.absolute_url,
          apply_url: job.absolute_url,
          easy_apply: false,
          jd_html: jdHtml,
          jd_text: jdHtml ? htmlToText(jdHtml) : null,
          posted_at: toIso(job.first_published ?? job.updated_at),
          employment_type: meta(job, /employment|job type|commitment/i),
          salary_text: meta(job, /salary|ctc|compensation|pay/i),
          experience_text: meta(job, /experience/i),
          work_mode_hint: workModeHint(location, meta(job, /work(place)? ?(mode|type)|remote/i)),
        },
        ctx,
      );
      if (out) yield out;
    }
  },
};
