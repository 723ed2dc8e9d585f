/** Every source adapter by name. */
import type { SourceName } from "../raw-job.ts";
import type { SourceAdapter } from "../source-adapter.ts";
import { ashby } from "./ashby.ts";
import { greenhouse } from "./greenhouse.ts";
import { internshala } from "./internshala.ts";
import { lever } from "./lever.ts";
import { linkedin } from "./linkedin.ts";
import { naukri } from "./naukri.ts";
import { smartrecruiters } from "./smartrecruiters.ts";
import { workday } from "./workday.ts";

export const SOURCES: Readonly<Record<SourceName, SourceAdapter>> = {
  greenhouse,
  lever,
  ashby,
  smartrecruiters,
  workday,
  linkedin,
  naukri,
  internshala,
};

export function getSource(name: string): SourceAdapter | undefined {
  return Object.hasOwn(SOURCES, name) ? SOURCES[name as SourceName] : undefined;
}
