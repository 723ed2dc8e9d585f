import { createServer, type Server } from "node:http";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_COMPANIES } from "../../../sandbox/companies.ts";
import { startSandbox, type RunningSandbox } from "../../../sandbox/serve.ts";
import { greenhouse } from "../../../worker-exec/src/scrape/sources/greenhouse.ts";
import { collect, testContext } from "./helpers.ts";

/** A real forward proxy on loopback that tunnels CONNECT and remembers where to. */
function startConnectProxy() {
  const tunnels: string[] = [];
  const sockets: Socket[] = [];
  const server: Server = createServer((_req, res) => res.writeHead(405).end());
  server.on("connect", (req, client: Socket, head) => {
    tunnels.push(req.url ?? "");
    const [host, port] = (req.url ?? "").split(":");
    const upstream = connect(Number(port), host!, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.push(client, upstream);
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  return new Promise<{ url: string; tunnels: string[]; close(): void }>((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        tunnels,
        close: () => {
          for (const s of sockets) s.destroy();
          server.close();
        },
      });
    }),
  );
}

let sandbox: RunningSandbox;
let proxy: Awaited<ReturnType<typeof startConnectProxy>>;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, host: "127.0.0.1" });
  proxy = await startConnectProxy();
});
afterAll(async () => {
  proxy.close();
  await sandbox.close();
});

describe("SCRAPE_PROXY_URL for API sources", () => {
  it("sends every request of an API source through the proxy", async () => {
    const ctx = testContext(sandbox.url, { http: { proxyUrl: proxy.url } });
    const jobs = await collect(greenhouse.fetchJobs({ company: "paywiz" }, ctx));
    const expected = SANDBOX_COMPANIES.greenhouse.find((c) => c.slug === "paywiz")!.jobs;
    expect(jobs).toHaveLength(expected);
    const sandboxHost = new URL(sandbox.url).host;
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set([sandboxHost]));
  });

  it("goes direct when no proxy is configured", async () => {
    const before = proxy.tunnels.length;
    const ctx = testContext(sandbox.url);
    await collect(greenhouse.fetchJobs({ company: "paywiz" }, ctx));
    expect(proxy.tunnels.length).toBe(before);
  });
});
