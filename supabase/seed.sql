-- Local seed data. Runs after every migration on each `npm start`; it must stay idempotent
-- (insert … on conflict do nothing), and it never holds real personal data.
select 1;

-- Plans and model weights are reference data production needs too, so they live in
-- migrations/20261123001900_reference_data.sql (seed.sql runs only locally).
