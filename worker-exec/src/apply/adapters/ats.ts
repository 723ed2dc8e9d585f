/** The hosted ATS forms: Greenhouse, Lever, Ashby, Workable. One page each, no session. */
import type { Page } from "puppeteer-core";
import type { Adapter } from "../adapter.ts";
import { applySinglePage } from "../form-flow.ts";
import { selectorPresent } from "../page-state.ts";

const has = async (page: Page, selector: string) =>
  Boolean(await page.evaluate(`!!${selectorPresent(selector)}`).catch(() => false));

export const greenhouse: Adapter = {
  name: "greenhouse",
  platform: "greenhouse",
  matchesUrl: (u) => /(^|\.)greenhouse\.io$/.test(u.hostname),
  matchesPage: (p) => has(p, "#application_form, #app_body #application"),
  apply: (ctx) =>
    applySinglePage(ctx, {
      ready: "#application_form",
      submit: "#submit_app",
      confirmed: selectorPresent("#application_confirmation"),
    }),
};

export const lever: Adapter = {
  name: "lever",
  platform: "lever",
  matchesUrl: (u) => u.hostname === "jobs.lever.co",
  matchesPage: (p) =>
    has(p, ".application-page #application-form, form.application-form #btn-submit"),
  apply: (ctx) =>
    applySinglePage(ctx, {
      ready: "#application-form",
      submit: "#btn-submit",
      confirmed: selectorPresent(".application-confirmation"),
    }),
};

export const ashby: Adapter = {
  name: "ashby",
  platform: "ashby",
  matchesUrl: (u) => u.hostname === "jobs.ashbyhq.com",
  matchesPage: (p) => has(p, ".ashby-job-posting, meta[name=generator][content*=ashby]"),
  apply: (ctx) =>
    applySinglePage(ctx, {
      ready: ".ashby-application-form-container",
      submit: ".ashby-application-form-submit-button",
      confirmed: selectorPresent(".ashby-application-form-success-container"),
    }),
};

export const workable: Adapter = {
  name: "workable",
  platform: "workable",
  matchesUrl: (u) => u.hostname === "apply.workable.com",
  matchesPage: (p) => has(p, '[data-ui="application-form"]'),
  apply: (ctx) =>
    applySinglePage(ctx, {
      ready: '[data-ui="application-form"]',
      submit: 'button[data-ui="submit"]',
      confirmed: selectorPresent('[data-ui="application-success"]'),
    }),
};
