/**
 * The HTTP client every API source goes through: per-source token bucket + concurrency
 * cap, timeouts, and retries with exponential backoff + jitter on 429/5xx/network errors
 * (Retry-After honoured up to a cap). When the board says stop, it throws SourceStopped.
 */
import { proxyFetch } from "./http/proxy-fetch.ts";
import { SourceStopped } from "./source-stopped.ts";
import { backoffDelay, parseRetryAfter } from "./http/retry-after.ts";
import { Semaphore } from "./http/semaphore.ts";
import { realSleep, type Sleep } from "./http/sleep.ts";
import { TokenBucket } from "./http/token-bucket.ts";

export interface SourceLimits {
  ratePerSecond?: number;
  burst?: number;
  concurrency?: number;
}

export interface HttpClientOptions extends SourceLimits {
  fetch?: typeof fetch;
  /** SCRAPE_PROXY_URL: every request goes through it (ignored when `fetch` is given). */
  proxyUrl?: string | undefined;
  sleep?: Sleep;
  now?: () => number;
  random?: () => number;
  /** Overrides per source name (e.g. LinkedIn slower than Greenhouse). */
  perSource?: Partial<Record<string, SourceLimits>>;
  maxRetries?: number;
  /** Retries for connection failures/timeouts (fewer: a dead host rarely comes back in seconds). */
  maxNetworkRetries?: number;
  backoffBaseMs?: number;
  backoffCapMs?: number;
  /** A Retry-After longer than this is treated as "stop for now", not waited out. */
  maxRetryAfterMs?: number;
  timeoutMs?: number;
  userAgent?: string;
  /** Called before each retry wait; progress/logging hook. */
  onRetry?: (info: {
    source: string;
    url: string;
    attempt: number;
    waitMs: number;
    cause: string;
  }) => void;
}

export interface HttpRequest {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** Non-2xx statuses the caller handles itself (e.g. 404 = "no such board"). */
  accept?: readonly number[];
}

export interface HttpResponse {
  status: number;
  url: string;
  headers: Headers;
  text: string;
}

/** A failed attempt worth retrying, and what to throw if retries run out. */
interface Retry {
  retryable: string;
  waitMs: number;
  stop: SourceStopped;
  network?: boolean;
}

export const DEFAULT_USER_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36";

export class HttpClient {
  readonly sleep: Sleep;
  readonly now: () => number;
  readonly #opts: Required<Omit<HttpClientOptions, "perSource" | "onRetry" | "proxyUrl">> &
    Pick<HttpClientOptions, "perSource" | "onRetry">;
  readonly #buckets = new Map<string, TokenBucket>();
  readonly #gates = new Map<string, Semaphore>();

  constructor(options: HttpClientOptions = {}) {
    this.sleep = options.sleep ?? realSleep;
    this.now = options.now ?? Date.now;
    this.#opts = {
      fetch:
        options.fetch ??
        (options.proxyUrl ? proxyFetch(options.proxyUrl) : (input, init) => fetch(input, init)),
      sleep: this.sleep,
      now: this.now,
      random: options.random ?? Math.random,
      ratePerSecond: options.ratePerSecond ?? 2,
      burst: options.burst ?? 2,
      concurrency: options.concurrency ?? 2,
      perSource: options.perSource,
      maxRetries: options.maxRetries ?? 4,
      maxNetworkRetries: options.maxNetworkRetries ?? 2,
      backoffBaseMs: options.backoffBaseMs ?? 500,
      backoffCapMs: options.backoffCapMs ?? 30_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 120_000,
      timeoutMs: options.timeoutMs ?? 20_000,
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
      onRetry: options.onRetry,
    };
  }

  #limits(source: string): Required<SourceLimits> {
    const o = this.#opts.perSource?.[source] ?? {};
    return {
      ratePerSecond: o.ratePerSecond ?? this.#opts.ratePerSecond,
      burst: o.burst ?? this.#opts.burst,
      concurrency: o.concurrency ?? this.#opts.concurrency,
    };
  }

  #bucket(source: string): TokenBucket {
    let b = this.#buckets.get(source);
    if (!b) {
      const l = this.#limits(source);
      b = new TokenBucket(l.ratePerSecond, l.burst, this.now, this.sleep);
      this.#buckets.set(source, b);
    }
    return b;
  }

  #gate(source: string): Semaphore {
    let g = this.#gates.get(source);
    if (!g) {
      g = new Semaphore(this.#limits(source).concurrency);
      this.#gates.set(source, g);
    }
    return g;
  }

  async request(source: string, url: string, req: HttpRequest = {}): Promise<HttpResponse> {
    const o = this.#opts;
    for (let attempt = 0; ; attempt++) {
      req.signal?.throwIfAborted();
      let outcome: { response: HttpResponse } | Retry;
      try {
        const response = await this.#gate(source).run(async () => {
          await this.#bucket(source).take(req.signal);
          return this.#once(url, req);
        });
        outcome = this.#classify(source, url, response, req, attempt);
      } catch (err) {
        if (err instanceof SourceStopped || req.signal?.aborted) throw err;
        const cause =
          err instanceof Error
            ? err.cause instanceof Error
              ? err.cause.message
              : err.message
            : String(err);
        outcome = {
          retryable: `network: ${cause}`,
          waitMs: backoffDelay(attempt, o.backoffBaseMs, o.backoffCapMs, o.random),
          stop: new SourceStopped(
            source,
            "unreachable",
            `${source}: cannot reach ${new URL(url).host} (${cause})`,
          ),
          network: true,
        };
      }
      if ("response" in outcome) return outcome.response;
      const retries = outcome.network ? o.maxNetworkRetries : o.maxRetries;
      if (attempt >= retries) throw outcome.stop;
      o.onRetry?.({
        source,
        url,
        attempt: attempt + 1,
        waitMs: outcome.waitMs,
        cause: outcome.retryable,
      });
      await this.sleep(outcome.waitMs, req.signal);
    }
  }

  async #once(url: string, req: HttpRequest): Promise<HttpResponse> {
    const timeout = AbortSignal.timeout(this.#opts.timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
    const res = await this.#opts.fetch(url, {
      method: req.method ?? "GET",
      headers: {
        "user-agent": this.#opts.userAgent,
        "accept-language": "en-IN,en;q=0.9",
        ...req.headers,
      },
      body: req.body,
      signal,
      redirect: "follow",
    });
    return {
      status: res.status,
      url: res.url || url,
      headers: res.headers,
      text: await res.text(),
    };
  }

  #classify(
    source: string,
    url: string,
    res: HttpResponse,
    req: HttpRequest,
    attempt: number,
  ): { response: HttpResponse } | Retry {
    const o = this.#opts;
    const { status } = res;
    if ((status >= 200 && status < 300) || req.accept?.includes(status)) return { response: res };
    const where = `${source}: ${new URL(url).pathname}`;
    if (status === 429) {
      const retryAfter = parseRetryAfter(res.headers.get("retry-after"), this.now());
      if (retryAfter !== null && retryAfter > o.maxRetryAfterMs) {
        throw new SourceStopped(
          source,
          "rate_limited",
          `${where} rate limited for ${Math.round(retryAfter / 1000)}s`,
          retryAfter,
        );
      }
      return {
        retryable: "429",
        waitMs: retryAfter ?? backoffDelay(attempt, o.backoffBaseMs, o.backoffCapMs, o.random),
        stop: new SourceStopped(
          source,
          "rate_limited",
          `${where} still rate limited after ${attempt + 1} tries`,
          retryAfter,
        ),
      };
    }
    if (status === 999 || status === 401 || status === 403) {
      throw new SourceStopped(source, "blocked", `${where} blocked (HTTP ${status})`);
    }
    if (status >= 500) {
      return {
        retryable: String(status),
        waitMs: backoffDelay(attempt, o.backoffBaseMs, o.backoffCapMs, o.random),
        stop: new SourceStopped(
          source,
          `http_${status}`,
          `${where} failed with HTTP ${status} after ${attempt + 1} tries`,
        ),
      };
    }
    throw new SourceStopped(source, `http_${status}`, `${where} answered HTTP ${status}`);
  }

  async text(source: string, url: string, req?: HttpRequest): Promise<string> {
    return (await this.request(source, url, req)).text;
  }

  /** The body parsed as JSON; an unparseable body means the board changed: `malformed`. */
  async json(source: string, url: string, req?: HttpRequest): Promise<unknown> {
    const res = await this.request(source, url, req);
    try {
      return JSON.parse(res.text) as unknown;
    } catch {
      throw new SourceStopped(
        source,
        "malformed",
        `${source}: ${new URL(url).pathname} did not return JSON`,
      );
    }
  }
}
