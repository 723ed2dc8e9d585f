-- worker-wa: the WhatsApp connection's own state. Nothing here is for the API roles: RLS on,
-- everything revoked from anon/authenticated (the gateway reads wa_connection_status with the
-- service connection). `account` is the WhatsApp number the worker speaks as (E.164), or
-- 'console' for the local console transport.

-- Baileys' auth state, serialised with BufferJSON (text, so Buffers round-trip exactly).
create table public.wa_auth_creds (
  account text primary key check (char_length(account) between 1 and 32),
  creds text not null,
  updated_at timestamptz not null default now()
);

create table public.wa_auth_keys (
  account text not null check (char_length(account) between 1 and 32),
  type text not null check (char_length(type) between 1 and 64),
  id text not null check (char_length(id) between 1 and 512),
  value text not null,
  updated_at timestamptz not null default now(),
  primary key (account, type, id)
);

-- One row per number: what the gateway shows (status, reason, QR or pairing code while
-- pairing, last change) and who owns the socket. Ownership is a lease (owner_instance,
-- owner_until) renewed by the owner; a second worker waits until it lapses.
create table public.wa_connection_status (
  account text primary key check (char_length(account) between 1 and 32),
  transport text not null default 'baileys' check (transport in ('baileys', 'console')),
  status text not null default 'connecting' check (
    status in ('connecting', 'pairing', 'open', 'reconnecting', 'replaced', 'needs_qr', 'banned',
               'stopped')
  ),
  reason_code integer,
  reason text check (char_length(reason) <= 500),
  qr text check (char_length(qr) <= 2000),
  pairing_code text check (char_length(pairing_code) <= 16),
  owner_instance text,
  owner_until timestamptz,
  connected_at timestamptz,
  -- Set by an operator (gateway or `talvix wa pair`) to start pairing again after needs_qr,
  -- replaced or banned; the owner clears it when it starts.
  pair_requested_at timestamptz,
  last_change_at timestamptz not null default now(),
  check ((owner_instance is null) = (owner_until is null))
);

-- Every transition, newest last: the gateway's history and the tests' witness.
create table public.wa_connection_events (
  id bigint generated always as identity primary key,
  account text not null,
  status text not null,
  reason_code integer,
  reason text check (char_length(reason) <= 500),
  instance text,
  created_at timestamptz not null default now()
);
create index wa_connection_events_account on public.wa_connection_events (account, id desc);

-- One row per message worker-wa tries to send. The row is committed in state 'sending'
-- before the transport is called and moved to 'sent' (or 'not_sent' when the transport
-- says nothing left the machine) after: a row still 'sending' after a crash is "in doubt"
-- and is never sent again. notification_id is unique, so a notification has one such row.
create table public.wa_outbound_messages (
  id uuid primary key default gen_random_uuid(),
  account text not null,
  notification_id uuid unique references public.notifications (id) on delete set null,
  user_id uuid references public.users (id) on delete set null,
  kind text not null check (kind in ('notification', 'reply')),
  -- WhatsApp message id, fixed before sending (derived from the notification id).
  message_id text not null,
  state text not null check (state in ('sending', 'sent', 'not_sent', 'in_doubt')),
  instance text not null,
  error text check (char_length(error) <= 500),
  started_at timestamptz not null default now(),
  finished_at timestamptz
);
-- Caps and the post-reconnect ramp count recent sends per account.
create index wa_outbound_messages_recent on public.wa_outbound_messages (account, started_at desc)
  where state in ('sending', 'sent', 'in_doubt');
create index wa_outbound_messages_sending on public.wa_outbound_messages (state)
  where state = 'sending';

-- Inbound de-duplication: WhatsApp redelivers messages after a reconnect; a command runs once.
create table public.wa_inbound_messages (
  account text not null,
  message_id text not null check (char_length(message_id) between 1 and 128),
  user_id uuid references public.users (id) on delete set null,
  command text,
  received_at timestamptz not null default now(),
  primary key (account, message_id)
);
create index wa_inbound_messages_received on public.wa_inbound_messages (received_at);

-- When each user last ran a command that has a cooldown (APPLY_NOW 4 h, COACH 6 h).
create table public.wa_command_cooldowns (
  user_id uuid not null references public.users (id) on delete cascade,
  command text not null check (command ~ '^[A-Z_]{2,20}$'),
  last_run_at timestamptz not null,
  primary key (user_id, command)
);

-- "Send START to resume" is said once per opted-out stretch, not to every message.
create table public.wa_opt_out_notices (
  user_id uuid primary key references public.users (id) on delete cascade,
  noticed_at timestamptz not null default now()
);

-- The local console transport's mailbox: `talvix wa` writes 'in' rows, the worker that owns
-- the 'console' account consumes them and writes its replies and notifications as 'out' rows.
create table public.wa_console_messages (
  id bigint generated always as identity primary key,
  phone text not null check (phone ~ '^\+[1-9][0-9]{7,14}$'),
  direction text not null check (direction in ('in', 'out')),
  body text not null check (char_length(body) <= 4096),
  message_id text not null,
  consumed_at timestamptz,
  created_at timestamptz not null default now()
);
create index wa_console_messages_inbox on public.wa_console_messages (id)
  where direction = 'in' and consumed_at is null;
create index wa_console_messages_phone on public.wa_console_messages (phone, id);

do $$
declare
  t text;
begin
  foreach t in array array['wa_auth_creds', 'wa_auth_keys', 'wa_connection_status',
    'wa_connection_events', 'wa_outbound_messages', 'wa_inbound_messages',
    'wa_command_cooldowns', 'wa_opt_out_notices', 'wa_console_messages'] loop
    execute format('alter table public.%I enable row level security', t);
    execute format('revoke all on table public.%I from anon, authenticated', t);
  end loop;
end $$;
revoke all on sequence public.wa_connection_events_id_seq from anon, authenticated;
revoke all on sequence public.wa_console_messages_id_seq from anon, authenticated;

-- Housekeeping: inbound ids and console chat older than 30 days, finished sends after 90.
create or replace function app.wa_housekeeping(p_now timestamptz default now())
returns integer language plpgsql volatile set search_path = '' as $$
declare
  v_total integer := 0;
  v_count integer;
begin
  delete from public.wa_inbound_messages where received_at < p_now - interval '30 days';
  get diagnostics v_count = row_count;
  v_total := v_total + v_count;
  delete from public.wa_console_messages where created_at < p_now - interval '30 days';
  get diagnostics v_count = row_count;
  v_total := v_total + v_count;
  delete from public.wa_outbound_messages
   where state <> 'sending' and started_at < p_now - interval '90 days';
  get diagnostics v_count = row_count;
  v_total := v_total + v_count;
  delete from public.wa_connection_events where created_at < p_now - interval '90 days';
  get diagnostics v_count = row_count;
  return v_total + v_count;
end $$;
