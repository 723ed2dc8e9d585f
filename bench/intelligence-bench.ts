/**
 * Micro-benchmarks for the intelligence engine.  npx tsx bench/intelligence-bench.ts
 * Prints résumé parse time for a two-page PDF, JD clean time per job and fit pairs/second.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  cleanJd,
  compileJob,
  compileUser,
  extractResumeText,
  loadTaxonomy,
  parseResume,
  scoreFit,
  scoreFitValue,
  type CompiledJob,
  type CompiledUser,
  type JdInput,
} from "../shared/intelligence/index.ts";

const fixtures = fileURLToPath(new URL("../tests/fixtures/", import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function resumeBench() {
  const bytes = new Uint8Array(readFileSync(`${fixtures}resumes/bench-two-page.pdf`));
  const times: number[] = [];
  let pages = 0;
  for (let i = 0; i < 25; i++) {
    const t0 = performance.now();
    const r = await extractResumeText(bytes, "application/pdf");
    if (r.status !== "ok") throw new Error(r.status);
    pages = r.pages;
    parseResume(r.text);
    times.push(performance.now() - t0);
  }
  console.log(
    `resume parse (${pages}-page PDF, extract + parse): median ${median(times.slice(5)).toFixed(2)} ms over 20 runs`,
  );
}

function jdBench() {
  const jds = (
    JSON.parse(readFileSync(`${fixtures}jds/jds.json`, "utf8")) as { input: JdInput }[]
  ).map((j) => j.input);
  for (const j of jds) cleanJd(j);
  const rounds = 20;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const j of jds) cleanJd(j);
  const ms = (performance.now() - t0) / (rounds * jds.length);
  console.log(`JD clean: ${ms.toFixed(3)} ms/job (${jds.length} fixture JDs × ${rounds})`);
}

function fitBench() {
  const tx = loadTaxonomy();
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  // Draw skills from a few hundred common ones so users and jobs overlap like real data.
  const pool = tx.skills.slice(0, 400).map((s) => s.id);
  const pick = (n: number) =>
    Array.from({ length: n }, () => pool[Math.floor(rand() * pool.length)] as string);
  const cities = ["bengaluru", "pune", "hyderabad", "chennai", "mumbai", "gurugram", "noida"];
  const levels = ["entry", "mid", "senior", "lead"] as const;
  const users: CompiledUser[] = Array.from({ length: 1000 }, () =>
    compileUser({
      skill_ids: pick(25),
      years: Math.floor(rand() * 12),
      seniority: levels[Math.floor(rand() * 4)] ?? null,
      city: cities[Math.floor(rand() * cities.length)] ?? null,
      expected_ctc_inr: 400000 + Math.floor(rand() * 3000000),
      dream_companies: ["Acme 3"],
      blacklist_companies: ["Acme 7"],
    }),
  );
  const jobs: CompiledJob[] = Array.from({ length: 1000 }, (_, i) =>
    compileJob({
      company: `Acme ${i % 50}`,
      required_skill_ids: pick(10),
      nice_skill_ids: pick(4),
      experience: { min: Math.floor(rand() * 8), max: rand() < 0.3 ? null : 10 },
      seniority: levels[Math.floor(rand() * 4)] ?? null,
      cities: [cities[Math.floor(rand() * cities.length)] as string],
      work_mode: rand() < 0.2 ? "remote" : "onsite",
      remote_india: rand() < 0.2,
      salary_inr: { min: 500000, max: 500000 + Math.floor(rand() * 3000000) },
      role_family: "backend",
    }),
  );
  let sink = 0;
  for (let i = 0; i < 200_000; i++)
    sink += scoreFitValue(users[i % 1000] as CompiledUser, jobs[(i * 7) % 1000] as CompiledJob);
  const t0 = performance.now();
  let pairs = 0;
  for (const u of users)
    for (const j of jobs) {
      sink += scoreFitValue(u, j);
      pairs++;
    }
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `scoreFitValue (compiled, ranking path): ${Math.round(pairs / secs).toLocaleString("en-IN")} pairs/s (${pairs.toLocaleString("en-IN")} pairs)`,
  );
  const t1 = performance.now();
  let full = 0;
  for (const u of users.slice(0, 100))
    for (const j of jobs) {
      sink += scoreFit(u, j).score;
      full++;
    }
  const secs1 = (performance.now() - t1) / 1000;
  console.log(
    `scoreFit (compiled, with reasons): ${Math.round(full / secs1).toLocaleString("en-IN")} pairs/s (${full.toLocaleString("en-IN")} pairs)`,
  );
  if (sink === 42) console.log("");
}

await resumeBench();
jdBench();
fitBench();
