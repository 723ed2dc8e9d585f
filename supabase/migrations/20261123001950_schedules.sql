-- The day's schedule (pg_cron runs in UTC; IST = UTC + 5:30).
--
-- pg_cron lives in one database per cluster, the one named by `cron.database_name`
-- (`postgres` locally and on Supabase). Everywhere else (the test template, its clones) this
-- migration only says so. cron.schedule(name, ...) replaces a job of the same name, so the
-- block is safe to run again.
do $$
begin
  if current_database() is distinct from current_setting('cron.database_name', true) then
    raise notice 'pg_cron schedules skipped: % is not the cron database (%)',
      current_database(), coalesce(current_setting('cron.database_name', true), 'unset');
    return;
  end if;
  create extension if not exists pg_cron;

  -- 20:00 IST daily: the night's scrape, a scrape_runs row that worker-exec claims.
  perform cron.schedule('talvix-scrape', '30 14 * * *', 'select app.enqueue_scrape_run()');
  -- 07:00 IST daily: the morning coach (orchestrator; it queues WhatsApp messages).
  perform cron.schedule('talvix-daily-coach', '30 1 * * *',
    $cmd$select app.dispatch('orchestrator/daily-coach')$cmd$);
  -- 19:30 IST daily: platform session health (worker-exec).
  perform cron.schedule('talvix-session-health', '0 14 * * *',
    $cmd$select app.dispatch('worker-exec/session-health')$cmd$);
  -- 05:00 IST daily: calibration layer 2 (worker-exec).
  perform cron.schedule('talvix-calibration-daily', '30 23 * * *',
    $cmd$select app.dispatch('worker-exec/calibration', '{"layer": 2}')$cmd$);
  -- Sunday 00:00 IST = Saturday 18:30 UTC: weekly reset and calibration layer 3.
  perform cron.schedule('talvix-weekly-reset', '30 18 * * 6', 'select app.reset_weekly()');
  perform cron.schedule('talvix-calibration-weekly', '30 18 * * 6',
    $cmd$select app.dispatch('worker-exec/calibration', '{"layer": 3}')$cmd$);
  -- 00:00 IST daily: daily counters.
  perform cron.schedule('talvix-daily-reset', '30 18 * * *', 'select app.reset_daily_counters()');
  -- 00:00 IST on the 1st = 18:30 UTC on the last day of the month; the function checks.
  perform cron.schedule('talvix-monthly-reset', '30 18 28-31 * *',
    'select app.reset_monthly_counters()');
  -- 05:30 IST daily: expired subscriptions back to free.
  perform cron.schedule('talvix-expire-subscriptions', '0 0 * * *',
    'select app.expire_subscriptions()');
  -- 04:30 IST daily: jobs unseen for 14 days become inactive.
  perform cron.schedule('talvix-deactivate-stale-jobs', '0 23 * * *',
    'select app.deactivate_stale_jobs()');
  -- 03:00 IST daily: purge what has expired.
  perform cron.schedule('talvix-purge', '30 21 * * *', 'select app.purge_expired()');
  -- Every minute: expired leases back to pending (or dead), so abandoned work resurfaces.
  perform cron.schedule('talvix-lease-reaper', '* * * * *', 'select app.lease_reap_all()');
end $$;
