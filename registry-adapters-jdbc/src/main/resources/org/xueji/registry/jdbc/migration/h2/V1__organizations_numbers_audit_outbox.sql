-- Xueji schema, version 1: registry authorities, schools, classes, regional-number counters,
-- the audit trail and the event outbox.
--
-- Authorities and schools are few (a few hundred thousand schools in the whole country) and are
-- read everywhere: keyed by their own identifiers, they are reference tables when distributed.
-- Every key of a table that grows with students begins with the division code of the record's
-- place, the shard key on Citus and TiDB. Identifiers come from the application or from
-- per-prefix counter rows; there are no identity columns and no sequences. Rows that users edit
-- carry an optimistic version. Enumerated values are stored as their national codes. Times are
-- UTC in TIMESTAMP columns without time zone, to the microsecond.

-- Registry authorities (学籍主管单位): city and county education bureaus, one per division.
CREATE TABLE authority (
    unit_code           VARCHAR(20)  NOT NULL,
    division_code       VARCHAR(6)   NOT NULL,
    name                VARCHAR(60)  NOT NULL,
    address             VARCHAR(100) NOT NULL,
    region_category     VARCHAR(20)  NOT NULL,
    economic_attribute  VARCHAR(8)   NOT NULL,
    ethnic_attribute    VARCHAR(20)  NOT NULL,
    phone               VARCHAR(20)  NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT pk_authority PRIMARY KEY (unit_code),
    CONSTRAINT uq_authority_division UNIQUE (division_code)
);

-- Schools (学校) and branch schools (分校, with a central school). The division is the
-- school's authority's; listings by division scan a range of ix_school_division.
CREATE TABLE school (
    school_id            VARCHAR(10)  NOT NULL,
    division_code        VARCHAR(6)   NOT NULL,
    authority_unit_code  VARCHAR(20)  NOT NULL,
    central_school_id    VARCHAR(10),
    name                 VARCHAR(60)  NOT NULL,
    school_code          VARCHAR(20)  NOT NULL,
    phone                VARCHAR(20)  NOT NULL,
    ownership_code       VARCHAR(8)   NOT NULL,
    urban_rural_code     VARCHAR(8)   NOT NULL,
    category_code        VARCHAR(8)   NOT NULL,
    school_system_code   VARCHAR(8)   NOT NULL,
    classes_per_grade    INTEGER      NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT pk_school PRIMARY KEY (school_id)
);
CREATE INDEX ix_school_division ON school (division_code, school_id);
CREATE INDEX ix_school_central ON school (central_school_id, school_id);

-- Classes (班级), keyed by school, cohort (the school year of grade 1) and number; the grade is
-- derived from the cohort. The division is the school's.
CREATE TABLE school_class (
    division_code       VARCHAR(6)   NOT NULL,
    school_id           VARCHAR(10)  NOT NULL,
    cohort_year         INTEGER      NOT NULL,
    class_number        INTEGER      NOT NULL,
    name                VARCHAR(30)  NOT NULL,
    head_teacher        VARCHAR(30)  NOT NULL,
    founded             VARCHAR(7)   NOT NULL,
    school_system_code  VARCHAR(8)   NOT NULL,
    class_type_code     VARCHAR(8)   NOT NULL,
    honours             VARCHAR(200) NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT pk_school_class
        PRIMARY KEY (division_code, school_id, cohort_year, class_number)
);

-- One counter row per regional-number prefix (county, year, district, feature digit). The
-- audit trail and the outbox take their sequence numbers in blocks from the rows named
-- 'audit_entry' and 'event_outbox', which no regional prefix (all digits) can collide with.
CREATE TABLE number_sequence (
    prefix      VARCHAR(32) NOT NULL,
    last_value  BIGINT      NOT NULL,
    CONSTRAINT pk_number_sequence PRIMARY KEY (prefix)
);

-- The audit trail (操作日志): append-only, keyed by the division of the target's place and the
-- entry's sequence. Changes are lines of tab-separated field, before and after, escaped as
-- JdbcAuditTrail documents.
CREATE TABLE audit_entry (
    division_code             VARCHAR(6)   NOT NULL,
    entry_sequence            BIGINT       NOT NULL,
    occurred_at               TIMESTAMP    NOT NULL,
    actor_account             VARCHAR(100) NOT NULL,
    actor_role                VARCHAR(40)  NOT NULL,
    actor_division_code       VARCHAR(6)   NOT NULL,
    actor_school_id           VARCHAR(10),
    actor_central_school_id   VARCHAR(10),
    action                    VARCHAR(40)  NOT NULL,
    target_kind               VARCHAR(20)  NOT NULL,
    target_key                VARCHAR(64)  NOT NULL,
    target_school_id          VARCHAR(10),
    target_central_school_id  VARCHAR(10),
    refusal                   VARCHAR(40),
    changes                   CLOB         NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (division_code, entry_sequence)
);
CREATE INDEX ix_audit_target
    ON audit_entry (division_code, target_kind, target_key, entry_sequence);
CREATE INDEX ix_audit_school ON audit_entry (target_school_id, entry_sequence);
CREATE INDEX ix_audit_central_school ON audit_entry (target_central_school_id, entry_sequence);

-- Domain events written in the same transaction as the change, for a consumer to poll:
-- undelivered rows in sequence order, locked with SKIP LOCKED, then marked delivered. The
-- payload is the key=value text JdbcEventSink documents.
CREATE TABLE event_outbox (
    division_code   VARCHAR(6)   NOT NULL,
    event_sequence  BIGINT       NOT NULL,
    occurred_at     TIMESTAMP    NOT NULL,
    event_type      VARCHAR(100) NOT NULL,
    payload         CLOB         NOT NULL,
    delivered_at    TIMESTAMP  ,
    CONSTRAINT pk_event_outbox PRIMARY KEY (division_code, event_sequence)
);
CREATE INDEX ix_event_outbox_pending ON event_outbox (delivered_at, event_sequence);
