/**
 * `talvix wa` — chat with the WhatsApp bot as any registered user, without a phone.
 *
 *   talvix wa                      pick a seeded user, then chat
 *   talvix wa --phone +9199999…    chat as that number (unregistered numbers are ignored,
 *                                  exactly as on WhatsApp)
 *   talvix wa status               the connection status rows (what the gateway shows)
 *   talvix wa pair --account +91…  ask the worker to pair that number again (after
 *                                  needs_qr, replaced or banned)
 *
 * Messages go through the console transport's mailbox (wa_console_messages). If worker-wa is
 * running with the console transport (`npm start`), it answers; otherwise this process runs
 * the same bot itself for as long as the chat lasts.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createLogger } from "../../shared/log/logger.ts";
import { createSql, type Sql } from "../../shared/db/sql.ts";
import { systemClock } from "../../shared/time/clock.ts";
import type { WorkLoop } from "../../shared/workers/worker-runtime.ts";
import { isE164, normalisePhone } from "../../shared/whatsapp/phone.ts";
import { createWaBot } from "../../worker-wa/src/bot.ts";
import { abortableSleep } from "../../worker-wa/src/connection/connection-manager.ts";
import { humanDelay } from "../../worker-wa/src/outbound/send-policy.ts";
import { buildConsoleTransport } from "../../worker-wa/src/transport/build-transport.ts";
import { parseCliArgs } from "../args.ts";
import { CliError } from "../cli-error.ts";

const LOCAL_DB = "postgresql://postgres:postgres@127.0.0.1:54322/postgres";

function databaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const dataDir = process.env.TALVIX_DATA_DIR ?? join(process.cwd(), ".data");
  const localJson = join(dataDir, "local.json");
  if (existsSync(localJson)) {
    try {
      const parsed = JSON.parse(readFileSync(localJson, "utf8")) as {
        urls?: { database?: string };
      };
      if (parsed.urls?.database) return parsed.urls.database;
    } catch {
      // fall through to the default local URL
    }
  }
  return LOCAL_DB;
}

const out = (line: string) => process.stdout.write(`${line}\n`);

interface ChatUser {
  full_name: string | null;
  tier: string;
  wa_phone: string;
  wa_opted_in: boolean;
}

async function listUsers(sql: Sql): Promise<ChatUser[]> {
  return sql<ChatUser[]>`
    select full_name, tier, wa_phone, wa_opted_in from public.users
     where wa_phone is not null and deleted_at is null
     order by created_at, wa_phone limit 20`;
}

function describeUser(u: ChatUser): string {
  return `${u.wa_phone}  ${u.full_name ?? "(no name)"} · ${u.tier}${u.wa_opted_in ? "" : " · opted out"}`;
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await new Promise<string>((resolve) => rl.question(question, resolve));
  } finally {
    rl.close();
  }
}

async function choosePhone(sql: Sql, flag: string | undefined): Promise<string> {
  if (flag) {
    const phone = normalisePhone(flag);
    if (!phone) throw new CliError(`--phone: "${flag}" is not a phone number (try +919876543210)`);
    return phone;
  }
  const users = await listUsers(sql);
  if (users.length === 0) {
    throw new CliError(
      "no user has a WhatsApp number yet; `npm start` loads three demo users " +
        "(supabase/local/demo-seed.sql), or pass --phone",
    );
  }
  out("Chat as which user?");
  users.forEach((u, i) => out(`  ${i + 1}. ${describeUser(u)}`));
  if (!process.stdin.isTTY) return users[0]!.wa_phone;
  const answer = (await ask(`number [1]: `)).trim() || "1";
  const picked = users[Number(answer) - 1];
  if (!picked) throw new CliError(`no user number ${answer}`);
  return picked.wa_phone;
}

/** The bot in this process, for as long as the chat lasts (when no worker serves the console). */
async function serveInProcess(sql: Sql, signal: AbortSignal) {
  const logger = createLogger({ name: "worker-wa", level: "warn", sink: () => {} });
  const instance = `talvix-cli:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;
  const side = buildConsoleTransport({ sql, logger, clock: systemClock, instance });
  if (!(await side.mailbox.hold())) return null;
  const bot = createWaBot({
    sql,
    logger,
    clock: systemClock,
    transport: side.transport,
    account: side.account,
    instance,
    limits: { hourlyCap: 60, dailyCap: 400, rampInitial: 20, rampStepMs: 10_000 },
    typingDelayMs: () => humanDelay(200, 700, Math.random),
    sleep: abortableSleep,
    signal,
  });
  await bot.start();
  const loops: WorkLoop[] = [side.mailbox.loop(100), bot.sender.loop()];
  const running = loops.map(async (loop) => {
    while (!signal.aborted) {
      let didWork = false;
      try {
        didWork = await loop.tick(signal);
      } catch (err) {
        out(`(bot error: ${err instanceof Error ? err.message : String(err)})`);
      }
      if (!didWork) await abortableSleep(Math.min(loop.idleMs, 300), signal);
    }
  });
  return {
    async stop() {
      await Promise.all(running);
      await bot.stop();
      await side.mailbox.stop();
    },
  };
}

async function chat(sql: Sql, argv: string[]): Promise<number> {
  const { values } = parseCliArgs(argv, {
    phone: { type: "string" },
    "wait-ms": { type: "string" },
  });
  const phone = await choosePhone(sql, values.phone);
  // worker-wa "types" for 2–6 s before each send, as it does on a real phone: wait past that.
  const waitMs = Number(values["wait-ms"] ?? 9_000);
  const [user] = await sql<ChatUser[]>`
    select full_name, tier, wa_phone, wa_opted_in from public.users
     where wa_phone = ${phone} and deleted_at is null limit 1`;
  const controller = new AbortController();
  const local = await serveInProcess(sql, controller.signal);
  out(
    user
      ? `Chatting as ${describeUser(user)}`
      : `Chatting as ${phone} — not a registered number: the bot ignores it, as on WhatsApp`,
  );
  out(
    local
      ? "(the bot runs in this process: no worker-wa is serving the console)"
      : "(worker-wa is answering: it serves the console transport)",
  );
  out("Type a message (HELP to start, /quit or Ctrl-D to leave).");

  const [maxRow] = await sql<{ id: string | null }[]>`
    select max(id)::text as id from public.wa_console_messages`;
  let lastId = BigInt(maxRow?.id ?? "0");
  let draining: Promise<number> = Promise.resolve(0);
  /** Prints new replies once each; calls are serialised (the ticker and a message may race). */
  const drain = (): Promise<number> => (draining = draining.then(drainOnce, drainOnce));
  const drainOnce = async (): Promise<number> => {
    const rows = await sql<{ id: string; body: string }[]>`
      select id::text as id, body from public.wa_console_messages
       where phone = ${phone} and direction = 'out' and id > ${lastId.toString()}::bigint
       order by id`;
    for (const r of rows) {
      lastId = BigInt(r.id);
      const body = r.body
        .split("\n")
        .map((l, i) => (i === 0 || l === "" ? l : `          ${l}`))
        .join("\n");
      out(`\nTalvix › ${body}\n`);
    }
    return rows.length;
  };
  /** After a message: wait for the first reply (or give up: some messages get none). */
  const awaitReplies = async () => {
    const started = Date.now();
    let got = 0;
    let lastAt = 0;
    while (Date.now() - started < waitMs) {
      const n = await drain();
      if (n > 0) {
        got += n;
        lastAt = Date.now();
      }
      if (got > 0 && Date.now() - lastAt > 400) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    if (got === 0) out("(no reply)");
  };

  const rl = createInterface({ input: process.stdin, terminal: process.stdin.isTTY ?? false });
  const prompt = () => {
    if (process.stdin.isTTY) process.stdout.write("you › ");
  };
  prompt();
  // Notifications may arrive between messages; show them as they come.
  let awaiting = false;
  const ticker = setInterval(() => {
    if (!awaiting) void drain().catch(() => {});
  }, 1_000);
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (line === "/quit" || line === "/exit") break;
      if (line === "") {
        prompt();
        continue;
      }
      if (!process.stdin.isTTY) out(`you › ${line}`);
      await sql`
        insert into public.wa_console_messages (phone, direction, body, message_id)
        values (${phone}, 'in', ${line.slice(0, 4096)}, ${`CONSOLE-${crypto.randomUUID()}`})`;
      awaiting = true;
      await draining;
      await awaitReplies();
      awaiting = false;
      prompt();
    }
  } finally {
    clearInterval(ticker);
    rl.close();
    controller.abort();
    await local?.stop();
  }
  return 0;
}

async function status(sql: Sql): Promise<number> {
  const rows = await sql<
    {
      account: string;
      transport: string;
      status: string;
      reason_code: number | null;
      reason: string | null;
      owner_instance: string | null;
      last_change_at: Date;
      pairing: boolean;
    }[]
  >`select account, transport, status, reason_code, reason, owner_instance, last_change_at,
           (qr is not null or pairing_code is not null) as pairing
      from public.wa_connection_status order by account`;
  if (rows.length === 0) out("no WhatsApp connection has started yet");
  for (const r of rows) {
    out(
      `${r.account} (${r.transport}): ${r.status}` +
        `${r.reason_code ? ` [${r.reason_code}]` : ""}${r.reason ? ` — ${r.reason}` : ""}` +
        ` · since ${r.last_change_at.toISOString()}` +
        ` · owner ${r.owner_instance ?? "none"}${r.pairing ? " · QR/code waiting" : ""}`,
    );
  }
  return 0;
}

async function pair(sql: Sql, argv: string[]): Promise<number> {
  const { values } = parseCliArgs(argv, { account: { type: "string" } });
  const account = values.account ?? process.env.WA_PHONE;
  if (!account || !isE164(account)) {
    throw new CliError("pair: --account <E.164 number of the bot> is required");
  }
  const rows = await sql`
    update public.wa_connection_status set pair_requested_at = now()
     where account = ${account} returning status`;
  if (rows.length === 0) throw new CliError(`pair: no connection row for ${account}`, 1);
  out(
    `pairing requested for ${account} (was ${String(rows[0]!.status)}); watch the worker's terminal for the QR`,
  );
  return 0;
}

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const sql = createSql(databaseUrl(), { max: 4, applicationName: "talvix-cli-wa" });
  try {
    try {
      await sql`select 1 from public.wa_console_messages limit 1`;
    } catch (err) {
      throw new CliError(
        `cannot reach the database or its WhatsApp tables (${err instanceof Error ? err.message : String(err)}); ` +
          "start the stack with `npm start` first",
        1,
      );
    }
    if (sub === "status") return await status(sql);
    if (sub === "pair") return await pair(sql, rest);
    if (sub === "chat") return await chat(sql, rest);
    return await chat(sql, argv);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
