-- One create as Passerelle's statements do it: number under a lock, store the case, its statistics rows and its
-- audit entry in the outbox, commit; then a chaining round (its own lock, the outbox, the head, the link, commit).
BEGIN;
SELECT pg_advisory_xact_lock(1);
SELECT coalesce(max(number), 0) + 1 AS next FROM raw_cases WHERE year = 2026 \gset
SELECT gen_random_uuid() AS id \gset
INSERT INTO raw_cases VALUES (':id'::uuid, 2026, :next, repeat(md5(random()::text), 40));
INSERT INTO raw_statistics VALUES (':id'::uuid, 1, repeat(md5(random()::text), 8)), (':id'::uuid, 2, repeat(md5(random()::text), 8));
INSERT INTO raw_outbox (case_id, payload) VALUES (':id'::uuid, repeat(md5(random()::text), 4));
COMMIT;
BEGIN;
SELECT pg_advisory_xact_lock(2);
SELECT id AS outbox FROM raw_outbox ORDER BY id LIMIT 1 \gset
SELECT sequence AS head FROM raw_audit ORDER BY sequence DESC LIMIT 1 \gset
INSERT INTO raw_audit SELECT :head + 1, case_id, payload, sha256(payload::bytea) FROM raw_outbox WHERE id = :outbox;
DELETE FROM raw_outbox WHERE id = :outbox;
COMMIT;
