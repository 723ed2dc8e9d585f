/**
 * Any other form: the form with the most fillable fields is the application; its submit is
 * the button that says apply/submit/send. Fields are mapped by label, name, autocomplete and
 * ARIA like everywhere else.
 */
import type { Adapter } from "../adapter.ts";
import { applySinglePage } from "../form-flow.ts";

const MARK = `(function () {
  var best = null, most = 0;
  document.querySelectorAll('form').forEach(function (f) {
    var n = f.querySelectorAll('input:not([type=hidden]):not([type=submit]), select, textarea').length;
    if (n > most) { most = n; best = f; }
  });
  if (!best) return false;
  best.setAttribute('data-talvix-form', '1');
  var buttons = best.querySelectorAll('button, input[type=submit]');
  var pick = null;
  buttons.forEach(function (b) {
    var t = (b.innerText || b.value || '').trim();
    if (!pick && /apply|submit|send/i.test(t)) pick = b;
  });
  if (!pick) pick = best.querySelector('button[type=submit], input[type=submit]');
  if (!pick) return false;
  pick.setAttribute('data-talvix-submit', '1');
  return true;
})()`;

export const generic: Adapter = {
  name: "generic",
  platform: "generic",
  matchesUrl: () => false,
  matchesPage: async () => true,
  async apply(ctx) {
    const until = Date.now() + ctx.fieldTimeoutMs;
    while (Date.now() < until && !(await ctx.page.evaluate(MARK).catch(() => false))) {
      await new Promise((r) => setTimeout(r, 200));
    }
    return applySinglePage(ctx, {
      ready: "form[data-talvix-form]",
      submit: "[data-talvix-submit]",
      confirmed: "false",
    });
  },
};
