import { serveFunction } from "../_shared/serve-function.ts";
import { agentsFunction } from "./app.ts";

serveFunction(agentsFunction);
