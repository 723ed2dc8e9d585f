-- The nightly purge is the only reader of expires_at, and scores are written in expiry order
-- (computed_at + 30 days), so a BRIN index serves it at a fraction of a btree's write cost on
-- the bulk delta-scoring path.
drop index public.job_fit_scores_expiry;
create index job_fit_scores_expiry on public.job_fit_scores using brin (expires_at);
