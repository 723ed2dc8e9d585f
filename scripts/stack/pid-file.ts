import { existsSync, readFileSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of a running stack supervisor, or null (a stale file counts as none). */
export function runningStackPid(path: string): number | null {
  if (!existsSync(path)) return null;
  const pid = Number(readFileSync(path, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
}

export const writePidFile = (path: string) => writeFile(path, `${process.pid}\n`);
export const removePidFile = (path: string) => rm(path, { force: true });
