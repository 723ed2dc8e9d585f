-- Local seed data. Runs after every migration on each `npm start`; it must stay idempotent
-- (insert … on conflict do nothing), and it never holds real personal data.
select 1;
