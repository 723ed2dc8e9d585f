-- Delta scoring writes about a million score rows a night, so every index on job_fit_scores
-- is paid for on each write. (user_id, job_id) was already unique and is what every reader
-- and writer keys on: it becomes the primary key, and the surrogate uuid (a random-order
-- index of its own) goes. The dashboard pages matches by (score, job_id).
alter table public.job_fit_scores drop constraint job_fit_scores_pkey;
alter table public.job_fit_scores drop column id;
alter table public.job_fit_scores drop constraint job_fit_scores_user_id_job_id_key;
alter table public.job_fit_scores add primary key (user_id, job_id);
