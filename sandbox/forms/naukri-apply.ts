/**
 * A Naukri-like job page behind the `nauk_at` session cookie. "Apply" submits at once for
 * jobs without a questionnaire (ids containing `noq`); otherwise a chatbot drawer asks the
 * recruiter's questions one at a time (a contenteditable reply box or radio chips, each
 * with "Save") and the last Save sends the application.
 */
import { Hono, type Context } from "hono";
import { cookie, esc, htmlPage, jobTitle } from "./page.ts";
import type { SubmissionStore } from "./submissions.ts";

export const NAUKRI_SESSION = /^nk_[A-Za-z0-9]{6,}$/;

function signedIn(c: Context): boolean {
  return NAUKRI_SESSION.test(cookie(c.req.header("cookie"), "nauk_at") ?? "");
}

function questions(id: string) {
  if (id.includes("noq")) return [];
  return [
    { key: "ctc", text: "What is your current CTC (in lakhs per annum)?", kind: "text" },
    {
      key: "notice",
      text: "What is your notice period?",
      kind: "chips",
      options: ["15 Days or less", "1 Month", "2 Months", "3 Months", "More than 3 Months"],
    },
    {
      key: "relocate",
      text: "Are you willing to relocate to Pune?",
      kind: "chips",
      options: ["Yes", "No"],
    },
  ];
}

function script(id: string): string {
  return `
(function () {
  var qs = ${JSON.stringify(questions(id))};
  var answers = {}, i = 0, drawer, list, input;
  function done(title) {
    document.querySelector('.styles_jhc__apply-button-container__5Bqnb').innerHTML = '<span class="apply-message">Applied</span>';
    var d = document.createElement('div'); d.className = 'apply-status-header green';
    d.innerHTML = '<span>You have successfully applied to ' + title + '</span>';
    if (drawer) drawer.remove();
    document.body.appendChild(d);
  }
  function send() {
    fetch(location.pathname + '/apply', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers: answers }), credentials: 'same-origin' })
      .then(function (r) { return r.json(); }).then(function (res) { if (res.ok) done(res.title); });
  }
  function ask() {
    var q = qs[i];
    var li = document.createElement('li'); li.className = 'botItem chatbot_ListItem';
    li.innerHTML = '<div class="botMsg msg"><span></span></div>'; li.querySelector('span').textContent = q.text;
    list.appendChild(li);
    input.innerHTML = '';
    if (q.kind === 'text') {
      input.innerHTML = '<div class="textArea" contenteditable="true" data-placeholder="Type message here..." id="userInput__' + i + 'InputBox"></div>';
    } else {
      input.innerHTML = '<div class="ssrc__radio-btn-container">' + q.options.map(function (o, k) {
        return '<div class="ssrc__radio-btn"><input type="radio" class="ssrc__radio" id="' + q.key + k + '" name="' + q.key + '" value="' + o + '"><label class="ssrc__label" for="' + q.key + k + '">' + o + '</label></div>';
      }).join('') + '</div>';
    }
  }
  function save() {
    var q = qs[i], v;
    if (q.kind === 'text') v = (input.querySelector('.textArea').textContent || '').trim();
    else { var c = input.querySelector('input:checked'); v = c ? c.value : ''; }
    if (!v) return;
    answers[q.key] = v;
    var li = document.createElement('li'); li.className = 'userItem chatbot_ListItem'; li.innerHTML = '<div class="userMsg msg"><span></span></div>';
    li.querySelector('span').textContent = v; list.appendChild(li);
    i++;
    if (i < qs.length) ask(); else send();
  }
  document.getElementById('apply-button').addEventListener('click', function () {
    this.disabled = true;
    if (!qs.length) { send(); return; }
    drawer = document.createElement('div'); drawer.className = 'chatbot_Drawer chatbot_right';
    drawer.innerHTML = '<div class="chatbot_DrawerContentWrapper"><div class="chatbot_Header">Kindly answer all the recruiter\\'s questions to successfully apply for the job.</div><ul class="chatbot_MessageContainer"></ul><div class="chatbot_InputContainer"></div><div class="sendMsgbtn_container"><div class="sendMsg" tabindex="0" role="button">Save</div></div></div>';
    document.body.appendChild(drawer);
    list = drawer.querySelector('ul'); input = drawer.querySelector('.chatbot_InputContainer');
    drawer.querySelector('.sendMsg').addEventListener('click', save);
    setTimeout(ask, 100);
  });
})();`;
}

export function naukriApplyRoutes(store: SubmissionStore) {
  const app = new Hono();
  app.get("/naukri/nlogin/login", (c) =>
    c.html(
      htmlPage(
        "Jobseeker's Login: Search the Best Jobs available in India & Abroad - Naukri.com",
        `<form id="loginForm"><input id="usernameField"><input id="passwordField" type="password"><button>Login</button></form>`,
      ),
    ),
  );
  app.get("/naukri/mnjuser/profile", (c) =>
    signedIn(c)
      ? c.html(
          htmlPage(
            "Profile | Mynaukri",
            `<div class="nI-gNb-drawer__icon">Profile</div><h1 class="fullname">My profile</h1>`,
          ),
        )
      : c.redirect("/naukri/nlogin/login", 302),
  );
  app.get("/naukri/:listing{job-listings-[a-z0-9-]+}", (c) => {
    const id = c.req.param("listing").replace(/^job-listings-/, "");
    if (!signedIn(c)) return c.redirect("/naukri/nlogin/login", 302);
    return c.html(
      htmlPage(
        `${jobTitle(id)} - Naukri.com`,
        `<div class="styles_jd-header__"><h1 class="styles_jd-header-title__rZwM1">${esc(jobTitle(id))}</h1>
<div class="styles_jhc__apply-button-container__5Bqnb"><button id="apply-button" class="styles_apply-button__uJI3A">Apply</button></div></div>
<script>${script(id)}</script>`,
      ),
    );
  });
  app.post("/naukri/:listing{job-listings-[a-z0-9-]+}/apply", async (c) => {
    const id = c.req.param("listing").replace(/^job-listings-/, "");
    if (!signedIn(c)) return c.json({ ok: false, errors: ["not signed in"] }, 401);
    const body = (await c.req.json()) as { answers?: Record<string, string> };
    const fields = body.answers ?? {};
    const errors = questions(id)
      .filter((q) => !(fields[q.key] ?? "").trim())
      .map((q) => `${q.key} is required`);
    store.record({
      form: "naukri",
      job: id,
      accepted: errors.length === 0,
      errors,
      fields,
      files: [],
    });
    return c.json({ ok: errors.length === 0, errors, title: jobTitle(id) });
  });
  return app;
}
