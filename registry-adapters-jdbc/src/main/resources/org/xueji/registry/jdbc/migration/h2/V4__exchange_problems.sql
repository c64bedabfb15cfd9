-- Xueji schema, version 4: what the exchange with the national system needs (the event feed
-- and the history of replaced registry numbers), the problem queue's ids, states and
-- resolutions, and deleted students freeing their keys.
--
-- The event feed reads event_outbox by feed_position. A position is taken from the
-- number_sequence row 'event_feed' by an UPDATE in the publishing transaction, whose row lock is
-- held until that transaction ends, so positions are handed out in commit order and no event can
-- commit below a position a reader has seen. feed_payload is the event in full when it differs
-- from the masked payload (a registry number), else null. JdbcEventSink documents both.
ALTER TABLE event_outbox ADD COLUMN feed_position BIGINT;
ALTER TABLE event_outbox ADD COLUMN feed_payload CLOB;
UPDATE event_outbox SET feed_position = event_sequence;
ALTER TABLE event_outbox ALTER COLUMN feed_position SET NOT NULL;
CREATE UNIQUE INDEX ux_event_outbox_feed ON event_outbox (feed_position);
INSERT INTO number_sequence (prefix, last_value)
    SELECT 'event_feed', COALESCE(MAX(event_sequence), 0) FROM event_outbox;

-- Replaced registry numbers (学籍号变更), appended in the order of a sequence taken in blocks
-- from the number_sequence row 'registry_number_change'; never changed.
CREATE TABLE registry_number_change (
    change_sequence  BIGINT       NOT NULL,
    student_id       CHAR(36)     NOT NULL,
    former_number    VARCHAR(32)  NOT NULL,
    current_number   VARCHAR(32)  NOT NULL,
    changed_at       TIMESTAMP    NOT NULL,
    account          VARCHAR(100) NOT NULL,
    reason           VARCHAR(500) NOT NULL,
    PRIMARY KEY (change_sequence)
);
CREATE INDEX ix_registry_number_change_student
    ON registry_number_change (student_id, change_sequence);
CREATE INDEX ix_registry_number_change_former
    ON registry_number_change (former_number, change_sequence);

-- The problem queue's entries get an id unique in the registry, a state, a resolution and a
-- version. open_marker is 'Y' while an entry is open and null once resolved, so the unique
-- index on (kind, student_id, open_marker) keeps one open entry per kind and student. Entries
-- stored before this version get a random id; the oldest open entry of each kind and student
-- is marked.
ALTER TABLE problem_record ADD COLUMN problem_id CHAR(36);
ALTER TABLE problem_record ADD COLUMN state VARCHAR(20) NOT NULL DEFAULT 'OPEN';
ALTER TABLE problem_record ADD COLUMN open_marker CHAR(1);
ALTER TABLE problem_record ADD COLUMN resolution_kind VARCHAR(20);
ALTER TABLE problem_record ADD COLUMN resolution_note CLOB;
ALTER TABLE problem_record ADD COLUMN resolution_proofs CLOB;
ALTER TABLE problem_record ADD COLUMN correction_case_id CHAR(36);
ALTER TABLE problem_record ADD COLUMN resolved_by VARCHAR(100);
ALTER TABLE problem_record ADD COLUMN resolved_at TIMESTAMP;
ALTER TABLE problem_record ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
UPDATE problem_record SET problem_id = CAST(RANDOM_UUID() AS VARCHAR(36));
ALTER TABLE problem_record ALTER COLUMN problem_id SET NOT NULL;
UPDATE problem_record p SET open_marker = 'Y' WHERE p.problem_sequence = (
    SELECT MIN(o.problem_sequence) FROM problem_record o
    WHERE o.kind = p.kind AND o.student_id = p.student_id);
CREATE UNIQUE INDEX ux_problem_record_id ON problem_record (problem_id);
CREATE UNIQUE INDEX ux_problem_record_open ON problem_record (kind, student_id, open_marker);
CREATE INDEX ix_problem_record_student ON problem_record (student_id, problem_sequence);

-- A deleted student holds neither its key nor its registry number.
DELETE FROM student_key WHERE student_id IN (
    SELECT student_id FROM student WHERE status = 'DELETED');
DELETE FROM student_registry_number WHERE student_id IN (
    SELECT student_id FROM student WHERE status = 'DELETED');
