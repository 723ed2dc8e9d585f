/**
 * Reads and fills form fields inside the page. The in-page code is plain JavaScript in
 * strings (not serialised TypeScript functions) so bundler helpers never leak into the page.
 * Fields are found again by selector on every write, because some forms (Workable)
 * re-render their inputs while typing and old element handles go stale.
 */
import type { Page } from "puppeteer-core";

export interface FieldOption {
  text: string;
  value: string;
}

export interface PageField {
  kind: "text" | "textarea" | "select" | "radio" | "checkbox" | "file" | "contenteditable";
  selector: string;
  label: string;
  name: string;
  autocomplete: string;
  type: string;
  placeholder: string;
  required: boolean;
  inEeo: boolean;
  options: FieldOption[];
  value: string;
}

const COLLECT = `(function (scopeSel) {
  var scope = scopeSel ? document.querySelector(scopeSel) : document;
  if (!scope) return [];
  function text(el) { return el ? (el.innerText || el.textContent || '').replace(/\\s+/g, ' ').trim() : ''; }
  function visible(el) {
    if (el.type === 'file') return true;
    var r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
  }
  function sel(el) {
    if (el.id && document.querySelectorAll('#' + CSS.escape(el.id)).length === 1) return '#' + CSS.escape(el.id);
    if (el.name) {
      var s = el.tagName.toLowerCase() + '[name="' + el.name.replace(/"/g, '\\\\"') + '"]';
      if (el.type === 'radio' || document.querySelectorAll(s).length === 1) return s;
    }
    if (!el.getAttribute('data-talvix-field')) el.setAttribute('data-talvix-field', String(Math.random()).slice(2, 12));
    return '[data-talvix-field="' + el.getAttribute('data-talvix-field') + '"]';
  }
  function stripInputs(node) {
    var c = node.cloneNode(true);
    c.querySelectorAll('input, select, textarea, ul[data-qa], .application-field ul').forEach(function (x) { x.remove(); });
    return text(c);
  }
  function labelOf(el) {
    var t = '';
    if (el.id) { var l = document.querySelector('label[for="' + CSS.escape(el.id) + '"]'); if (l) t = text(l); }
    if (!t && el.getAttribute('aria-labelledby')) t = el.getAttribute('aria-labelledby').split(/\\s+/).map(function (i) { return text(document.getElementById(i)); }).join(' ');
    if (!t && el.getAttribute('aria-label')) t = el.getAttribute('aria-label');
    if (!t) { var p = el.closest('label'); if (p) t = stripInputs(p); }
    if (!t) { var box = el.closest('li.application-question, .field, .form-group, .fb-dash-form-element'); if (box) { var lab = box.querySelector('.application-label, label, legend'); if (lab && !lab.contains(el)) t = text(lab); } }
    if (!t) { var prev = el.previousElementSibling; if (prev && !/^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(prev.tagName)) t = text(prev); }
    return t;
  }
  function groupLabel(first) {
    var fs = first.closest('fieldset'); if (fs) { var lg = fs.querySelector('legend'); if (lg) return text(lg); }
    var rg = first.closest('[role=radiogroup]');
    if (rg && rg.getAttribute('aria-labelledby')) return text(document.getElementById(rg.getAttribute('aria-labelledby')));
    var q = first.closest('li.custom-question, .application-question, .field, .form-group');
    if (q) { var lab = q.querySelector('.application-label, legend, label'); if (lab && !lab.contains(first)) return text(lab); }
    return '';
  }
  function eeo(el) { return !!el.closest('#eeoc_fields, [id*=eeo], [class*=eeo], [data-eeo]'); }
  var out = [], seenRadio = {};
  var els = scope.querySelectorAll('input, select, textarea, [contenteditable=true]');
  for (var i = 0; i < els.length; i++) {
    var el = els[i];
    var type = (el.getAttribute('type') || (el.isContentEditable && !/^(INPUT|TEXTAREA)$/.test(el.tagName) ? 'contenteditable' : el.tagName.toLowerCase())).toLowerCase();
    if (/^(hidden|submit|button|reset|image)$/.test(type) || el.disabled || !visible(el)) continue;
    if (type === 'radio') {
      if (seenRadio[el.name]) continue;
      seenRadio[el.name] = 1;
      var group = Array.prototype.filter.call(scope.querySelectorAll('input[type=radio]'), function (r) { return r.name === el.name; });
      var gl = groupLabel(el);
      out.push({ kind: 'radio', selector: 'input[type=radio][name="' + el.name.replace(/"/g, '\\\\"') + '"]', label: gl, name: el.name, autocomplete: '', type: 'radio', placeholder: '',
        required: group.some(function (r) { return r.required || r.getAttribute('aria-required') === 'true'; }) || /[*✱]/.test(gl),
        inEeo: eeo(el), options: group.map(function (r) { var l = r.id && document.querySelector('label[for="' + CSS.escape(r.id) + '"]'); return { text: l ? text(l) : stripInputs(r.closest('label') || r.parentElement), value: r.value }; }),
        value: (group.filter(function (r) { return r.checked; })[0] || {}).value || '' });
      continue;
    }
    var label = labelOf(el);
    var kind = type === 'contenteditable' ? 'contenteditable' : el.tagName === 'SELECT' ? 'select' : el.tagName === 'TEXTAREA' ? 'textarea' : type === 'file' ? 'file' : type === 'checkbox' ? 'checkbox' : 'text';
    out.push({ kind: kind, selector: sel(el), label: label, name: el.getAttribute('name') || '', autocomplete: el.getAttribute('autocomplete') || '', type: type,
      placeholder: el.getAttribute('placeholder') || el.getAttribute('data-placeholder') || '',
      required: !!el.required || el.getAttribute('aria-required') === 'true' || /[*✱]/.test(label),
      inEeo: eeo(el),
      options: kind === 'select' ? Array.prototype.filter.call(el.options, function (o) { return o.value !== ''; }).map(function (o) { return { text: text(o), value: o.value }; }) : [],
      value: kind === 'file' ? (el.files && el.files.length ? el.files[0].name : '') : kind === 'contenteditable' ? text(el) : kind === 'checkbox' ? String(el.checked) : (el.value || '') });
  }
  return out;
})`;

const SET = `(function (a) {
  var el = document.querySelector(a.selector);
  if (!el) return 'missing';
  if (a.kind === 'radio') {
    var r = Array.prototype.filter.call(document.querySelectorAll(a.selector), function (x) { return x.value === a.value; })[0];
    if (!r) return 'missing';
    if (!r.checked) r.click();
    return r.checked ? 'ok' : 'unchanged';
  }
  if (a.kind === 'checkbox') { if (el.checked !== (a.value === 'true')) el.click(); return 'ok'; }
  el.focus && el.focus();
  if (a.kind === 'contenteditable') {
    el.textContent = a.value;
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    return 'ok';
  }
  var proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : el.tagName === 'SELECT' ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, a.value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.blur && el.blur();
  return 'ok';
})`;

const READ = `(function (a) {
  var el = document.querySelector(a.selector);
  if (!el) return null;
  if (a.kind === 'radio') { var c = Array.prototype.filter.call(document.querySelectorAll(a.selector), function (x) { return x.checked; })[0]; return c ? c.value : ''; }
  if (a.kind === 'contenteditable') return (el.textContent || '').trim();
  if (a.kind === 'checkbox') return String(el.checked);
  if (a.kind === 'file') return el.files && el.files.length ? el.files[0].name : '';
  return el.value;
})`;

export async function collectFields(page: Page, scope?: string): Promise<PageField[]> {
  return (await page.evaluate(`${COLLECT}(${JSON.stringify(scope ?? null)})`)) as PageField[];
}

async function readField(
  page: Page,
  field: Pick<PageField, "selector" | "kind">,
): Promise<string | null> {
  return (await page.evaluate(
    `${READ}(${JSON.stringify({ selector: field.selector, kind: field.kind })})`,
  )) as string | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Writes `value` (for select/radio: the option's value attribute) and checks that it stuck
 * after the page settled, re-finding the field each time. Files are uploaded instead.
 */
export async function writeField(
  page: Page,
  field: PageField,
  value: string,
  filePath?: string,
): Promise<boolean> {
  if (field.kind === "file") {
    const handle = (await page.$(field.selector)) as
      import("puppeteer-core").ElementHandle<HTMLInputElement> | null;
    if (!handle || !filePath) return false;
    await handle.uploadFile(filePath);
    await handle.dispose();
    return true;
  }
  for (let attempt = 0; attempt < 4; attempt++) {
    const r = (await page.evaluate(
      `${SET}(${JSON.stringify({ selector: field.selector, kind: field.kind, value })})`,
    )) as string;
    if (r === "missing") {
      await sleep(100);
      continue;
    }
    await sleep(attempt === 0 ? 60 : 150);
    const now = await readField(page, field);
    if (now !== null && now.trim() === value.trim()) return true;
  }
  return false;
}
