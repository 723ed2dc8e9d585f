/**
 * `node --import tsx sandbox/main.ts --port 54330 [--host 127.0.0.1] [--scale 10]`
 * Serves every portal fixture until interrupted.
 */
import { parseArgs } from "node:util";
import { startSandbox } from "./serve.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "54330" },
    host: { type: "string", default: "127.0.0.1" },
    scale: { type: "string" },
  },
});

const port = Number(values.port);
const scale = values.scale === undefined ? undefined : Number(values.scale);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`sandbox: bad --port ${values.port}`);
  process.exit(2);
}
if (scale !== undefined && !(scale > 0)) {
  console.error(`sandbox: bad --scale ${values.scale}`);
  process.exit(2);
}

const sandbox = await startSandbox({ port, host: values.host, scale });
console.error(`sandbox: portals at ${sandbox.url}`);
const stop = () => {
  void sandbox.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
