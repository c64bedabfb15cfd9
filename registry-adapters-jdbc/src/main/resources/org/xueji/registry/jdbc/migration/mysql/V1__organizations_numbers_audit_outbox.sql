-- Xueji schema, version 1: education authorities, schools, classes, regional-number counters,
-- the audit trail and the event outbox.
--
-- Every key of a table that grows with students begins with the county division code, the shard
-- key on Citus and TiDB. Identifiers come from the application (UUIDs or per-prefix counters);
-- there are no identity columns and no sequences. Rows that users edit carry an optimistic
-- version. Times are UTC in DATETIME(6) columns (TIMESTAMP would end in 2038). Text compares
-- exactly (utf8mb4_bin), as on the other engines.

-- Education authorities (教育行政部门): few rows, read everywhere; a reference table when
-- distributed.
CREATE TABLE authority (
    unit_code           VARCHAR(32)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    division_code       VARCHAR(6)   NOT NULL,
    address             VARCHAR(300),
    region_category     VARCHAR(8),
    economic_attribute  VARCHAR(8),
    ethnic_attribute    VARCHAR(8),
    phone               VARCHAR(40),
    level               VARCHAR(16)  NOT NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (unit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_authority_division ON authority (division_code);

-- Schools (学校) and branch schools (教学点, with a central school).
CREATE TABLE school (
    county_code                 VARCHAR(6)   NOT NULL,
    school_id                   VARCHAR(10)  NOT NULL,
    name                        VARCHAR(200) NOT NULL,
    school_code                 VARCHAR(32),
    authority_unit_code         VARCHAR(32)  NOT NULL,
    phone                       VARCHAR(40),
    ownership_code              VARCHAR(8),
    urban_rural_code            VARCHAR(8),
    category_code               VARCHAR(8),
    school_system               VARCHAR(16),
    central_school_id           VARCHAR(10),
    approved_classes_per_grade  INTEGER,
    version                     BIGINT       NOT NULL,
    PRIMARY KEY (county_code, school_id),
    CONSTRAINT uq_school_code UNIQUE (county_code, school_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_school_id ON school (school_id);
CREATE INDEX ix_school_central ON school (county_code, central_school_id);
CREATE INDEX ix_school_authority ON school (authority_unit_code);

-- Classes (班级); the grade is derived from the cohort year, the school year of grade 1.
CREATE TABLE school_class (
    county_code         VARCHAR(6)   NOT NULL,
    class_id            VARCHAR(36)  NOT NULL,
    school_id           VARCHAR(10)  NOT NULL,
    cohort_year         INTEGER      NOT NULL,
    name                VARCHAR(60)  NOT NULL,
    head_teacher        VARCHAR(60),
    founded_year_month  VARCHAR(7),
    school_system       VARCHAR(16),
    class_type_code     VARCHAR(8),
    honours             VARCHAR(500),
    version             BIGINT       NOT NULL,
    PRIMARY KEY (county_code, class_id),
    CONSTRAINT uq_school_class_name UNIQUE (county_code, school_id, cohort_year, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One counter row per regional-number prefix (county, year, district, feature digit).
CREATE TABLE number_sequence (
    prefix      VARCHAR(32) NOT NULL,
    last_value  BIGINT      NOT NULL,
    PRIMARY KEY (prefix)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The audit trail (操作日志): append-only.
CREATE TABLE audit_entry (
    county_code   VARCHAR(6)   NOT NULL,
    entry_id      VARCHAR(36)  NOT NULL,
    occurred_at   DATETIME(6)  NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    action        VARCHAR(60)  NOT NULL,
    subject_type  VARCHAR(40)  NOT NULL,
    subject_id    VARCHAR(64)  NOT NULL,
    detail        MEDIUMTEXT,
    PRIMARY KEY (county_code, entry_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_audit_subject
    ON audit_entry (county_code, subject_type, subject_id, occurred_at);
CREATE INDEX ix_audit_time ON audit_entry (county_code, occurred_at);

-- Domain events written in the same transaction as the change, for a consumer to poll:
-- undelivered rows in time order, then marked delivered.
CREATE TABLE event_outbox (
    county_code     VARCHAR(6)   NOT NULL,
    event_id        VARCHAR(36)  NOT NULL,
    occurred_at     DATETIME(6)  NOT NULL,
    event_type      VARCHAR(100) NOT NULL,
    aggregate_type  VARCHAR(40)  NOT NULL,
    aggregate_id    VARCHAR(64)  NOT NULL,
    payload         MEDIUMTEXT   NOT NULL,
    delivered_at    DATETIME(6),
    PRIMARY KEY (county_code, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_event_outbox_pending ON event_outbox (delivered_at, occurred_at);
