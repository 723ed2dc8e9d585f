-- The gateway's rate limits: one atomic token-bucket step over public.rate_limit_buckets.
-- A bucket holds up to p_capacity tokens and refills p_capacity every p_period_seconds
-- (100 a minute per IP, 60 writes a minute per user, 3 uploads an hour per user). Taking a
-- token and refilling happen under the row lock, so concurrent requests never overspend.
create or replace function app.rate_limit_take(
  p_key text,
  p_capacity integer,
  p_period_seconds double precision
) returns table (allowed boolean, remaining integer, retry_after_seconds integer,
                 reset_seconds integer)
language plpgsql volatile set search_path = '' as $$
declare
  v_rate double precision := p_capacity / p_period_seconds;
  v_tokens double precision;
  v_at timestamptz;
  v_now timestamptz := clock_timestamp();
begin
  if p_capacity < 1 or p_period_seconds <= 0 then
    raise exception 'rate_limit_take: capacity and period must be positive';
  end if;
  insert into public.rate_limit_buckets (key, tokens, refilled_at)
  values (p_key, p_capacity, v_now)
  on conflict (key) do nothing;

  select b.tokens, b.refilled_at into v_tokens, v_at
    from public.rate_limit_buckets b where b.key = p_key for update;
  v_tokens := least(p_capacity::double precision,
                    v_tokens + greatest(0, extract(epoch from (v_now - v_at))) * v_rate);

  allowed := v_tokens >= 1;
  if allowed then
    v_tokens := v_tokens - 1;
  end if;
  update public.rate_limit_buckets set tokens = v_tokens, refilled_at = v_now
   where key = p_key;

  remaining := floor(v_tokens)::integer;
  retry_after_seconds := case when allowed then 0 else ceil((1 - v_tokens) / v_rate)::integer end;
  reset_seconds := ceil((p_capacity - v_tokens) / v_rate)::integer;

  -- Buckets idle long enough to be full again carry no information: sweep them now and then.
  if random() < 0.002 then
    delete from public.rate_limit_buckets where refilled_at < v_now - interval '2 hours';
  end if;
  return next;
end $$;
