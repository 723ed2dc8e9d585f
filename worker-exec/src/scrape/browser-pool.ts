/**
 * At most two Chromium processes shared by all browser sources. Each source gets a fresh
 * incognito context (no cookies leak between boards), pages are recycled inside it, a
 * failing page leaves a screenshot + HTML behind, and close() always closes every browser.
 */
import type { Browser, BrowserContext, Page } from "puppeteer-core";
import { launchChromium } from "./browser/launch-chromium.ts";
import { DEFAULT_USER_AGENT } from "./http-client.ts";

export type SaveArtifact = (path: string, bytes: Uint8Array) => Promise<void>;

export interface BrowserPoolOptions {
  /** Capped at 2: Chromium is the memory hog of the worker. */
  maxBrowsers?: number;
  launch?: () => Promise<Browser>;
  saveArtifact?: SaveArtifact;
  /** SCRAPE_PROXY_URL, e.g. http://user:pass@proxy:8080. */
  proxyUrl?: string;
  navigationTimeoutMs?: number;
  userAgent?: string;
  now?: () => number;
}

export interface BrowserSession {
  readonly source: string;
  /** Runs fn on a recycled page; on failure saves artifacts, discards the page, rethrows. */
  withPage<T>(fn: (page: Page) => Promise<T>, label?: string): Promise<T>;
  close(): Promise<void>;
}

export interface BrowserProvider {
  session(source: string): Promise<BrowserSession>;
}

interface Slot {
  browser: Browser;
  sessions: number;
}

export class BrowserPool implements BrowserProvider {
  readonly #opts: BrowserPoolOptions;
  readonly #max: number;
  readonly #slots: Slot[] = [];
  #picking: Promise<unknown> = Promise.resolve();
  #closed = false;

  constructor(options: BrowserPoolOptions = {}) {
    this.#opts = options;
    this.#max = Math.max(1, Math.min(2, options.maxBrowsers ?? 2));
  }

  get browserCount(): number {
    return this.#slots.length;
  }

  /** Picks (and reserves) a browser; serialised so concurrent callers never over-launch. */
  #slot(): Promise<Slot> {
    const next = this.#picking.then(() => this.#pick());
    this.#picking = next.catch(() => undefined);
    return next;
  }

  async #pick(): Promise<Slot> {
    let slot = this.#slots.find((s) => s.sessions === 0);
    if (!slot && this.#slots.length < this.#max) {
      slot = { browser: await (this.#opts.launch ?? launchChromium)(), sessions: 0 };
      this.#slots.push(slot);
    }
    slot ??= this.#slots.reduce((a, b) => (b.sessions < a.sessions ? b : a));
    slot.sessions++;
    return slot;
  }

  async session(source: string): Promise<BrowserSession> {
    if (this.#closed) throw new Error("browser pool is closed");
    const slot = await this.#slot();
    const proxy = this.#opts.proxyUrl ? new URL(this.#opts.proxyUrl) : null;
    let context: BrowserContext;
    try {
      context = await slot.browser.createBrowserContext(
        proxy ? { proxyServer: `${proxy.protocol}//${proxy.host}` } : {},
      );
    } catch (err) {
      slot.sessions--;
      throw err;
    }
    return new Session(source, context, this.#opts, proxy, () => {
      slot.sessions--;
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    const slots = this.#slots.splice(0);
    await Promise.all(slots.map((s) => s.browser.close().catch(() => undefined)));
  }
}

class Session implements BrowserSession {
  readonly #idle: Page[] = [];
  #closed = false;

  constructor(
    readonly source: string,
    private readonly context: BrowserContext,
    private readonly opts: BrowserPoolOptions,
    private readonly proxy: URL | null,
    private readonly release: () => void,
  ) {}

  async #page(): Promise<Page> {
    const recycled = this.#idle.pop();
    if (recycled && !recycled.isClosed()) return recycled;
    const page = await this.context.newPage();
    page.setDefaultNavigationTimeout(this.opts.navigationTimeoutMs ?? 30_000);
    page.setDefaultTimeout(this.opts.navigationTimeoutMs ?? 30_000);
    await page.setUserAgent({ userAgent: this.opts.userAgent ?? DEFAULT_USER_AGENT });
    if (this.proxy?.username) {
      await page.authenticate({
        username: decodeURIComponent(this.proxy.username),
        password: decodeURIComponent(this.proxy.password),
      });
    }
    return page;
  }

  async withPage<T>(fn: (page: Page) => Promise<T>, label = "page"): Promise<T> {
    if (this.#closed) throw new Error(`${this.source} browser session is closed`);
    const page = await this.#page();
    try {
      const result = await fn(page);
      this.#idle.push(page);
      return result;
    } catch (err) {
      await this.#saveArtifacts(page, label);
      await page.close().catch(() => undefined);
      throw err;
    }
  }

  async #saveArtifacts(page: Page, label: string): Promise<void> {
    const save = this.opts.saveArtifact;
    if (!save || page.isClosed()) return;
    const stamp = new Date((this.opts.now ?? Date.now)()).toISOString().replace(/[:.]/g, "-");
    const base = `screenshots/${this.source}/${stamp}-${label.replace(/[^a-z0-9-]+/gi, "_")}`;
    // Best effort: a crashed page may refuse both; the original error matters more.
    try {
      const png = await page.screenshot({ type: "png", fullPage: true });
      await save(`${base}.png`, png);
    } catch {
      /* ignore */
    }
    try {
      await save(`${base}.html`, new TextEncoder().encode(await page.content()));
    } catch {
      /* ignore */
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#idle.length = 0;
    try {
      await this.context.close();
    } catch {
      /* the browser may already be gone */
    } finally {
      this.release();
    }
  }
}

/** Runs fn with a pool and guarantees every browser is closed afterwards. */
export async function withBrowserPool<T>(
  options: BrowserPoolOptions,
  fn: (pool: BrowserPool) => Promise<T>,
): Promise<T> {
  const pool = new BrowserPool(options);
  try {
    return await fn(pool);
  } finally {
    await pool.close();
  }
}
