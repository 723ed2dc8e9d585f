import type { z } from "@hono/zod-openapi";
import type * as s from "./schemas.ts";

/**
 * The typed client the SPA (and the tests) use. Types come from the same zod schemas that
 * validate requests on the server, so a renamed field breaks the build on both sides.
 */
export type User = z.infer<typeof s.User>;
export type Session = z.infer<typeof s.Session>;
export type VaultCaptureBody = z.input<typeof s.VaultCaptureBody>;
export type VaultCaptureResult = z.infer<typeof s.VaultCaptureResult>;
export type Connection = z.infer<typeof s.Connection>;
export type PersonaOption = z.infer<typeof s.PersonaOption>;
export type ResumeUploadResult = z.infer<typeof s.ResumeUploadResult>;
export type PersonaAccepted = z.infer<typeof s.PersonaAccepted>;
export type Dashboard = z.infer<typeof s.Dashboard>;
export type DashboardQuery = {
  limit?: number;
  matches_cursor?: string;
  applications_cursor?: string;
  notifications_cursor?: string;
};
export type RolesBody = z.input<typeof s.RolesBody>;
export type RolesResult = z.infer<typeof s.RolesResult>;
export type PreferencesBody = z.input<typeof s.PreferencesBody>;
export type Application = z.infer<typeof s.Application>;
export type ApplicationCreateBody = z.input<typeof s.ApplicationCreateBody>;
export type ApplicationPage = z.infer<typeof s.ApplicationPage>;
export type ApplicationListQuery = { status?: ApplicationStatus; cursor?: string; limit?: number };
export type ApplicationStatus = z.infer<typeof s.ApplicationStatus>;
export type Notification = z.infer<typeof s.Notification>;
export type CheckoutResult = z.infer<typeof s.CheckoutResult>;
export type Platform = z.infer<typeof s.Platform>;
export type ErrorBody = z.infer<typeof s.ErrorBody>;

/** Any non-2xx answer, in the gateway's single error shape. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly requestId: string | undefined;
  constructor(status: number, body: Partial<ErrorBody> | undefined) {
    super(body?.error?.message ?? `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.code = body?.error?.code ?? "http_error";
    this.details = body?.error?.details;
    this.requestId = body?.error?.request_id;
  }
}

export interface ApiClientOptions {
  /** e.g. `http://127.0.0.1:54321/functions/v1/api` */
  baseUrl: string;
  /** The current access token, if any. */
  accessToken?: () => string | null | undefined;
  fetch?: typeof fetch;
  /** Browsers: "include" so the refresh cookie travels with /auth calls. */
  credentials?: RequestCredentials;
  /** Extra headers on every call (e.g. X-Request-ID). */
  headers?: () => Record<string, string>;
}

type Query = Record<string, string | number | boolean | undefined>;

export function createApiClient(options: ApiClientOptions) {
  const base = options.baseUrl.replace(/\/$/, "");
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function call<T>(
    method: string,
    path: string,
    init: { body?: unknown; form?: FormData; query?: Query } = {},
  ): Promise<T> {
    const url = new URL(base + path);
    for (const [k, v] of Object.entries(init.query ?? {})) {
      if (v !== undefined) url.searchParams.set(k, String(v));
    }
    const headers: Record<string, string> = { accept: "application/json", ...options.headers?.() };
    const token = options.accessToken?.();
    if (token) headers.authorization = `Bearer ${token}`;
    let body: BodyInit | undefined;
    if (init.form) body = init.form;
    else if (init.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(init.body);
    }
    const res = await doFetch(url, {
      method,
      headers,
      body,
      ...(options.credentials ? { credentials: options.credentials } : {}),
    });
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!res.ok) throw new ApiError(res.status, parsed as ErrorBody | undefined);
    return parsed as T;
  }

  const enc = encodeURIComponent;
  return {
    auth: {
      google: (body: { id_token: string }) => call<Session>("POST", "/auth/google", { body }),
      refresh: () => call<Session>("POST", "/auth/refresh"),
      logout: () => call<void>("POST", "/auth/logout"),
    },
    vault: {
      capture: (body: VaultCaptureBody) =>
        call<VaultCaptureResult>("POST", "/vault/capture", { body }),
      list: () => call<{ connections: Connection[] }>("GET", "/vault"),
      remove: (platform: Platform) => call<void>("DELETE", `/vault/${enc(platform)}`),
    },
    resume: {
      upload: (file: Blob, fileName = "resume") => {
        const form = new FormData();
        form.set("file", file, fileName);
        return call<ResumeUploadResult>("POST", "/resume/upload", { form });
      },
    },
    persona: {
      choose: (body: { resume_id: string; choice: number }) =>
        call<PersonaAccepted>("POST", "/persona", { body }),
    },
    dashboard: {
      get: (query: DashboardQuery = {}) => call<Dashboard>("GET", "/dashboard", { query }),
    },
    user: {
      setRoles: (body: RolesBody) => call<RolesResult>("PATCH", "/user/roles", { body }),
      setPreferences: (body: PreferencesBody) =>
        call<{ user: User }>("PATCH", "/user/preferences", { body }),
    },
    applications: {
      create: (body: ApplicationCreateBody) => call<Application>("POST", "/applications", { body }),
      list: (query: ApplicationListQuery = {}) =>
        call<ApplicationPage>("GET", "/applications", { query }),
      update: (id: string, body: { status: ApplicationStatus }) =>
        call<Application>("PATCH", `/applications/${enc(id)}`, { body }),
      approve: (id: string) => call<Application>("POST", `/applications/${enc(id)}/approve`),
      reject: (id: string) => call<Application>("POST", `/applications/${enc(id)}/reject`),
    },
    notifications: {
      markRead: (id: string) =>
        call<Notification>("PATCH", `/notifications/${enc(id)}`, { body: { status: "read" } }),
    },
    billing: {
      checkout: (body: { plan: "student" | "professional" }) =>
        call<CheckoutResult>("POST", "/billing/checkout", { body }),
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
