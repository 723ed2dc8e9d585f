/**
 * A company careers page no adapter knows (`/careers/<slug>/apply/<id>`): plain labels,
 * `autocomplete` hints, an ARIA-only field and a name-only field, so the generic filler must
 * map fields the way it would on an unseen site.
 */
import { Hono } from "hono";
import { companyName, esc, htmlPage, jobTitle } from "./page.ts";
import { missing, splitBody, type SubmissionStore } from "./submissions.ts";

const REQUIRED = ["applicant_name", "contact_email", "mobile", "cv"];

export function genericFormRoutes(store: SubmissionStore) {
  const app = new Hono();
  app.get("/careers/:slug/apply/:id", (c) => {
    const { slug, id } = c.req.param();
    return c.html(
      htmlPage(
        `Apply: ${jobTitle(id)} | ${companyName(slug)} Careers`,
        `<header><h1>${esc(companyName(slug))} careers</h1></header>
<form method="post" enctype="multipart/form-data" class="careers-apply">
<p><label for="f1">Your name</label> <input id="f1" name="applicant_name" autocomplete="name" required></p>
<p><label for="f2">Email address</label> <input id="f2" type="email" name="contact_email" autocomplete="email" required></p>
<p><label for="f3">Mobile</label> <input id="f3" name="mobile" autocomplete="tel" required></p>
<p><label for="f4">City you live in</label> <input id="f4" name="town" autocomplete="address-level2"></p>
<p><input name="employer_now" aria-label="Current employer"></p>
<p><span>Years of total experience</span> <input name="total_experience_years" type="number"></p>
<p><input name="linkedin_url" placeholder="https://linkedin.com/in/…"></p>
<p><label for="f8">Upload your CV</label> <input id="f8" type="file" name="cv" required></p>
<p><button type="submit">Apply now</button></p>
</form>`,
      ),
    );
  });
  app.post("/careers/:slug/apply/:id", async (c) => {
    const id = c.req.param("id");
    const { fields, files } = await splitBody(await c.req.parseBody({ all: true }));
    const errors = missing(
      fields,
      REQUIRED.filter((r) => r !== "cv"),
    );
    if (!files.some((f) => f.field === "cv")) errors.push("cv is required");
    store.record({
      form: "generic",
      job: id,
      accepted: errors.length === 0,
      errors,
      fields,
      files,
    });
    if (errors.length) return c.html(htmlPage("Please fix", errors.map(esc).join("<br>")), 400);
    return c.html(
      htmlPage(
        "Received",
        `<h2>We have received your application.</h2><p>Our team will contact you.</p>`,
      ),
    );
  });
  return app;
}
