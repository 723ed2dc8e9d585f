/**
 * A Greenhouse-like hosted application form (`boards.greenhouse.io/<slug>/jobs/<id>`): main
 * fields, resume upload, custom questions (knock-outs among them), a voluntary EEO block and
 * client-side validation before the multipart POST. Job ids containing `captcha` show a
 * reCAPTCHA challenge instead; ids containing `relocate` add a relocation question.
 */
import { Hono } from "hono";
import { companyName, esc, htmlPage, jobTitle, select } from "./page.ts";
import { missing, splitBody, type SubmissionStore } from "./submissions.ts";

interface Question {
  name: string;
  label: string;
  kind: "text" | "select" | "textarea";
  options?: string[];
  required: boolean;
}

function questions(id: string, company: string): Question[] {
  const qs: Question[] = [
    { name: "q_linkedin", label: "LinkedIn Profile", kind: "text", required: false },
    {
      name: "q_work_auth",
      label: "Are you legally authorized to work in India?",
      kind: "select",
      options: ["Yes", "No"],
      required: true,
    },
    {
      name: "q_sponsorship",
      label: "Will you now or in the future require sponsorship for employment visa status?",
      kind: "select",
      options: ["Yes", "No"],
      required: true,
    },
    {
      name: "q_python_years",
      label: "How many years of professional experience do you have with Python?",
      kind: "text",
      required: true,
    },
    {
      name: "q_notice",
      label: "What is your notice period (in days)?",
      kind: "text",
      required: true,
    },
    {
      name: "q_why",
      label: `Why do you want to work at ${company}?`,
      kind: "textarea",
      required: false,
    },
  ];
  if (id.includes("relocate")) {
    qs.push({
      name: "q_relocate",
      label: "Are you willing to relocate to Bengaluru?",
      kind: "select",
      options: ["Yes", "No"],
      required: true,
    });
  }
  return qs;
}

const EEO = [
  {
    name: "gender",
    label: "Gender",
    options: ["Male", "Female", "Non-binary", "Decline To Self Identify"],
  },
  {
    name: "veteran_status",
    label: "Veteran Status",
    options: ["I am a veteran", "I am not a veteran", "I don't wish to answer"],
  },
  {
    name: "disability_status",
    label: "Disability Status",
    options: [
      "Yes, I have a disability",
      "No, I don't have a disability",
      "I don't wish to answer",
    ],
  },
];

const MAIN_REQUIRED = ["first_name", "last_name", "email", "phone"];

function field(q: Question): string {
  const id = `job_application_${q.name}`;
  const name = `job_application[answers][${q.name}]`;
  const star = q.required ? ' <span class="asterisk">*</span>' : "";
  const input =
    q.kind === "select"
      ? select(id, name, q.options!, q.required)
      : q.kind === "textarea"
        ? `<textarea id="${id}" name="${name}" rows="4"></textarea>`
        : `<input type="text" id="${id}" name="${name}"${q.required ? ' aria-required="true"' : ""}>`;
  return `<div class="field"><label for="${id}">${esc(q.label)}${star}</label>${input}</div>`;
}

function formPage(slug: string, id: string): string {
  const company = companyName(slug);
  const title = jobTitle(id);
  if (id.includes("captcha")) {
    return htmlPage(
      `${title} at ${company}`,
      `<div id="app_body"><h1 class="app-title">${esc(title)}</h1>
<div class="g-recaptcha" data-sitekey="sandbox"><iframe title="reCAPTCHA" src="about:blank"></iframe></div>
<p>Please verify you are a human to continue.</p></div>`,
    );
  }
  const main = [
    ["first_name", "First Name", "text", "given-name"],
    ["last_name", "Last Name", "text", "family-name"],
    ["email", "Email", "email", "email"],
    ["phone", "Phone", "tel", "tel"],
  ]
    .map(
      ([n, label, type]) =>
        `<div class="field"><label for="${n}">${label} <span class="asterisk">*</span></label>
<input type="${type}" id="${n}" name="job_application[${n}]" aria-required="true"></div>`,
    )
    .join("\n");
  return htmlPage(
    `Job Application for ${title} at ${company}`,
    `<div id="app_body"><div id="header"><h1 class="app-title">${esc(title)}</h1>
<span class="company-name">at ${esc(company)}</span></div>
<div id="content"><p>We are building payments for Bharat.</p></div>
<div id="application">
<form id="application_form" action="/boards/${esc(slug)}/jobs/${esc(id)}" method="post" enctype="multipart/form-data" novalidate>
<div id="main_fields">${main}
<div class="field"><label for="resume">Resume/CV <span class="asterisk">*</span></label>
<input type="file" id="resume" name="job_application[resume]" accept=".pdf,.doc,.docx,.txt,.rtf"></div>
<div class="field"><label for="cover_letter">Cover Letter</label>
<input type="file" id="cover_letter" name="job_application[cover_letter]" accept=".pdf,.doc,.docx,.txt,.rtf"></div>
</div>
<div id="custom_fields">${questions(id, company).map(field).join("\n")}</div>
<div id="eeoc_fields"><h3>Voluntary Self-Identification</h3>
${EEO.map((e) => `<div class="field"><label for="job_application_${e.name}">${e.label}</label>${select(`job_application_${e.name}`, `job_application[${e.name}]`, e.options, false)}</div>`).join("\n")}
</div>
<div id="submit_buttons"><input type="button" id="submit_app" value="Submit Application"></div>
<div id="error_summary" role="alert" hidden></div>
</form></div></div>
<script>
document.getElementById('submit_app').addEventListener('click', function () {
  var form = document.getElementById('application_form');
  var bad = [];
  form.querySelectorAll('[aria-required="true"]').forEach(function (el) {
    var ok = el.value && el.value.trim();
    el.classList.toggle('error', !ok);
    if (!ok) bad.push(el.id);
  });
  if (!document.getElementById('resume').files.length) bad.push('resume');
  var summary = document.getElementById('error_summary');
  if (bad.length) { summary.hidden = false; summary.textContent = 'Please complete the required fields: ' + bad.join(', '); return; }
  this.disabled = true;
  form.submit();
});
</script>`,
  );
}

export function greenhouseFormRoutes(store: SubmissionStore) {
  const app = new Hono();
  app.get("/boards/:slug/jobs/:id", (c) =>
    c.html(formPage(c.req.param("slug"), c.req.param("id"))),
  );
  app.post("/boards/:slug/jobs/:id", async (c) => {
    const { slug, id } = c.req.param();
    const { fields, files } = await splitBody(await c.req.parseBody({ all: true }));
    const required = [
      ...MAIN_REQUIRED.map((n) => `job_application[${n}]`),
      ...questions(id, companyName(slug))
        .filter((q) => q.required)
        .map((q) => `job_application[answers][${q.name}]`),
    ];
    const errors = missing(fields, required);
    if (!files.some((f) => f.field === "job_application[resume]"))
      errors.push("resume is required");
    store.record({
      form: "greenhouse",
      job: id,
      accepted: errors.length === 0,
      errors,
      fields,
      files,
    });
    if (errors.length)
      return c.html(
        htmlPage("Error", `<div class="errors">${errors.map(esc).join("<br>")}</div>`),
        422,
      );
    return c.redirect(`/boards/${slug}/jobs/${id}/confirmation`, 303);
  });
  app.get("/boards/:slug/jobs/:id/confirmation", (c) =>
    c.html(
      htmlPage(
        "Thank you for applying",
        `<div id="application_confirmation"><h1>Thank you for applying.</h1>
<p>Your application has been received. We will review it and get back to you.</p></div>`,
      ),
    ),
  );
  return app;
}
