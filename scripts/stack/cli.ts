import { resetDatabase } from "./db-reset.ts";
import { startStack } from "./start.ts";
import { stopStack } from "./stop.ts";
import { runTests } from "./test.ts";
import { runBenchmarks } from "./bench.ts";

const [command, ...rest] = process.argv.slice(2);

async function main(): Promise<number | void> {
  switch (command) {
    case "start":
      return startStack();
    case "stop":
      return stopStack();
    case "test":
      return runTests(rest);
    case "bench":
      return runBenchmarks(rest);
    case "db:reset":
      return resetDatabase();
    default:
      process.stderr.write(
        `talvix: unknown stack command "${command}" (start|stop|test|bench|db:reset)\n`,
      );
      return 2;
  }
}

main().then(
  (code) => {
    if (typeof code === "number") process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`talvix: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
