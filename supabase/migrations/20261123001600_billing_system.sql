-- Billing, and the tables that keep the system running.

-- plans.id is the tier it sells. Prices in paise; GST in basis points (1800 = 18%).
create table public.plans (
  id text primary key check (id in ('free', 'student', 'professional')),
  name text not null,
  price_paise integer not null check (price_paise >= 0),
  gst_bps integer not null default 1800 check (gst_bps between 0 and 10000),
  total_paise integer not null
    generated always as (price_paise + (price_paise * gst_bps + 5000) / 10000) stored,
  billing_period text not null default 'month' check (billing_period in ('month')),
  auto_apply boolean not null default false,
  daily_apply_limit_max smallint not null default 0 check (daily_apply_limit_max between 0 and 25),
  features jsonb not null default '[]'::jsonb,
  razorpay_plan_id text,
  is_active boolean not null default true,
  created_at timestamptz not null default now()
);

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  plan_id text not null references public.plans (id),
  razorpay_order_id text,
  razorpay_payment_id text unique,
  razorpay_subscription_id text,
  amount_paise integer not null check (amount_paise >= 0),
  gst_paise integer not null default 0 check (gst_paise >= 0),
  currency text not null default 'INR' check (currency = 'INR'),
  status text not null default 'created'
    check (status in ('created', 'authorized', 'captured', 'failed', 'refunded')),
  period_start timestamptz,
  period_end timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index payments_user on public.payments (user_id, created_at desc);
create trigger payments_touch before update on public.payments
  for each row execute function app.touch_updated_at();

-- Webhook idempotency: a redelivered event hits the unique event_id and is ignored.
create table public.razorpay_events (
  id uuid primary key default gen_random_uuid(),
  event_id text not null unique,
  event_type text not null,
  payload jsonb not null,
  received_at timestamptz not null default now(),
  processed_at timestamptz,
  error text check (char_length(error) <= 500)
);

-- Wake-up calls written by app.dispatch(). `channel` says who delivers a row: 'http' rows go
-- to an Edge Function (pg_net in production, scripts/stack/outbox-runner.ts locally);
-- 'worker-exec'/'worker-wa' rows are claimed by that worker. Leased; lease state in `status`.
create table public.dispatch_outbox (
  id uuid primary key default gen_random_uuid(),
  target text not null check (target ~ '^[a-z][a-z0-9-]*/[a-z0-9][a-z0-9/_-]*$'),
  channel text not null generated always as (
    case when target like 'worker-exec/%' then 'worker-exec'
         when target like 'worker-wa/%' then 'worker-wa'
         else 'http' end
  ) stored,
  payload jsonb not null default '{}'::jsonb,
  user_id uuid references public.users (id) on delete cascade,
  status text not null default 'pending' check (status in ('pending', 'running', 'done', 'dead')),
  run_at timestamptz not null default now(),
  attempts integer not null default 0 check (attempts >= 0),
  max_attempts integer not null default 8 check (max_attempts > 0),
  locked_by text,
  locked_until timestamptz,
  last_error text check (char_length(last_error) <= 2000),
  -- Set when pg_net sent the row (production): fire-and-forget, so the row is done then.
  net_request_id bigint,
  created_at timestamptz not null default now(),
  delivered_at timestamptz,
  check (status <> 'running' or (locked_by is not null and locked_until is not null))
);
create index dispatch_outbox_claimable on public.dispatch_outbox (channel, run_at)
  where status = 'pending';
create index dispatch_outbox_leased on public.dispatch_outbox (locked_until) where status = 'running';
create index dispatch_outbox_created on public.dispatch_outbox (created_at);

-- Only a SHA-256 of each refresh token is stored. A reused rotated token revokes its family.
create table public.refresh_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  family_id uuid not null,
  parent_id uuid references public.refresh_tokens (id) on delete set null,
  issued_at timestamptz not null default now(),
  expires_at timestamptz not null,
  rotated_at timestamptz,
  revoked_at timestamptz
);
create index refresh_tokens_family on public.refresh_tokens (family_id);
create index refresh_tokens_user on public.refresh_tokens (user_id);

-- Token buckets keyed by e.g. 'api:<user_id>' or 'login:<ip hash>'.
create table public.rate_limit_buckets (
  key text primary key check (char_length(key) <= 200),
  tokens double precision not null check (tokens >= 0),
  refilled_at timestamptz not null default now()
);

-- Append-only record of what the user agreed to (DPDP Act 2023: purpose-bound consent).
create table public.consents (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  purpose text not null
    check (purpose in ('terms', 'privacy', 'auto_apply', 'whatsapp', 'marketing')),
  version text not null,
  granted boolean not null,
  created_at timestamptz not null default now()
);
create index consents_user on public.consents (user_id, purpose, created_at desc);

create table public.audit_log (
  id uuid primary key default gen_random_uuid(),
  -- Whose data was touched; kept (nulled) after the account is deleted.
  user_id uuid references public.users (id) on delete set null,
  actor text not null,
  action text not null,
  entity text,
  entity_id text,
  details jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);
create index audit_log_user on public.audit_log (user_id, created_at desc);

-- System-wide caps per IST day (e.g. 'apply:linkedin' from the one static IP).
create table public.system_daily_limits (
  day date not null default app.ist_date(),
  key text not null,
  max_count integer not null check (max_count >= 0),
  used_count integer not null default 0 check (used_count >= 0),
  updated_at timestamptz not null default now(),
  primary key (day, key)
);
