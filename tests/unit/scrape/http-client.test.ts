import { describe, expect, it } from "vitest";
import { HttpClient, type HttpClientOptions } from "../../../worker-exec/src/scrape/http-client.ts";
import { backoffDelay, parseRetryAfter } from "../../../worker-exec/src/scrape/http/retry-after.ts";
import { TokenBucket } from "../../../worker-exec/src/scrape/http/token-bucket.ts";
import { SourceStopped } from "../../../worker-exec/src/scrape/source-stopped.ts";

type Reply = { status: number; body?: string; headers?: Record<string, string> } | Error;

/** A fetch that answers from a script and records each call. */
function scriptedFetch(replies: Reply[]) {
  const calls: string[] = [];
  const fetchImpl = (async (input: string | URL | Request) => {
    calls.push(String(input));
    const reply = replies.shift() ?? { status: 200, body: "{}" };
    if (reply instanceof Error) throw reply;
    return new Response(reply.body ?? "", {
      status: reply.status === 999 ? 599 : reply.status,
      headers: reply.headers,
    });
  }) as typeof fetch;
  return { fetchImpl, calls };
}

function client(replies: Reply[], extra: HttpClientOptions = {}) {
  let now = 1_000_000;
  const sleeps: number[] = [];
  const { fetchImpl, calls } = scriptedFetch(replies);
  const http = new HttpClient({
    fetch: fetchImpl,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    random: () => 0.5,
    ratePerSecond: 1000,
    burst: 1000,
    ...extra,
  });
  return { http, sleeps, calls };
}

const URL_ = "https://boards-api.greenhouse.io/v1/boards/x/jobs";

async function stopOf(p: Promise<unknown>): Promise<SourceStopped> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceStopped);
  return err as SourceStopped;
}

describe("HttpClient", () => {
  it("honours Retry-After seconds on 429, then succeeds", async () => {
    const { http, sleeps, calls } = client([
      { status: 429, headers: { "retry-after": "7" } },
      { status: 200, body: '{"ok":true}' },
    ]);
    expect(await http.json("greenhouse", URL_)).toEqual({ ok: true });
    expect(sleeps).toEqual([7000]);
    expect(calls).toHaveLength(2);
  });

  it("honours an HTTP-date Retry-After", async () => {
    const { http, sleeps } = client([
      { status: 429, headers: { "retry-after": new Date(1_000_000 + 3000).toUTCString() } },
      { status: 200 },
    ]);
    await http.request("lever", URL_);
    // HTTP dates have whole-second precision.
    expect(sleeps[0]).toBeGreaterThanOrEqual(2000);
    expect(sleeps[0]).toBeLessThanOrEqual(3000);
  });

  it("stops as rate_limited when Retry-After is beyond the cap", async () => {
    const { http, sleeps } = client([{ status: 429, headers: { "retry-after": "3600" } }], {
      maxRetryAfterMs: 60_000,
    });
    const stop = await stopOf(http.request("lever", URL_));
    expect(stop.reason).toBe("rate_limited");
    expect(stop.retryAfterMs).toBe(3_600_000);
    expect(sleeps).toEqual([]);
  });

  it("gives up as rate_limited after maxRetries 429s, backing off exponentially", async () => {
    const { http, sleeps } = client(Array<Reply>(5).fill({ status: 429 }), { maxRetries: 3 });
    const stop = await stopOf(http.request("lever", URL_));
    expect(stop.reason).toBe("rate_limited");
    // Jitter fixed at 0.5 → 3/4 of 500·2^n.
    expect(sleeps).toEqual([375, 750, 1500]);
  });

  it("caps the backoff", () => {
    expect(backoffDelay(20, 500, 30_000, () => 1)).toBe(30_000);
    expect(backoffDelay(0, 500, 30_000, () => 0)).toBe(250);
  });

  it("retries 5xx and reports http_<status> when it persists", async () => {
    const ok = client([{ status: 502 }, { status: 200, body: "fine" }]);
    expect(await ok.http.text("ashby", URL_)).toBe("fine");
    const bad = client(Array<Reply>(6).fill({ status: 503 }), { maxRetries: 2 });
    expect((await stopOf(bad.http.request("ashby", URL_))).reason).toBe("http_503");
    expect(bad.calls).toHaveLength(3);
  });

  it("treats 999 and 403 as blocked without retrying", async () => {
    const { fetchImpl, calls } = scriptedFetch([]);
    // 999 cannot be built as a web Response; fake the object fetch would return.
    const fake999 = (async (input: string | URL | Request) => {
      calls.push(String(input));
      return {
        status: 999,
        url: String(input),
        headers: new Headers(),
        text: async () => "denied",
      } as Response;
    }) as typeof fetch;
    void fetchImpl;
    const http = new HttpClient({ fetch: fake999, sleep: async () => {} });
    expect((await stopOf(http.request("linkedin", URL_))).reason).toBe("blocked");
    expect(calls).toHaveLength(1);
    const forbidden = client([{ status: 403 }]);
    expect((await stopOf(forbidden.http.request("naukri", URL_))).reason).toBe("blocked");
  });

  it("returns accepted non-2xx statuses to the caller; other 4xx stop", async () => {
    const { http } = client([{ status: 404 }, { status: 410 }]);
    expect((await http.request("smartrecruiters", URL_, { accept: [404] })).status).toBe(404);
    expect((await stopOf(http.request("smartrecruiters", URL_))).reason).toBe("http_410");
  });

  it("network errors retry then stop as unreachable", async () => {
    const boom = () =>
      new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9") });
    const { http, calls } = client([boom(), boom(), boom()], { maxNetworkRetries: 2 });
    const stop = await stopOf(http.request("greenhouse", URL_));
    expect(stop.reason).toBe("unreachable");
    expect(stop.message).toContain("ECONNREFUSED");
    expect(calls).toHaveLength(3);
  });

  it("an unparseable JSON body is malformed", async () => {
    const { http } = client([{ status: 200, body: "<html>maintenance</html>" }]);
    expect((await stopOf(http.json("lever", URL_))).reason).toBe("malformed");
  });

  it("spaces requests per source with the token bucket", async () => {
    const { http, sleeps } = client([], { ratePerSecond: 2, burst: 1 });
    for (let i = 0; i < 3; i++) await http.request("linkedin", URL_);
    expect(sleeps).toEqual([500, 500]);
    // Another source has its own bucket.
    await http.request("greenhouse", URL_);
    expect(sleeps).toHaveLength(2);
  });

  it("limits concurrency per source", async () => {
    let active = 0;
    let peak = 0;
    const slow = (async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 10));
      active--;
      return new Response("ok");
    }) as typeof fetch;
    const http = new HttpClient({ fetch: slow, concurrency: 2, ratePerSecond: 1000, burst: 1000 });
    await Promise.all(Array.from({ length: 6 }, () => http.request("lever", URL_)));
    expect(peak).toBe(2);
  });
});

describe("retry helpers", () => {
  it("parses Retry-After forms", () => {
    expect(parseRetryAfter("2", 0)).toBe(2000);
    expect(parseRetryAfter(null, 0)).toBeNull();
    expect(parseRetryAfter("soon", 0)).toBeNull();
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
  });

  it("token bucket allows a burst then refills at the rate", async () => {
    let now = 0;
    const sleeps: number[] = [];
    const bucket = new TokenBucket(
      4,
      2,
      () => now,
      async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
    );
    await bucket.take();
    await bucket.take();
    await bucket.take();
    expect(sleeps).toEqual([250]);
  });
});
