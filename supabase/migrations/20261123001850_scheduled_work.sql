-- What the day's schedule calls: app.dispatch for wake-ups, and pure-SQL housekeeping.
-- Each housekeeping function takes the instant it runs for (default now()) so a test can
-- call it for any day, and is idempotent: running it twice changes nothing more.

-- Writes a wake-up to dispatch_outbox. Where pg_net and Supabase Vault exist (production) an
-- 'http' wake-up is also sent at once with net.http_post, and the row is marked done: a lost
-- wake-up costs nothing because the next sweep finds the flag (ARCHITECTURE.md decision 1).
-- Locally the outbox runner delivers pending rows. pg_net and Vault are referenced only
-- through dynamic SQL so this compiles where they are absent.
create or replace function app.dispatch(
  p_target text,
  p_payload jsonb default '{}'::jsonb,
  p_user_id uuid default null
) returns uuid language plpgsql volatile set search_path = '' as $$
declare
  v_id uuid;
  v_channel text;
  v_url text;
  v_secret text;
  v_request bigint;
begin
  insert into public.dispatch_outbox (target, payload, user_id)
  values (p_target, coalesce(p_payload, '{}'::jsonb), p_user_id)
  returning id, channel into v_id, v_channel;

  if v_channel = 'http'
     and to_regnamespace('net') is not null
     and to_regclass('vault.decrypted_secrets') is not null then
    execute 'select decrypted_secret from vault.decrypted_secrets where name = $1'
      into v_url using 'functions_url';
    execute 'select decrypted_secret from vault.decrypted_secrets where name = $1'
      into v_secret using 'agent_secret';
    if v_url is null or v_secret is null then
      raise warning 'app.dispatch: vault secrets functions_url/agent_secret missing; % left in outbox', v_id;
      return v_id;
    end if;
    execute 'select net.http_post(url := $1, body := $2, headers := $3, timeout_milliseconds := $4)'
      into v_request
      using rtrim(v_url, '/') || '/' || p_target,
            jsonb_strip_nulls(jsonb_build_object(
              'agent', regexp_replace(p_target, '^[^/]+/', ''),
              'user_id', p_user_id,
              'payload', coalesce(p_payload, '{}'::jsonb))),
            jsonb_build_object('Content-Type', 'application/json', 'X-Agent-Secret', v_secret),
            10000;
    update public.dispatch_outbox
       set status = 'done', net_request_id = v_request, delivered_at = now()
     where id = v_id;
  end if;
  return v_id;
end $$;

-- 20:00 IST: the night's scrape, one row per IST day for worker-exec to claim.
create or replace function app.enqueue_scrape_run(p_now timestamptz default now())
returns uuid language sql volatile set search_path = '' as $$
  insert into public.scrape_runs (trigger, run_date, run_at)
  values ('schedule', app.ist_date(p_now), p_now)
  on conflict (run_date) where trigger = 'schedule' do nothing
  returning id
$$;

-- 00:00 IST: daily apply counters, and system limits older than 30 days.
create or replace function app.reset_daily_counters(p_now timestamptz default now())
returns integer language plpgsql volatile set search_path = '' as $$
declare
  v_count integer;
begin
  update public.users set applies_today = 0 where applies_today <> 0;
  get diagnostics v_count = row_count;
  delete from public.system_daily_limits where day < app.ist_date(p_now) - 30;
  return v_count;
end $$;

-- 00:00 IST on the 1st: monthly counters. Cron cannot say "the 1st in IST" (it is the last
-- day of the previous month in UTC), so it fires on days 28–31 and this checks the IST date.
create or replace function app.reset_monthly_counters(p_now timestamptz default now())
returns integer language plpgsql volatile set search_path = '' as $$
declare
  v_count integer;
begin
  if extract(day from app.ist_date(p_now)) <> 1 then
    return 0;
  end if;
  update public.users set applies_this_month = 0 where applies_this_month <> 0;
  get diagnostics v_count = row_count;
  return v_count;
end $$;

-- Sunday 00:00 IST: skill gaps and career intelligence are weekly reads of a moving market;
-- mark them stale so the agents recompute them for every onboarded user.
create or replace function app.reset_weekly(p_now timestamptz default now())
returns integer language plpgsql volatile set search_path = '' as $$
declare
  v_count integer;
begin
  update public.users
     set skill_gap_stale = true, career_intel_stale = true
   where onboarding_completed and deleted_at is null
     and not (skill_gap_stale and career_intel_stale);
  get diagnostics v_count = row_count;
  return v_count;
end $$;

-- 05:30 IST: subscriptions past their end go back to free and auto-apply stops.
create or replace function app.expire_subscriptions(p_now timestamptz default now())
returns integer language plpgsql volatile set search_path = '' as $$
declare
  v_count integer;
begin
  with expired as (
    update public.users
       set tier = 'free', auto_apply_enabled = false, review_mode_until = null
     where tier <> 'free' and subscription_expires_at < p_now
    returning id
  ), told as (
    insert into public.notifications (user_id, channel, type, priority, title, body)
    select id, 'dashboard', 'subscription.expired', 'high',
           'Your subscription has ended',
           'Auto-apply is off. Renew any time to turn it back on.'
      from expired
    returning 1
  )
  select count(*) into v_count from expired;
  return v_count;
end $$;

-- 04:30 IST: a job no portal has shown for 14 days is gone.
create or replace function app.deactivate_stale_jobs(p_now timestamptz default now())
returns integer language plpgsql volatile set search_path = '' as $$
declare
  v_count integer;
begin
  update public.jobs set is_active = false, is_new = false
   where is_active and last_seen_at < p_now - interval '14 days';
  get diagnostics v_count = row_count;
  return v_count;
end $$;

-- 03:00 IST: expired notifications, signals and scores; old logs, outbox rows and tokens.
-- Returns how many rows went from each table.
create or replace function app.purge_expired(p_now timestamptz default now())
returns jsonb language plpgsql volatile set search_path = '' as $$
declare
  v_out jsonb := '{}'::jsonb;
  v_count integer;
begin
  delete from public.notifications where expires_at < p_now;
  get diagnostics v_count = row_count;
  v_out := v_out || jsonb_build_object('notifications', v_count);
  delete from public.learning_signals where expires_at < p_now;
  get diagnostics v_count = row_count;
  v_out := v_out || jsonb_build_object('learning_signals', v_count);
  delete from public.job_fit_scores where expires_at < p_now;
  get diagnostics v_count = row_count;
  v_out := v_out || jsonb_build_object('job_fit_scores', v_count);
  delete from public.agent_logs where created_at < p_now - interval '30 days';
  get diagnostics v_count = row_count;
  v_out := v_out || jsonb_build_object('agent_logs', v_count);
  delete from public.llm_usage where created_at < p_now - interval '180 days';
  get diagnostics v_count = row_count;
  v_out := v_out || jsonb_build_object('llm_usage', v_count);
  delete from public.dispatch_outbox
   where status in ('done', 'dead') and created_at < p_now - interval '7 days';
  get diagnostics v_count = row_count;
  v_out := v_out || jsonb_build_object('dispatch_outbox', v_count);
  delete from public.refresh_tokens where expires_at < p_now - interval '1 day';
  get diagnostics v_count = row_count;
  v_out := v_out || jsonb_build_object('refresh_tokens', v_count);
  return v_out;
end $$;
