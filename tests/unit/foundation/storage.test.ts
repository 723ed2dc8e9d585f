import * as fs from "node:fs/promises";
import { mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import exchanges from "../../fixtures/supabase-storage/exchanges.json" with { type: "json" };
import { createLocalStorage } from "../../../shared/storage/local-storage.ts";
import { assertStoragePath } from "../../../shared/storage/storage.ts";
import { createSupabaseStorage } from "../../../shared/storage/supabase-storage.ts";
import { buildStorage } from "../../../shared/storage/storage-config.ts";

describe("storage paths", () => {
  it("accepts the architecture's folders and rejects anything else", () => {
    expect(() => assertStoragePath("jds/abc.html")).not.toThrow();
    expect(() => assertStoragePath("parsed-resumes/u/r.json.gz")).not.toThrow();
    for (const bad of ["secrets/x", "jds", "jds/../etc/passwd", "/jds/a", "jds//a", "jds/a\\b"]) {
      expect(() => assertStoragePath(bad), bad).toThrow(/invalid storage path/);
    }
  });
});

describe("local filesystem storage", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "talvix-storage-test-"));
  });

  it("puts, gets, deletes and returns null for missing objects", async () => {
    const storage = createLocalStorage({ root, fs: fs as never });
    await storage.put("jds/2026/job-1.html", "<p>Hello</p>");
    expect(new TextDecoder().decode((await storage.get("jds/2026/job-1.html"))!)).toBe(
      "<p>Hello</p>",
    );
    expect((await stat(join(root, "jds/2026/job-1.html"))).mode & 0o777).toBe(0o600);
    await storage.delete("jds/2026/job-1.html");
    expect(await storage.get("jds/2026/job-1.html")).toBeNull();
    await expect(storage.delete("jds/never.html")).resolves.toBeUndefined();
  });

  it("signs read URLs with an expiry", async () => {
    const storage = createLocalStorage({
      root,
      fs: fs as never,
      signedUrlBase: "http://127.0.0.1:54321/functions/v1/api/files",
      sign: async (payload) => `sig(${payload})`,
      now: () => new Date("2026-11-23T00:00:00Z"),
    });
    const url = await storage.signedReadUrl("screenshots/a/b.png", 60);
    const expires = Math.floor(Date.parse("2026-11-23T00:00:00Z") / 1000) + 60;
    expect(url).toBe(
      `http://127.0.0.1:54321/functions/v1/api/files/screenshots/a/b.png?expires=${expires}&token=${encodeURIComponent(`sig(screenshots/a/b.png:${expires})`)}`,
    );
  });
});

interface Exchange {
  request: { method: string; path: string; body?: unknown };
  response: { status: number; body?: unknown; bodyText?: string; headers?: Record<string, string> };
}

/** Replays recorded Storage API answers at the network edge and records what was asked. */
function recordedFetch(script: Exchange[]) {
  const seen: { method: string; path: string; headers: Headers; body: string }[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.method === "GET" ? "" : await request.text();
    seen.push({ method: request.method, path: url.pathname, headers: request.headers, body });
    const next = script.shift();
    if (!next) throw new Error(`unexpected request ${request.method} ${url.pathname}`);
    expect(request.method).toBe(next.request.method);
    expect(url.pathname).toBe(next.request.path);
    if (next.request.body) expect(JSON.parse(body)).toEqual(next.request.body);
    const res = next.response;
    return new Response(res.bodyText ?? JSON.stringify(res.body), {
      status: res.status,
      headers: res.headers ?? { "content-type": "application/json" },
    });
  };
  return { fetchImpl, seen };
}

function supabaseStorage(script: Exchange[]) {
  const { fetchImpl, seen } = recordedFetch(script);
  const storage = createSupabaseStorage({
    supabaseUrl: "https://abcdefghijklmnop.supabase.co",
    serviceRoleKey: "service-role-key-for-tests",
    bucket: "talvix",
    fetch: fetchImpl as typeof fetch,
  });
  return { storage, seen };
}

describe("Supabase Storage adapter (recorded exchanges)", () => {
  it("uploads with upsert and downloads the bytes", async () => {
    const { storage, seen } = supabaseStorage([exchanges.upload, exchanges.download]);
    await storage.put("parsed-resumes/u1/r1.json.gz", new Uint8Array([1, 2, 3]), {
      contentType: "application/gzip",
    });
    expect(seen[0]!.headers.get("x-upsert")).toBe("true");
    expect(seen[0]!.headers.get("authorization")).toBe("Bearer service-role-key-for-tests");
    const bytes = await storage.get("parsed-resumes/u1/r1.json.gz");
    expect(new TextDecoder().decode(bytes!)).toBe("stored-bytes");
  });

  it("maps a missing object to null", async () => {
    const { storage } = supabaseStorage([exchanges.download_missing]);
    expect(await storage.get("jds/missing.html")).toBeNull();
  });

  it("creates signed read URLs and deletes objects", async () => {
    const { storage } = supabaseStorage([exchanges.sign, exchanges.remove]);
    const url = await storage.signedReadUrl("screenshots/a1/after.png", 600);
    expect(url).toBe(
      "https://abcdefghijklmnop.supabase.co/storage/v1/object/sign/talvix/screenshots/a1/after.png?token=eyJhbGciOiJIUzI1NiJ9.e30.signature",
    );
    await storage.delete("jds/old.html");
  });

  it("surfaces a refused upload as an error naming the path", async () => {
    const { storage } = supabaseStorage([exchanges.upload_denied]);
    await expect(storage.put("tailored/u1/x.pdf", "x")).rejects.toThrow(/tailored\/u1\/x.pdf/);
  });
});

describe("buildStorage", () => {
  const local = { fs: fs as never, defaultRoot: "/tmp/talvix-default-root" };
  const base = { storageBucket: "talvix" } as const;

  it("never uses the local filesystem in production", () => {
    expect(() =>
      buildStorage({ ...base, appEnv: "production", storageBackend: "local" }, local),
    ).toThrow(/local development only/);
  });

  it("needs the Supabase URL and service key for Supabase Storage", () => {
    expect(() =>
      buildStorage({ ...base, appEnv: "production", storageBackend: "supabase" }, local),
    ).toThrow(/SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY/);
  });

  it("stores under STORAGE_DIR locally, else under the runtime's default root", async () => {
    const root = await mkdtemp(join(tmpdir(), "talvix-build-storage-"));
    const storage = buildStorage(
      { ...base, appEnv: "local", storageBackend: "local", storageDir: root },
      local,
    );
    await storage.put("jds/x.html", "x");
    expect((await stat(join(root, "jds/x.html"))).isFile()).toBe(true);
  });
});
