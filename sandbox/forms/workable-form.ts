/**
 * A Workable-like form (`apply.workable.com/<slug>/j/<id>/apply`) that re-renders its fields
 * from state on every keystroke, the way a controlled React form does: element handles go
 * stale and focus is lost, so a filler must re-find fields and check what stuck.
 */
import { Hono } from "hono";
import { companyName, esc, htmlPage, jobTitle } from "./page.ts";
import { missing, splitBody, type SubmissionStore } from "./submissions.ts";

const TEXT = [
  { name: "firstname", label: "First name", required: true, auto: "given-name" },
  { name: "lastname", label: "Last name", required: true, auto: "family-name" },
  { name: "email", label: "Email", required: true, auto: "email" },
  { name: "phone", label: "Phone", required: true, auto: "tel" },
  { name: "address", label: "Address", required: false, auto: "street-address" },
  { name: "headline", label: "Headline", required: false, auto: "" },
];
const QUESTION = {
  name: "QA_sponsorship",
  label: "Do you require visa sponsorship to work in India?",
};

const SCRIPT = `
(function () {
  var text = ${JSON.stringify(TEXT)};
  var q = ${JSON.stringify(QUESTION)};
  var state = {};
  var host = document.getElementById('fields');
  var pending = null;
  function render() {
    pending = null;
    var html = text.map(function (f) {
      var v = (state[f.name] || '').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      return '<div class="styles--field" data-ui="' + f.name + '"><label for="' + f.name + '">' + f.label + (f.required ? '<span aria-hidden="true">*</span>' : '') + '</label>' +
        '<input id="' + f.name + '" name="' + f.name + '" ' + (f.auto ? 'autocomplete="' + f.auto + '" ' : '') + (f.required ? 'required ' : '') + 'value="' + v + '"></div>';
    }).join('');
    html += '<fieldset data-ui="' + q.name + '"><legend>' + q.label + '<span aria-hidden="true">*</span></legend>' +
      ['Yes', 'No'].map(function (o) {
        return '<label><input type="radio" name="' + q.name + '" value="' + o + '"' + (state[q.name] === o ? ' checked' : '') + ' required>' + o + '</label>';
      }).join('') + '</fieldset>';
    host.innerHTML = html;
  }
  host.addEventListener('input', function (ev) {
    state[ev.target.name] = ev.target.value;
    if (!pending) pending = setTimeout(render, 30);
  });
  host.addEventListener('change', function (ev) {
    state[ev.target.name] = ev.target.value;
    if (!pending) pending = setTimeout(render, 30);
  });
  render();
  document.getElementById('apply-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var data = new FormData();
    Object.keys(state).forEach(function (k) { data.append(k, state[k]); });
    var file = document.getElementById('resume').files[0];
    if (file) data.append('resume', file);
    fetch(location.pathname, { method: 'POST', body: data }).then(function (r) { return r.json(); }).then(function (res) {
      if (res.ok) {
        document.getElementById('main').innerHTML = '<div data-ui="application-success"><h2>Thanks for applying!</h2><p>Your application was submitted successfully.</p></div>';
      } else {
        document.getElementById('errors').textContent = res.errors.join('; ');
      }
    });
  });
})();`;

export function workableFormRoutes(store: SubmissionStore) {
  const app = new Hono();
  app.get("/workable/:slug/j/:id/apply", (c) => {
    const { slug, id } = c.req.param();
    return c.html(
      htmlPage(
        `${jobTitle(id)} - ${companyName(slug)}`,
        `<main id="main"><h1 data-ui="job-title">${esc(jobTitle(id))}</h1>
<form id="apply-form" data-ui="application-form" novalidate>
<section><h3>Personal information</h3><div id="fields"></div></section>
<section><label for="resume">Resume <span aria-hidden="true">*</span></label><input type="file" id="resume" data-ui="resume" name="resume"></section>
<div id="errors" role="alert"></div>
<button type="submit" data-ui="submit">Submit application</button>
</form></main><script>${SCRIPT}</script>`,
      ),
    );
  });
  app.post("/workable/:slug/j/:id/apply", async (c) => {
    const id = c.req.param("id");
    const { fields, files } = await splitBody(await c.req.parseBody({ all: true }));
    const errors = missing(fields, [
      ...TEXT.filter((t) => t.required).map((t) => t.name),
      QUESTION.name,
    ]);
    if (!files.some((f) => f.field === "resume")) errors.push("resume is required");
    store.record({
      form: "workable",
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
