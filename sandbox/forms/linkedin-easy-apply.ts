/**
 * A LinkedIn-like job page with an Easy Apply modal behind the session cookie `li_at`:
 * contact info → resume → screening questions → review → "Submit application", one step in
 * the DOM at a time, each validated before Next. Without a valid session every page is the
 * login wall. Job ids containing `closed` no longer accept applications (no button);
 * ids containing `sponsor` add a sponsorship question.
 */
import { Hono, type Context } from "hono";
import { companyName, cookie, esc, htmlPage, jobTitle } from "./page.ts";
import { missing, splitBody, type SubmissionStore } from "./submissions.ts";

/** What a live LinkedIn session cookie looks like here; anything else is logged out. */
export const LINKEDIN_SESSION = /^AQ[A-Za-z0-9_-]{8,}$/;

function signedIn(c: Context): boolean {
  return LINKEDIN_SESSION.test(cookie(c.req.header("cookie"), "li_at") ?? "");
}

const LOGIN = htmlPage(
  "LinkedIn Login, Sign in | LinkedIn",
  `<main class="authwall"><h1>Sign in</h1><form class="login__form" action="/li/checkpoint/lg/login-submit" method="post">
<label for="username">Email or Phone</label><input id="username" name="session_key">
<label for="password">Password</label><input id="password" type="password" name="session_password">
<button type="submit">Sign in</button></form></main>`,
);

function questions(id: string) {
  const qs = [
    {
      name: "q_ts_years",
      label: "How many years of work experience do you have with TypeScript?",
      kind: "numeric",
    },
    {
      name: "q_commute",
      label: "Are you comfortable commuting to this job's location?",
      kind: "radio",
    },
  ];
  if (id.includes("sponsor")) {
    qs.push({
      name: "q_sponsorship",
      label: "Will you now or in the future require sponsorship for employment Visa status?",
      kind: "radio",
    });
  }
  return qs;
}

function script(id: string, company: string): string {
  return `
(function () {
  var qs = ${JSON.stringify(questions(id))};
  var company = ${JSON.stringify(company)};
  var steps = [];
  function el(html) { var d = document.createElement('div'); d.innerHTML = html.trim(); return d.firstChild; }
  steps.push({ title: 'Contact info', node: el('<div class="jobs-easy-apply-form-section__grouping">' +
    '<div class="fb-dash-form-element"><label for="ea-email">Email address</label><input id="ea-email" name="email" type="text" required></div>' +
    '<div class="fb-dash-form-element"><label for="ea-country">Phone country code</label><select id="ea-country" name="phoneCountry" required><option value="">Select an option</option><option selected>India (+91)</option><option>United States (+1)</option></select></div>' +
    '<div class="fb-dash-form-element"><label for="ea-phone">Mobile phone number</label><input id="ea-phone" name="phone" type="text" required></div></div>') });
  steps.push({ title: 'Resume', node: el('<div class="jobs-document-upload-redesign-card__container">' +
    '<label for="jobs-document-upload-file-input-upload-resume" class="jobs-document-upload__upload-button">Upload resume</label>' +
    '<input id="jobs-document-upload-file-input-upload-resume" name="file" type="file" accept=".pdf,.doc,.docx" required>' +
    '<p class="t-12">DOC, DOCX, PDF (2 MB)</p></div>') });
  steps.push({ title: 'Additional Questions', node: el('<div class="jobs-easy-apply-form-section__grouping">' + qs.map(function (q) {
    if (q.kind === 'numeric') return '<div class="fb-dash-form-element"><label for="' + q.name + '">' + q.label + '</label><input id="' + q.name + '" name="' + q.name + '" type="text" required></div>';
    return '<fieldset class="fb-dash-form-element" data-test-form-builder-radio-button-form-component="true"><legend><span>' + q.label + '</span></legend>' +
      ['Yes', 'No'].map(function (o, i) { return '<div><input type="radio" id="' + q.name + i + '" name="' + q.name + '" value="' + o + '" required><label for="' + q.name + i + '">' + o + '</label></div>'; }).join('') + '</fieldset>';
  }).join('') + '</div>') });
  steps.push({ title: 'Review your application', node: el('<div class="jobs-easy-apply-content__review"><p>The employer will also receive a copy of your profile.</p></div>') });
  var modal, body, footer, err, current = 0, hold = document.createElement('form');
  function valid(node) {
    var ok = true;
    node.querySelectorAll('[required]').forEach(function (f) {
      if (f.type === 'radio') { if (!node.querySelector('input[name="' + f.name + '"]:checked')) ok = false; }
      else if (f.type === 'file') { if (!f.files.length) ok = false; }
      else if (!f.value.trim()) ok = false;
    });
    if (node.querySelector('[name="q_ts_years"]') && !/^\\d+(\\.\\d+)?$/.test(node.querySelector('[name="q_ts_years"]').value.trim())) ok = false;
    return ok;
  }
  function show(i) {
    current = i;
    body.innerHTML = '';
    var h = document.createElement('h3'); h.textContent = steps[i].title; body.appendChild(h);
    body.appendChild(steps[i].node);
    err.textContent = '';
    var last = i === steps.length - 1, review = i === steps.length - 2;
    footer.innerHTML = '';
    var b = document.createElement('button');
    b.className = 'artdeco-button artdeco-button--primary';
    b.setAttribute('aria-label', last ? 'Submit application' : review ? 'Review your application' : 'Continue to next step');
    b.textContent = last ? 'Submit application' : review ? 'Review' : 'Next';
    b.addEventListener('click', function () { last ? submit(b) : next(); });
    footer.appendChild(b);
    modal.querySelector('.artdeco-completeness-meter-linear__progress-element').setAttribute('value', String(Math.round(100 * i / (steps.length - 1))));
  }
  function next() {
    if (!valid(steps[current].node)) { err.textContent = 'Please enter a valid answer'; return; }
    show(current + 1);
  }
  function submit(b) {
    b.disabled = true;
    var data = new FormData();
    steps.forEach(function (s) { s.node.querySelectorAll('input, select').forEach(function (f) {
      if (f.type === 'file') { if (f.files[0]) data.append(f.name, f.files[0]); }
      else if (f.type === 'radio') { if (f.checked) data.append(f.name, f.value); }
      else data.append(f.name, f.value);
    }); });
    fetch(location.pathname + '/easy-apply', { method: 'POST', body: data, credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (res) {
      if (res.ok) {
        body.innerHTML = '<div class="jpac-modal-header"><h3>Your application was sent to ' + company + '!</h3></div>';
        footer.innerHTML = '<button aria-label="Dismiss">Done</button>';
      } else { err.textContent = res.errors.join('; '); b.disabled = false; }
    });
  }
  document.querySelector('.jobs-apply-button') && document.querySelector('.jobs-apply-button').addEventListener('click', function () {
    if (modal) return;
    modal = el('<div class="artdeco-modal jobs-easy-apply-modal" role="dialog" aria-labelledby="jobs-apply-header"><h2 id="jobs-apply-header">Apply to ' + company + '</h2>' +
      '<progress class="artdeco-completeness-meter-linear__progress-element" max="100" value="0"></progress><div class="jobs-easy-apply-content"></div><div role="alert" class="artdeco-inline-feedback"></div><footer></footer></div>');
    body = modal.querySelector('.jobs-easy-apply-content'); footer = modal.querySelector('footer'); err = modal.querySelector('[role=alert]');
    setTimeout(function () { document.body.appendChild(modal); show(0); }, 150);
  });
})();`;
}

export function linkedinEasyApplyRoutes(store: SubmissionStore) {
  const app = new Hono();
  app.get("/li/login", (c) => c.html(LOGIN));
  app.get("/li/feed", (c) =>
    signedIn(c)
      ? c.html(
          htmlPage(
            "Feed | LinkedIn",
            `<div class="feed-identity-module"><h1>Welcome back</h1></div><nav class="global-nav">Home</nav>`,
          ),
        )
      : c.redirect("/li/login?session_redirect=%2Fli%2Ffeed", 302),
  );
  app.get("/li/jobs/view/:id", (c) => {
    const id = c.req.param("id");
    if (!signedIn(c))
      return c.redirect(
        `/li/login?session_redirect=${encodeURIComponent(`/li/jobs/view/${id}`)}`,
        302,
      );
    const company = companyName(
      id.includes("-at-") ? id.split("-at-")[1]!.replace(/-\d+$/, "") : "acme-labs",
    );
    const closed = id.includes("closed");
    const button = closed
      ? `<div class="jobs-details-top-card__apply-error"><span class="artdeco-inline-feedback__message">No longer accepting applications</span></div>`
      : `<button class="jobs-apply-button artdeco-button artdeco-button--primary" aria-label="Easy Apply to ${esc(jobTitle(id))} at ${esc(company)}"><span class="artdeco-button__text">Easy Apply</span></button>`;
    return c.html(
      htmlPage(
        `${jobTitle(id)} | ${company} | LinkedIn`,
        `<nav class="global-nav">LinkedIn</nav><main class="jobs-details"><div class="jobs-unified-top-card"><h1 class="t-24">${esc(jobTitle(id))}</h1>
<div class="job-details-jobs-unified-top-card__company-name">${esc(company)}</div>
<div class="jobs-apply-button--top-card">${button}</div></div></main><script>${script(id, company)}</script>`,
      ),
    );
  });
  app.post("/li/jobs/view/:id/easy-apply", async (c) => {
    const id = c.req.param("id");
    if (!signedIn(c)) return c.json({ ok: false, errors: ["not signed in"] }, 401);
    const { fields, files } = await splitBody(await c.req.parseBody({ all: true }));
    const errors = missing(fields, ["email", "phone", ...questions(id).map((q) => q.name)]);
    if (!files.some((f) => f.field === "file")) errors.push("resume is required");
    store.record({
      form: "linkedin",
      job: id,
      accepted: errors.length === 0,
      errors,
      fields,
      files,
    });
    return c.json({ ok: errors.length === 0, errors });
  });
  return app;
}
