/**
 * An Ashby-like single-page app (`jobs.ashbyhq.com/<slug>/<id>/application`): the page is an
 * empty shell; a script fetches the form definition, renders it after a short delay and
 * submits with fetch, then swaps in a success panel without navigating.
 */
import { Hono } from "hono";
import { companyName, esc, htmlPage, jobTitle } from "./page.ts";
import { missing, splitBody, type SubmissionStore } from "./submissions.ts";

const FIELDS = [
  { id: "_systemfield_name", label: "Name", type: "String", required: true },
  { id: "_systemfield_email", label: "Email", type: "Email", required: true },
  { id: "_systemfield_resume", label: "Resume", type: "File", required: true },
  { id: "phone", label: "Phone Number", type: "Phone", required: true },
  { id: "location", label: "Current Location", type: "String", required: false },
  {
    id: "notice",
    label: "What is your notice period?",
    type: "ValueSelect",
    options: ["Immediately", "15 days", "30 days", "60 days", "90 days"],
    required: true,
  },
  { id: "react_years", label: "Years of experience with React", type: "Number", required: true },
  { id: "linkedin", label: "LinkedIn", type: "String", required: false },
];

const SCRIPT = `
(function () {
  var root = document.getElementById('root');
  var base = location.pathname.replace(/\\/application$/, '');
  function el(tag, attrs, text) { var e = document.createElement(tag); for (var k in attrs) e.setAttribute(k, attrs[k]); if (text) e.textContent = text; return e; }
  fetch(base + '/form.json').then(function (r) { return r.json(); }).then(function (def) {
    setTimeout(function () {
      var form = el('form', { class: 'ashby-application-form-container', novalidate: '' });
      def.fields.forEach(function (f) {
        var wrap = el('div', { class: 'ashby-application-form-field-entry' });
        var label = el('label', { class: 'ashby-application-form-question-title', for: f.id }, f.label + (f.required ? ' *' : ''));
        wrap.appendChild(label);
        var input;
        if (f.type === 'ValueSelect') {
          input = el('div', { role: 'radiogroup', id: f.id, 'aria-labelledby': f.id + '-label' });
          label.id = f.id + '-label';
          f.options.forEach(function (o, i) {
            var opt = el('label', { class: 'ashby-option' });
            var r = el('input', { type: 'radio', name: f.id, value: o, id: f.id + '-' + i });
            opt.appendChild(r); opt.appendChild(document.createTextNode(o)); input.appendChild(opt);
          });
        } else if (f.type === 'File') {
          input = el('input', { type: 'file', id: f.id, name: f.id });
        } else {
          input = el('input', { type: f.type === 'Email' ? 'email' : f.type === 'Number' ? 'number' : 'text', id: f.id, name: f.id });
        }
        if (f.required) input.setAttribute('aria-required', 'true');
        wrap.appendChild(input);
        form.appendChild(wrap);
      });
      var btn = el('button', { type: 'submit', class: 'ashby-application-form-submit-button' }, 'Submit Application');
      form.appendChild(btn);
      var err = el('div', { role: 'alert', class: 'ashby-application-form-errors' });
      form.appendChild(err);
      form.addEventListener('submit', function (ev) {
        ev.preventDefault();
        var data = new FormData(form);
        btn.disabled = true;
        fetch(base + '/submit', { method: 'POST', body: data }).then(function (r) { return r.json(); }).then(function (res) {
          if (res.ok) {
            root.innerHTML = '';
            var done = el('div', { class: 'ashby-application-form-success-container' });
            done.appendChild(el('h2', {}, 'Application submitted'));
            done.appendChild(el('p', {}, 'Thank you for applying to ' + def.company + '.'));
            root.appendChild(done);
          } else { btn.disabled = false; err.textContent = res.errors.join('; '); }
        });
      });
      root.appendChild(form);
    }, 250);
  });
})();`;

export function ashbyFormRoutes(store: SubmissionStore) {
  const app = new Hono();
  app.get("/ashby/:slug/:id/application", (c) => {
    const { slug, id } = c.req.param();
    return c.html(
      htmlPage(
        `${jobTitle(id)} @ ${companyName(slug)}`,
        `<div id="root" class="ashby-job-posting"></div><script>${SCRIPT}</script>`,
        `<meta name="generator" content="ashby-sandbox"><!-- ${esc(slug)} -->`,
      ),
    );
  });
  app.get("/ashby/:slug/:id/form.json", (c) =>
    c.json({ company: companyName(c.req.param("slug")), fields: FIELDS }),
  );
  app.post("/ashby/:slug/:id/submit", async (c) => {
    const id = c.req.param("id");
    const { fields, files } = await splitBody(await c.req.parseBody({ all: true }));
    const errors = missing(
      fields,
      FIELDS.filter((f) => f.required && f.type !== "File").map((f) => f.id),
    );
    if (!files.some((f) => f.field === "_systemfield_resume")) errors.push("Resume is required");
    store.record({ form: "ashby", job: id, accepted: errors.length === 0, errors, fields, files });
    return c.json({ ok: errors.length === 0, errors });
  });
  return app;
}
