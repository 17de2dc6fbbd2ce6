-- bench/api/raw: the database work of one case create, without Passerelle (run.sh's "raw SQL" baseline rows).
-- Rows as wide as Passerelle's (a case with its encrypted identity ~1.3 kB, two statistics rows, an audit entry).
CREATE TABLE raw_cases (id uuid PRIMARY KEY, year int NOT NULL, number int NOT NULL, payload text NOT NULL, UNIQUE (year, number));
CREATE TABLE raw_statistics (id uuid NOT NULL, kind int NOT NULL, payload text NOT NULL, PRIMARY KEY (id, kind));
CREATE TABLE raw_outbox (id bigserial PRIMARY KEY, case_id uuid, payload text NOT NULL);
CREATE TABLE raw_audit (sequence bigint PRIMARY KEY, case_id uuid, payload text NOT NULL, hash bytea NOT NULL);
INSERT INTO raw_audit VALUES (0, NULL, 'genesis', '\x00');
