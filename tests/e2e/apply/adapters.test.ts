/**
 * Every adapter against its sandbox form in a real Chromium: what the form received is
 * exactly what the receipt says, once; questions without facts stop before submit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../../sandbox/index.ts";
import type { FormSubmission } from "../../../sandbox/forms/index.ts";
import { ApplyBrowser } from "../../../worker-exec/src/apply/apply-browser.ts";
import type { Applicant } from "../../../worker-exec/src/apply/applicant.ts";
import { fingerprintFor } from "../../../worker-exec/src/apply/fingerprint.ts";
import { runApplication } from "../../../worker-exec/src/apply/run-application.ts";
import { applicant, FULL_FACTS } from "./applicant-fixture.ts";

let sandbox: RunningSandbox;
let browser: ApplyBrowser;
beforeAll(async () => {
  sandbox = await startSandbox();
  browser = new ApplyBrowser();
});
afterAll(async () => {
  await browser.close();
  await sandbox.close();
});

const COOKIES = () => {
  const host = new URL(sandbox.url).hostname;
  return [
    { name: "li_at", value: "AQEDAsandbox0001", domain: host },
    { name: "nauk_at", value: "nk_sandbox01", domain: host },
  ];
};

async function apply(path: string, who: Applicant = applicant(), dryRun = false) {
  const { page, close } = await browser.open(fingerprintFor("user-1"), COOKIES());
  const shots: string[] = [];
  try {
    const result = await runApplication({
      page,
      url: sandbox.url + path,
      applicant: who,
      dryRun,
      fieldTimeoutMs: 2_000,
      confirmTimeoutMs: 5_000,
      saveScreenshot: async (label, png) => {
        expect(png.length).toBeGreaterThan(1000);
        shots.push(label);
        return `screenshots/test/${label}.png`;
      },
    });
    return { ...result, shots };
  } finally {
    await close();
  }
}

async function received(form: string, job: string): Promise<FormSubmission[]> {
  const res = await fetch(`${sandbox.url}/__forms/submissions?form=${form}&job=${job}`);
  return ((await res.json()) as { submissions: FormSubmission[] }).submissions;
}

describe("adapters on the sandbox forms", () => {
  it("Greenhouse: main fields, résumé, custom knock-outs from facts, EEO declined", async () => {
    const who = applicant();
    const r = await apply("/boards/paywiz/jobs/gh-1", who);
    expect(r.outcome).toBe("submitted");
    expect(r.receipt.adapter).toBe("greenhouse");
    const [sub, ...more] = await received("greenhouse", "gh-1");
    expect(more).toHaveLength(0);
    expect(sub!.accepted).toBe(true);
    expect(sub!.fields).toMatchObject({
      "job_application[first_name]": "Priya",
      "job_application[last_name]": "Sharma",
      "job_application[email]": "priya.sharma@example.in",
      "job_application[answers][q_work_auth]": "Yes",
      "job_application[answers][q_sponsorship]": "No",
      "job_application[answers][q_python_years]": "5",
      "job_application[answers][q_notice]": "30",
      "job_application[answers][q_why]": "",
      "job_application[gender]": "Decline To Self Identify",
    });
    expect(sub!.files).toEqual([
      expect.objectContaining({
        field: "job_application[resume]",
        name: who.resume.name,
        sha256: who.resume.sha256,
      }),
    ]);
    expect(r.receipt.files).toEqual([
      { label: "Resume/CV", name: who.resume.name, sha256: who.resume.sha256 },
    ]);
    expect(r.receipt.filled).toContainEqual(
      expect.objectContaining({
        label: "Are you legally authorized to work in India?",
        value: "Yes",
        source: "facts",
      }),
    );
    expect(r.receipt.unfilled).toContainEqual(
      expect.objectContaining({ label: "Why do you want to work at Paywiz?", required: false }),
    );
    expect(Date.parse(r.receipt.submit_clicked_at ?? "")).toBeGreaterThan(0);
    expect(Date.parse(r.receipt.confirmed_at ?? "")).toBeGreaterThan(0);
    expect(r.shots).toEqual(["before_submit", "after_submit"]);
  });

  it("Lever: one name field, links, radio card and expected CTC", async () => {
    const r = await apply("/lever/finlyft/lv-1/apply");
    expect(r.outcome).toBe("submitted");
    const subs = await received("lever", "lv-1");
    expect(subs).toHaveLength(1);
    expect(subs[0]!.fields).toMatchObject({
      name: "Priya Sharma",
      org: "Paywiz Technologies",
      "urls[LinkedIn]": "https://linkedin.com/in/priya-sharma",
      "cards[c1][field0]": "Yes",
      "cards[c1][field1]": "26",
    });
  });

  it("Ashby: waits for the single-page app, picks the notice-period option containing the fact", async () => {
    const r = await apply("/ashby/acme/ab-1/application");
    expect(r.outcome).toBe("submitted");
    const subs = await received("ashby", "ab-1");
    expect(subs).toHaveLength(1);
    expect(subs[0]!.fields).toMatchObject({
      notice: "30 days",
      react_years: "2",
      location: "Bengaluru",
    });
  });

  it("Workable: survives a form that re-renders on every keystroke", async () => {
    const r = await apply("/workable/acme/j/wk-1/apply");
    expect(r.outcome).toBe("submitted");
    const subs = await received("workable", "wk-1");
    expect(subs).toHaveLength(1);
    expect(subs[0]!.fields).toMatchObject({
      firstname: "Priya",
      lastname: "Sharma",
      phone: "+91 98765 43210",
      QA_sponsorship: "No",
    });
  });

  it("LinkedIn Easy Apply: walks the steps behind the session and submits once", async () => {
    const r = await apply("/li/jobs/view/sponsor-4100");
    expect(r.outcome).toBe("submitted");
    const subs = await received("linkedin", "sponsor-4100");
    expect(subs).toHaveLength(1);
    expect(subs[0]!.fields).toMatchObject({
      email: "priya.sharma@example.in",
      q_ts_years: "3",
      q_commute: "Yes",
      q_sponsorship: "No",
    });
    expect(subs[0]!.files).toHaveLength(1);
  });

  it("Naukri: answers the chatbot questionnaire from facts", async () => {
    const r = await apply("/naukri/job-listings-backend-nk1");
    expect(r.outcome).toBe("submitted");
    const subs = await received("naukri", "backend-nk1");
    expect(subs).toHaveLength(1);
    expect(subs[0]!.fields).toEqual({ ctc: "18", notice: "1 Month", relocate: "Yes" });
  });

  it("the generic filler completes an unseen form by label, autocomplete, ARIA and name", async () => {
    const r = await apply("/careers/acme-labs/apply/gen-1");
    expect(r.outcome).toBe("submitted");
    expect(r.receipt.adapter).toBe("generic");
    const subs = await received("generic", "gen-1");
    expect(subs).toHaveLength(1);
    expect(subs[0]!.fields).toMatchObject({
      applicant_name: "Priya Sharma",
      contact_email: "priya.sharma@example.in",
      mobile: "+91 98765 43210",
      town: "Bengaluru",
      employer_now: "Paywiz Technologies",
      total_experience_years: "5",
      linkedin_url: "https://linkedin.com/in/priya-sharma",
    });
  });

  it("a knock-out question without a fact stops as needs_input, before anything is sent", async () => {
    const { willing_to_relocate: _, ...facts } = FULL_FACTS;
    const r = await apply("/boards/paywiz/jobs/gh-relocate-2", applicant(facts));
    expect(r.outcome).toBe("needs_input");
    expect(r.receipt.questions).toEqual([
      {
        key: "relocation:bengaluru",
        question: "Are you willing to relocate to Bengaluru?",
        kind: "relocation",
        knockout: true,
      },
    ]);
    expect(r.receipt.submit_clicked_at).toBeNull();
    expect(await received("greenhouse", "gh-relocate-2")).toHaveLength(0);
    // The user's answer, from answer memory, lets the same application through.
    const again = await apply(
      "/boards/paywiz/jobs/gh-relocate-2",
      applicant(facts, { "relocation:bengaluru": { answer: "No", source: "user" } }),
    );
    expect(again.outcome).toBe("submitted");
    expect(
      (await received("greenhouse", "gh-relocate-2"))[0]!.fields[
        "job_application[answers][q_relocate]"
      ],
    ).toBe("No");
  });

  it("an inferred memory answer never answers a knock-out", async () => {
    const r = await apply(
      "/naukri/job-listings-backend-nk2",
      applicant(
        { ...FULL_FACTS, current_ctc_lpa: undefined },
        {
          current_ctc: { answer: "20", source: "inferred" },
        },
      ),
    );
    expect(r.outcome).toBe("needs_input");
    expect(r.receipt.questions.map((q) => q.key)).toEqual(["current_ctc"]);
    expect(await received("naukri", "backend-nk2")).toHaveLength(0);
  });

  it("dry run fills everything and never clicks submit", async () => {
    const r = await apply("/lever/finlyft/lv-dry/apply", applicant(), true);
    expect(r.outcome).toBe("dry_run");
    expect(r.receipt.filled.length).toBeGreaterThan(5);
    expect(r.receipt.submit_clicked_at).toBeNull();
    expect(await received("lever", "lv-dry")).toHaveLength(0);
  });

  it("a CAPTCHA is failed_captcha, a missing button failed_not_found with a screenshot, a login wall failed_session", async () => {
    expect((await apply("/boards/paywiz/jobs/captcha-1")).outcome).toBe("failed_captcha");
    const closed = await apply("/li/jobs/view/closed-9");
    expect(closed.outcome).toBe("failed_not_found");
    expect(closed.shots).toEqual(["failure"]);
    const { page, close } = await browser.open(fingerprintFor("user-2"), []);
    try {
      const r = await runApplication({
        page,
        url: `${sandbox.url}/li/jobs/view/77`,
        applicant: applicant(),
        dryRun: false,
        saveScreenshot: async (l) => l,
      });
      expect(r.outcome).toBe("failed_session");
    } finally {
      await close();
    }
  });
});
