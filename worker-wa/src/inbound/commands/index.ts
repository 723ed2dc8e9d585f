import type { Command } from "../command.ts";
import type { CommandName } from "../parse-command.ts";
import { applyNow } from "./apply-now.ts";
import { coach } from "./coach.ts";
import { help } from "./help.ts";
import { jobs } from "./jobs.ts";
import { pause } from "./pause.ts";
import { report } from "./report.ts";
import { resume } from "./resume.ts";
import { start } from "./start.ts";
import { status } from "./status.ts";
import { stop } from "./stop.ts";

export const COMMANDS: Record<CommandName, Command> = {
  HELP: help,
  JOBS: jobs,
  STOP: stop,
  START: start,
  STATUS: status,
  PAUSE: pause,
  RESUME: resume,
  APPLY_NOW: applyNow,
  REPORT: report,
  COACH: coach,
};
