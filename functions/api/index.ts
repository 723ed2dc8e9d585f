import { serveFunction } from "../_shared/serve-function.ts";
import { apiFunction } from "./app.ts";

serveFunction(apiFunction);
