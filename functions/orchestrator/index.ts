import { serveFunction } from "../_shared/serve-function.ts";
import { orchestratorFunction } from "./app.ts";

serveFunction(orchestratorFunction);
