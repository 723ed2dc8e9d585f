/**
 * The applying browser: one Chromium (relaunched if it dies), a fresh incognito context per
 * application with that user's cookies and fingerprint, closed afterwards so nothing leaks
 * between users. Cookies go straight from the vault into the context and nowhere else.
 */
import type { Browser, BrowserContext, Page } from "puppeteer-core";
import type { SessionCookie } from "../../../shared/vault/seal-session.ts";
import { launchApplyChromium } from "./launch.ts";
import type { Fingerprint } from "./fingerprint.ts";

export interface ApplyPage {
  page: Page;
  close(): Promise<void>;
}

export class ApplyBrowser {
  #browser: Promise<Browser> | null = null;
  readonly #launch: () => Promise<Browser>;

  constructor(launch: () => Promise<Browser> = launchApplyChromium) {
    this.#launch = launch;
  }

  async #get(): Promise<Browser> {
    if (this.#browser) {
      const b = await this.#browser.catch(() => null);
      if (b?.connected) return b;
    }
    this.#browser = this.#launch();
    return this.#browser;
  }

  async open(fp: Fingerprint, cookies: SessionCookie[] = []): Promise<ApplyPage> {
    const browser = await this.#get();
    const context: BrowserContext = await browser.createBrowserContext();
    try {
      if (cookies.length > 0) {
        await context.setCookie(
          ...cookies.map((c) => ({
            name: c.name,
            value: c.value,
            domain: c.domain,
            path: c.path ?? "/",
            ...(typeof c.expires === "number" && c.expires > 0 ? { expires: c.expires } : {}),
            httpOnly: c.httpOnly ?? false,
            secure: c.secure ?? false,
            ...(c.sameSite ? { sameSite: c.sameSite } : {}),
          })),
        );
      }
      const page = await context.newPage();
      await page.setUserAgent({ userAgent: fp.userAgent });
      await page.setViewport(fp.viewport);
      await page.emulateTimezone(fp.timezone);
      await page.setExtraHTTPHeaders({ "Accept-Language": "en-IN,en;q=0.9" });
      return {
        page,
        close: async () => {
          await context.close().catch(() => undefined);
        },
      };
    } catch (err) {
      await context.close().catch(() => undefined);
      throw err;
    }
  }

  /** The Chromium process id, for memory accounting. */
  async pid(): Promise<number | undefined> {
    const b = this.#browser ? await this.#browser.catch(() => null) : null;
    return b?.process()?.pid;
  }

  async close(): Promise<void> {
    const b = this.#browser ? await this.#browser.catch(() => null) : null;
    this.#browser = null;
    await b?.close().catch(() => undefined);
  }
}
