-- Notifications, what the agents did, and what Talvix learns from outcomes.

-- Dashboard rows reach the SPA through Realtime; whatsapp/email rows are leased by their
-- sender (worker-wa) through `lease_status`, which is 'idle' for dashboard rows.
create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  channel text not null check (channel in ('dashboard', 'whatsapp', 'email')),
  type text not null check (type ~ '^[a-z][a-z0-9_.]*$'),
  priority text not null default 'normal' check (priority in ('low', 'normal', 'high')),
  title text not null check (char_length(title) <= 200),
  body text not null check (char_length(body) <= 4000),
  data jsonb not null default '{}'::jsonb,
  status text not null default 'pending' check (status in ('pending', 'sent', 'read', 'failed')),
  read_at timestamptz,
  sent_at timestamptz,
  lease_status text not null default 'pending'
    check (lease_status in ('idle', 'pending', 'running', 'done', 'dead')),
  run_at timestamptz not null default now(),
  attempts integer not null default 0 check (attempts >= 0),
  max_attempts integer not null default 5 check (max_attempts > 0),
  locked_by text,
  locked_until timestamptz,
  last_error text check (char_length(last_error) <= 2000),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '30 days',
  check (lease_status <> 'running' or (locked_by is not null and locked_until is not null))
);
create index notifications_user on public.notifications (user_id, created_at desc);
create index notifications_claimable on public.notifications (run_at) where lease_status = 'pending';
create index notifications_leased on public.notifications (locked_until)
  where lease_status = 'running';
create index notifications_expiry on public.notifications (expires_at);

-- A dashboard row is delivered the moment it exists (Realtime pushes it): nothing to lease.
-- Reading a row (the one thing users may change) marks it read.
create or replace function app.notifications_before_write()
returns trigger language plpgsql set search_path = '' as $$
begin
  if tg_op = 'INSERT' and new.channel = 'dashboard' then
    new.lease_status := 'idle';
    if new.status = 'pending' then
      new.status := 'sent';
      new.sent_at := coalesce(new.sent_at, now());
    end if;
  end if;
  if new.read_at is not null and new.status <> 'failed'
     and (tg_op = 'INSERT' or old.read_at is null) then
    new.status := 'read';
  end if;
  return new;
end $$;
create trigger notifications_before_write before insert or update on public.notifications
  for each row execute function app.notifications_before_write();

create table public.agent_logs (
  id uuid primary key default gen_random_uuid(),
  run_id uuid not null,
  agent text not null,
  user_id uuid references public.users (id) on delete set null,
  status text not null check (status in ('success', 'skipped', 'failed')),
  duration_ms integer not null default 0 check (duration_ms >= 0),
  records_processed integer not null default 0 check (records_processed >= 0),
  error text check (char_length(error) <= 500),
  tokens integer not null default 0 check (tokens >= 0),
  metadata jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);
create index agent_logs_run on public.agent_logs (run_id);
create index agent_logs_created on public.agent_logs (created_at);

-- The LLM token/cost ledger. Cost in INR (numeric: fractions of a paisa add up).
create table public.llm_usage (
  id uuid primary key default gen_random_uuid(),
  user_id uuid references public.users (id) on delete set null,
  agent text not null,
  provider text not null,
  model text not null,
  tokens_in integer not null default 0 check (tokens_in >= 0),
  tokens_out integer not null default 0 check (tokens_out >= 0),
  cost_inr numeric(12, 4) not null default 0 check (cost_inr >= 0),
  latency_ms integer check (latency_ms >= 0),
  success boolean not null,
  error_code text,
  created_at timestamptz not null default now()
);
create index llm_usage_created on public.llm_usage (created_at);

create table public.learning_signals (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  job_id uuid references public.jobs (id) on delete set null,
  application_id uuid references public.job_applications (id) on delete set null,
  signal text not null check (
    signal in ('applied', 'viewed', 'callback', 'interview', 'offer', 'rejected', 'ghosted',
               'dismissed', 'saved', 'approved', 'skipped')
  ),
  value numeric(6, 3) not null default 1,
  metadata jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '180 days'
);
create index learning_signals_created on public.learning_signals (created_at);
create index learning_signals_expiry on public.learning_signals (expires_at);

-- Tunable numbers of the scorer, kept inside [min, max] whatever calibration proposes.
create table public.model_weights (
  key text primary key check (key ~ '^[a-z][a-z0-9_.]*$'),
  value numeric not null,
  min numeric not null,
  max numeric not null,
  description text,
  updated_by text not null default 'seed',
  updated_at timestamptz not null default now(),
  check (min <= max),
  check (value between min and max)
);
create trigger model_weights_touch before update on public.model_weights
  for each row execute function app.touch_updated_at();

create table public.calibration_runs (
  id uuid primary key default gen_random_uuid(),
  layer smallint not null check (layer in (2, 3)),
  status text not null default 'running' check (status in ('running', 'succeeded', 'failed')),
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  samples integer not null default 0 check (samples >= 0),
  weights_before jsonb,
  weights_after jsonb,
  metrics jsonb not null default '{}'::jsonb,
  error text check (char_length(error) <= 500)
);
