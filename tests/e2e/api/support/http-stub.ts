import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

export interface StubRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface HttpStub {
  url: string;
  requests: StubRequest[];
  close(): Promise<void>;
}

/** A tiny local HTTP server standing in for something off the machine. */
export async function startHttpStub(
  handle: (
    req: StubRequest,
  ) => Promise<{ status: number; body: unknown; headers?: Record<string, string> }>,
): Promise<HttpStub> {
  const requests: StubRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const stubReq = {
        method: req.method ?? "GET",
        path: req.url ?? "/",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(stubReq);
      try {
        const out = await handle(stubReq);
        res.writeHead(out.status, { "content-type": "application/json", ...out.headers });
        res.end(JSON.stringify(out.body));
      } catch (err) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: String(err) }));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
