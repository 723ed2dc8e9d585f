import type { OpenAPIHono } from "@hono/zod-openapi";
import type { ApiEnv } from "../api-deps.ts";

type Doc = ReturnType<OpenAPIHono<ApiEnv>["getOpenAPI31Document"]>;

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A readable, dependency-free API reference rendered from the OpenAPI document. */
export function renderDocsPage(doc: Doc): string {
  const sections: string[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item as Record<string, unknown>)) {
      const o = op as {
        summary?: string;
        tags?: string[];
        security?: unknown[];
        requestBody?: { content?: Record<string, { schema?: unknown }> };
        parameters?: { name: string; in: string; required?: boolean }[];
        responses?: Record<string, { description?: string }>;
      };
      const body = o.requestBody?.content
        ? Object.entries(o.requestBody.content)
            .map(
              ([type, c]) =>
                `<p><b>${escape(type)}</b></p><pre>${escape(JSON.stringify(c.schema, null, 2))}</pre>`,
            )
            .join("")
        : "";
      const params = (o.parameters ?? [])
        .map(
          (p) =>
            `<li><code>${escape(p.name)}</code> in ${escape(p.in)}${p.required ? " (required)" : ""}</li>`,
        )
        .join("");
      const responses = Object.entries(o.responses ?? {})
        .map(([code, r]) => `<li><code>${escape(code)}</code> ${escape(r.description ?? "")}</li>`)
        .join("");
      sections.push(`<section id="${escape(method + path)}">
<h3><span class="m ${escape(method)}">${escape(method.toUpperCase())}</span> <code>${escape(path)}</code></h3>
<p>${escape(o.summary ?? "")}${o.security?.length ? " <em>(Bearer token)</em>" : ""}</p>
${params ? `<ul>${params}</ul>` : ""}${body}<ul>${responses}</ul></section>`);
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escape(doc.info.title)} reference</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
section{border-top:1px solid #ddd;padding:.5rem 0}pre{background:#f6f6f6;padding:.5rem;overflow:auto;font-size:12px}
.m{font:bold 12px monospace;padding:2px 6px;border-radius:4px;color:#fff;background:#555}
.get{background:#2b7}.post{background:#27b}.patch{background:#b72}.delete{background:#b33}</style></head>
<body><h1>${escape(doc.info.title)} <small>${escape(doc.info.version)}</small></h1>
<p>Base URL: <code>${escape(doc.servers?.[0]?.url ?? "")}</code>. Errors are always
<code>{"error":{"code","message","details?","request_id"}}</code>. Machine-readable:
<a href="openapi.json">openapi.json</a>.</p>${sections.join("\n")}</body></html>`;
}
