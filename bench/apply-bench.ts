/**
 * Auto-apply benchmark (no database needed: the same runApplication the worker uses).
 *   npx tsx bench/apply-bench.ts
 * Prints the median seconds per application on the Greenhouse-like and LinkedIn-like
 * sandbox forms (2 browsers applying in parallel) and the peak memory of the whole thing:
 * this Node process plus every Chromium process of both browsers (RSS summed, and PSS,
 * which counts shared pages once).
 */
import { readdirSync, readFileSync } from "node:fs";
import { startSandbox } from "../sandbox/index.ts";
import { ApplyBrowser } from "../worker-exec/src/apply/apply-browser.ts";
import { fingerprintFor } from "../worker-exec/src/apply/fingerprint.ts";
import { launchApplyChromium } from "../worker-exec/src/apply/launch.ts";
import { runApplication } from "../worker-exec/src/apply/run-application.ts";
import { applicant } from "../tests/e2e/apply/applicant-fixture.ts";

const PER_FORM = Number(process.env.APPLY_BENCH_RUNS ?? 10);
const tag = `bench-${process.pid}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function kb(pid: string, file: string, field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(
      readFileSync(`/proc/${pid}/${file}`, "utf8"),
    );
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** [rss, pss, chromium rss] in MB of this process and the tagged Chromium processes. */
function memory(): [number, number, number] {
  const pids = [String(process.pid)];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(`--talvix-tag=${tag}`))
        pids.push(pid);
    } catch {
      /* exited */
    }
  }
  let rss = 0;
  let pss = 0;
  let chromium = 0;
  for (const pid of pids) {
    const r = kb(pid, "status", "VmRSS");
    rss += r;
    if (pid !== String(process.pid)) chromium += r;
    pss += kb(pid, "smaps_rollup", "Pss");
  }
  return [rss / 1024, pss / 1024, chromium / 1024];
}

const sandbox = await startSandbox();
const browsers = [
  new ApplyBrowser(() => launchApplyChromium(tag)),
  new ApplyBrowser(() => launchApplyChromium(tag)),
];
const host = new URL(sandbox.url).hostname;
const cookies = [{ name: "li_at", value: "AQEDAbench00001", domain: host }];
let peak: [number, number, number] = [0, 0, 0];
const sampler = setInterval(() => {
  const m = memory();
  peak = [Math.max(peak[0], m[0]), Math.max(peak[1], m[1]), Math.max(peak[2], m[2])];
}, 100);

async function one(browser: ApplyBrowser, url: string): Promise<number> {
  const t0 = performance.now();
  const { page, close } = await browser.open(fingerprintFor("bench-user"), cookies);
  try {
    const r = await runApplication({
      page,
      url,
      applicant: applicant(),
      dryRun: false,
      saveScreenshot: async (l) => l,
    });
    if (r.outcome !== "submitted") throw new Error(`${url}: ${r.outcome} ${r.receipt.note ?? ""}`);
  } finally {
    await close();
  }
  return (performance.now() - t0) / 1000;
}

try {
  // Warm-up launches both browsers (their start-up is not an application).
  await Promise.all(browsers.map((b, i) => one(b, `${sandbox.url}/careers/warm/apply/w${i}`)));
  const results: Record<string, number[]> = { greenhouse: [], linkedin: [] };
  const urls = (form: string, i: number) =>
    form === "greenhouse"
      ? `${sandbox.url}/boards/paywiz/jobs/bench-${i}`
      : `${sandbox.url}/li/jobs/view/bench-${i}`;
  const jobs = Object.keys(results).flatMap((form) =>
    Array.from({ length: PER_FORM }, (_, i) => ({ form, i })),
  );
  await Promise.all(
    browsers.map(async (b, w) => {
      for (let k = w; k < jobs.length; k += browsers.length) {
        const { form, i } = jobs[k]!;
        results[form]!.push(await one(b, urls(form, i)));
      }
    }),
  );
  for (const [form, xs] of Object.entries(results)) {
    console.log(
      `apply ${form}-like form: median ${median(xs).toFixed(2)} s/application over ${xs.length} (2 browsers in parallel)`,
    );
  }
  console.log(
    `peak memory with 2 browsers: ${peak[0].toFixed(0)} MB RSS summed, ${peak[1].toFixed(0)} MB PSS ` +
      `(Chromium alone ${peak[2].toFixed(0)} MB RSS; the rest is this Node process, which also ` +
      `serves the sandbox forms)`,
  );
} finally {
  clearInterval(sampler);
  await Promise.all(browsers.map((b) => b.close()));
  await sandbox.close();
}
