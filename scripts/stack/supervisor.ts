import { spawn, type ChildProcess } from "node:child_process";

export interface ChildSpec {
  name: string;
  cmd: string;
  args: string[];
  env: Record<string, string | undefined>;
  cwd: string;
}

/**
 * Runs the stack's long-lived children, prefixing their output, and stops them all with
 * SIGTERM (then SIGKILL after a grace period) when asked.
 */
export class Supervisor {
  private readonly children = new Map<string, ChildProcess>();
  private stopping = false;
  onUnexpectedExit: (name: string, code: number | null) => void = () => {};

  start(spec: ChildSpec): ChildProcess {
    const child = spawn(spec.cmd, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const prefix = `[${spec.name}] `;
    const pipe = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) => {
      let buffered = "";
      stream?.on("data", (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) out.write(prefix + line + "\n");
      });
    };
    pipe(child.stdout, process.stdout);
    pipe(child.stderr, process.stderr);
    child.on("exit", (code) => {
      this.children.delete(spec.name);
      if (!this.stopping) this.onUnexpectedExit(spec.name, code);
    });
    this.children.set(spec.name, child);
    return child;
  }

  pids(): Record<string, number | undefined> {
    return Object.fromEntries([...this.children].map(([n, c]) => [n, c.pid]));
  }

  async stopAll(graceMs = 15_000): Promise<void> {
    this.stopping = true;
    const waits = [...this.children.values()].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
          child.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill("SIGTERM");
        }),
    );
    await Promise.all(waits);
  }
}
