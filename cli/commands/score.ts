/**
 * `talvix score --resume <file> --jd <file|-> [--title T] [--company C] [--location L]
 *               [--city <city>] [--expected-lpa N]`
 * The fit engine the fit-score agent runs, on one résumé and one JD: the score, label,
 * recommendation, components, matched/missing skills and the reasons, as JSON on stdout.
 * Uses the engine's default weights (the agent reads model_weights). Exit 0, 1 unreadable
 * input, 2 bad usage.
 */
import {
  DEFAULT_FIT_WEIGHTS,
  loadTaxonomy,
  prefilter,
  compileJob,
  compileUser,
  scoreFit,
} from "../../shared/intelligence/index.ts";
import { fitJobFromClean, fitUserFromProfile } from "../../shared/intelligence-db/fit-inputs.ts";
import { parseCliArgs } from "../args.ts";
import { CliError } from "../cli-error.ts";
import { cleanFromInput, JD_OPTIONS, jdInputFromFile } from "./jd.ts";
import { profileFromFile } from "./resume.ts";

const USAGE =
  "usage: talvix score --resume <file> --jd <file|-> [--title T] [--company C] [--location L] [--city <city>] [--expected-lpa N]";

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(
    argv,
    {
      resume: { type: "string" },
      jd: { type: "string" },
      city: { type: "string" },
      "expected-lpa": { type: "string" },
      ...JD_OPTIONS,
      help: { type: "boolean", short: "h" },
    },
    false,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.resume || !values.jd || positionals.length > 0) throw new CliError(USAGE);
  let expected: number | null = null;
  if (values["expected-lpa"] !== undefined) {
    expected = Number(values["expected-lpa"]);
    if (!Number.isFinite(expected) || expected <= 0 || expected > 10_000) {
      throw new CliError(
        `--expected-lpa must be a positive number of lakhs, got "${values["expected-lpa"]}"`,
      );
    }
  }
  const taxonomy = loadTaxonomy();
  const profile = await profileFromFile(values.resume);
  const clean = cleanFromInput(await jdInputFromFile(values.jd, values), values.jd);
  const user = fitUserFromProfile(
    profile,
    {
      cities_preferred: values.city ? [values.city] : [],
      expected_ctc_lpa: expected,
    },
    taxonomy,
  );
  const job = fitJobFromClean(clean, values.company ?? "");
  const result = scoreFit(user, job, DEFAULT_FIT_WEIGHTS);
  const passes = prefilter(compileUser(user), compileJob(job));
  process.stdout.write(
    `${JSON.stringify(
      {
        ...result,
        prefilter: passes ? "pass" : "filtered",
        stored: passes && !result.excluded && result.score >= DEFAULT_FIT_WEIGHTS.thresholds.store,
        user: {
          skills: user.skill_ids.length,
          years: user.years,
          seniority: user.seniority,
          city: user.city,
          role_families: user.role_families,
        },
        job: {
          role_family: job.role_family,
          seniority: job.seniority,
          cities: job.cities,
          remote_india: job.remote_india,
          required_skills: job.required_skill_ids,
          nice_to_have_skills: job.nice_skill_ids,
          experience: job.experience,
          salary_inr: job.salary_inr,
        },
      },
      null,
      2,
    )}\n`,
  );
  return 0;
}
