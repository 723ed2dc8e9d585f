import type { Browser } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { BrowserPool, withBrowserPool } from "../../../worker-exec/src/scrape/browser-pool.ts";

/** Just enough of puppeteer's Browser/Context/Page to exercise the pool's bookkeeping. */
function fakeBrowsers() {
  const launched: {
    closed: boolean;
    contexts: { closed: boolean; options: unknown; pages: number }[];
  }[] = [];
  const launch = async () => {
    const b = { closed: false, contexts: [] as (typeof launched)[number]["contexts"] };
    launched.push(b);
    return {
      createBrowserContext: async (options: unknown) => {
        const ctx = { closed: false, options, pages: 0 };
        b.contexts.push(ctx);
        return {
          newPage: async () => {
            ctx.pages++;
            let closed = false;
            return {
              setDefaultNavigationTimeout: () => {},
              setDefaultTimeout: () => {},
              setUserAgent: async () => {},
              authenticate: async () => {},
              isClosed: () => closed,
              close: async () => {
                closed = true;
              },
              screenshot: async () => new Uint8Array([137, 80, 78, 71]),
              content: async () => "<html>broken</html>",
            };
          },
          close: async () => {
            ctx.closed = true;
          },
        };
      },
      close: async () => {
        b.closed = true;
      },
    } as unknown as Browser;
  };
  return { launch, launched };
}

describe("BrowserPool", () => {
  it("uses at most two browsers and one fresh context per source", async () => {
    const { launch, launched } = fakeBrowsers();
    const pool = new BrowserPool({ launch, maxBrowsers: 5 });
    const sessions = await Promise.all(
      ["naukri", "internshala", "linkedin", "naukri"].map((s) => pool.session(s)),
    );
    expect(launched).toHaveLength(2);
    expect(launched.flatMap((b) => b.contexts)).toHaveLength(4);
    for (const s of sessions) await s.close();
    expect(launched.flatMap((b) => b.contexts).every((c) => c.closed)).toBe(true);
    await pool.close();
    expect(launched.every((b) => b.closed)).toBe(true);
  });

  it("recycles pages and replaces a failed one after saving artifacts", async () => {
    const { launch, launched } = fakeBrowsers();
    const saved: [string, number][] = [];
    await withBrowserPool(
      {
        launch,
        saveArtifact: async (p, bytes) => void saved.push([p, bytes.length]),
        now: () => 0,
      },
      async (pool) => {
        const s = await pool.session("naukri");
        await s.withPage(async () => 1);
        await s.withPage(async () => 2);
        expect(launched[0]!.contexts[0]!.pages).toBe(1);
        await expect(
          s.withPage(async () => Promise.reject(new Error("captcha")), "search-2"),
        ).rejects.toThrow("captcha");
        await s.withPage(async () => 3);
        expect(launched[0]!.contexts[0]!.pages).toBe(2);
        await s.close();
      },
    );
    expect(saved.map(([p]) => p)).toEqual([
      "screenshots/naukri/1970-01-01T00-00-00-000Z-search-2.png",
      "screenshots/naukri/1970-01-01T00-00-00-000Z-search-2.html",
    ]);
    expect(launched.every((b) => b.closed)).toBe(true);
  });

  it("closes every browser even when the work throws", async () => {
    const { launch, launched } = fakeBrowsers();
    await expect(
      withBrowserPool({ launch }, async (pool) => {
        await pool.session("internshala");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(launched).toHaveLength(1);
    expect(launched[0]!.closed).toBe(true);
  });

  it("routes contexts through the scrape proxy", async () => {
    const { launch, launched } = fakeBrowsers();
    await withBrowserPool({ launch, proxyUrl: "http://u:p@proxy.test:8080" }, async (pool) => {
      await (await pool.session("naukri")).close();
    });
    expect(launched[0]!.contexts[0]!.options).toEqual({ proxyServer: "http://proxy.test:8080" });
  });
});
