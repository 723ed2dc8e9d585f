/**
 * Runs the sandbox app on node:http. @hono/node-server is not a dependency, so this is the
 * minimal adapter: IncomingMessage → web Request → app.fetch → ServerResponse.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createSandboxApp } from "./app.ts";
import type { SandboxStats } from "./behaviours/request-stats.ts";
import type { SandboxOptions } from "./options.ts";

export interface RunningSandbox {
  url: string;
  close(): Promise<void>;
  stats(): SandboxStats;
  resetStats(): void;
}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? "GET";
  let body: Uint8Array | undefined;
  if (method !== "GET" && method !== "HEAD") {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = new Uint8Array(Buffer.concat(chunks));
  }
  return new Request(new URL(req.url ?? "/", origin), {
    method,
    headers,
    body: body as BodyInit | undefined,
  });
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  // LinkedIn's 999 cannot live in a web Response; portals pass it in a header.
  const status = Number(response.headers.get("x-sandbox-status") ?? response.status);
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name === "x-sandbox-status") return;
    if (name === "set-cookie") return;
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  res.writeHead(status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const { app, stats } = createSandboxApp(options);
  const host = options.host ?? "127.0.0.1";
  let origin = "";
  const server = createServer((req, res) => {
    toRequest(req, origin)
      .then((request) => app.fetch(request))
      .then((response) => writeResponse(res, response))
      .catch((err: unknown) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(`sandbox error: ${err instanceof Error ? err.message : String(err)}`);
      });
  });
  // Browsers keep connections alive; close() must not wait on them.
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    url: origin,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
