/**
 * The one normalised shape every source adapter yields. It is deliberately "raw": strings
 * stay as the board printed them (₹8-12 LPA, "3-5 Yrs", "Bangalore/Bengaluru") so the
 * normaliser downstream owns all interpretation, and can be re-run without re-scraping.
 */
import { z } from "zod";
import { AtsSource } from "../../../shared/db/schema/enums.ts";

/** Every source with an adapter: the ATS feeds and the boards we scrape (one spelling, shared). */
export const SOURCE_NAMES = [...AtsSource.options, "linkedin", "naukri", "internshala"] as const;

export const SourceNameSchema = z.enum(SOURCE_NAMES);
export type SourceName = z.infer<typeof SourceNameSchema>;

export const WORK_MODES = ["remote", "hybrid", "onsite"] as const;

export const RawJobSchema = z
  .object({
    source: SourceNameSchema,
    external_id: z.string().min(1),
    title: z.string().min(1),
    company: z.string().min(1),
    location_text: z.string(),
    locations: z.array(z.string()),
    url: z.url(),
    apply_url: z.url().nullable(),
    easy_apply: z.boolean(),
    jd_html: z.string().nullable(),
    jd_text: z.string().nullable(),
    posted_at: z.iso.datetime({ offset: true }).nullable(),
    employment_type: z.string().nullable(),
    salary_text: z.string().nullable(),
    experience_text: z.string().nullable(),
    work_mode_hint: z.enum(WORK_MODES).nullable(),
  })
  .strict();

export type RawJob = z.infer<typeof RawJobSchema>;
export type WorkModeHint = RawJob["work_mode_hint"];
