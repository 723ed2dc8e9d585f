/**
 * A Lever-like application page (`jobs.lever.co/<slug>/<id>/apply`): resume first, one full
 * name field, current company, link fields, "cards" of custom questions (radio and text) and
 * a plain multipart POST that lands on a thank-you page.
 */
import { Hono } from "hono";
import { companyName, esc, htmlPage, jobTitle } from "./page.ts";
import { missing, splitBody, type SubmissionStore } from "./submissions.ts";

const REQUIRED = ["name", "email", "phone", "cards[c1][field0]", "cards[c1][field1]"];

function row(label: string, input: string, required = false): string {
  return `<li class="application-question"><label><div class="application-label">${esc(label)}${required ? '<span class="required">✱</span>' : ""}</div>
<div class="application-field">${input}</div></label></li>`;
}

function formPage(slug: string, id: string): string {
  const company = companyName(slug);
  const title = jobTitle(id);
  return htmlPage(
    `${company} - ${title}`,
    `<div class="application-page"><div class="posting-headline"><h2>${esc(title)}</h2><div class="posting-categories">Bengaluru</div></div>
<form id="application-form" class="application-form" action="/lever/${esc(slug)}/${esc(id)}/apply" method="POST" enctype="multipart/form-data">
<h4>Submit your application</h4>
<ul>
${row("Resume/CV", '<input type="file" name="resume" id="resume-upload-input" class="application-file-input">', true)}
${row("Full name", '<input type="text" name="name" required>', true)}
${row("Email", '<input type="email" name="email" required>', true)}
${row("Phone", '<input type="text" name="phone" required>', true)}
${row("Current company", '<input type="text" name="org">')}
</ul>
<h4>Links</h4>
<ul>
${row("LinkedIn URL", '<input type="text" name="urls[LinkedIn]">')}
${row("GitHub URL", '<input type="text" name="urls[GitHub]">')}
${row("Portfolio URL", '<input type="text" name="urls[Portfolio]">')}
</ul>
<div class="application-additional-cards"><h4>Questions</h4><ul>
<li class="application-question custom-question"><div class="application-label">Do you have a valid work authorization for India?<span class="required">✱</span></div>
<div class="application-field"><ul data-qa="multiple-choice">
<li><label><input type="radio" name="cards[c1][field0]" value="Yes" required><span class="application-answer-alternative">Yes</span></label></li>
<li><label><input type="radio" name="cards[c1][field0]" value="No"><span class="application-answer-alternative">No</span></label></li>
</ul></div></li>
${row("What is your expected CTC (in LPA)?", '<input type="text" name="cards[c1][field1]" required>', true)}
</ul></div>
<h4>Additional information</h4>
<textarea name="comments" placeholder="Add a cover letter or anything else you want to share." id="additional-information"></textarea>
<div class="application-submit"><button type="submit" id="btn-submit" class="postings-btn template-btn-submit">Submit application</button></div>
</form></div>`,
  );
}

export function leverFormRoutes(store: SubmissionStore) {
  const app = new Hono();
  app.get("/lever/:slug/:id/apply", (c) =>
    c.html(formPage(c.req.param("slug"), c.req.param("id"))),
  );
  app.post("/lever/:slug/:id/apply", async (c) => {
    const { slug, id } = c.req.param();
    const { fields, files } = await splitBody(await c.req.parseBody({ all: true }));
    const errors = missing(fields, REQUIRED);
    if (!files.some((f) => f.field === "resume")) errors.push("resume is required");
    store.record({ form: "lever", job: id, accepted: errors.length === 0, errors, fields, files });
    if (errors.length)
      return c.html(
        htmlPage("Error", `<div class="error-message">${errors.map(esc).join("<br>")}</div>`),
        400,
      );
    return c.redirect(`/lever/${slug}/${id}/thanks`, 303);
  });
  app.get("/lever/:slug/:id/thanks", (c) =>
    c.html(
      htmlPage(
        "Application submitted",
        `<div class="application-confirmation"><h3>Application submitted!</h3><p>Thanks for applying. We'll be in touch.</p></div>`,
      ),
    ),
  );
  return app;
}
