-- Foundation: the private `app` schema for internal SQL functions, and worker heartbeats.

create schema if not exists app;
revoke all on schema app from public;
grant usage on schema app to service_role;

create table public.worker_heartbeats (
  instance_id text primary key,
  worker text not null check (worker in ('worker-exec', 'worker-wa')),
  host text not null,
  version text not null,
  started_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  status text not null default 'running'
    check (status in ('starting', 'running', 'draining', 'stopped')),
  current_work text
);
create index worker_heartbeats_worker_seen on public.worker_heartbeats (worker, last_seen_at desc);

-- Internal table: nothing for the API roles.
alter table public.worker_heartbeats enable row level security;
revoke all on table public.worker_heartbeats from anon, authenticated;
