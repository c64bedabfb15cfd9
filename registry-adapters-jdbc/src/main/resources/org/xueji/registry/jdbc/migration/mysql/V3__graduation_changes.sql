-- Xueji schema, version 3: change cases (学籍变动申请) and the history entries beside them,
-- senior-high graduation cases, the rollover's checkpoints and follow-up entries, and the index
-- that bulk jobs page students by.
--
-- Student-related rows keep the county code in their primary key, so a distributed engine keeps
-- a county on one shard. A change case is keyed by the county of the student's place when it
-- was applied for and its id; change_case_locator keeps each id unique in the whole registry and
-- finds its county. The texts JdbcChangeCaseStore documents hold a case's proofs, details and
-- approval steps; a key-data correction's details may hold a new identity number in full.
-- Times are UTC in DATETIME(6); text compares exactly (utf8mb4_bin), as on the other engines.

-- Where each change case lives: the case id, unique in the registry, and the county of the row.
CREATE TABLE change_case_locator (
    case_id        CHAR(36)    NOT NULL,
    county_code    VARCHAR(6)  NOT NULL,
    PRIMARY KEY (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Change cases, written whole with their steps; never deleted. The pending_ columns are the
-- scope of the step awaiting a decision (all null when none is), so an approver's inbox is an
-- indexed query.
CREATE TABLE change_case (
    county_code               VARCHAR(6)   NOT NULL,
    case_id                   CHAR(36)     NOT NULL,
    student_id                CHAR(36)     NOT NULL,
    kind                      VARCHAR(30)  NOT NULL,
    place_division            VARCHAR(6)   NOT NULL,
    place_school              VARCHAR(10),
    place_central_school      VARCHAR(10),
    stage                     VARCHAR(20)  NOT NULL,
    applicant                 VARCHAR(30)  NOT NULL,
    applicant_division        VARCHAR(6)   NOT NULL,
    applicant_school          VARCHAR(10),
    applicant_central_school  VARCHAR(10),
    applicant_account         VARCHAR(100) NOT NULL,
    applied_at                DATETIME(6)  NOT NULL,
    reason                    MEDIUMTEXT   NOT NULL,
    proofs                    MEDIUMTEXT   NOT NULL,
    details                   MEDIUMTEXT   NOT NULL,
    steps                     MEDIUMTEXT   NOT NULL,
    state                     VARCHAR(20)  NOT NULL,
    note                      MEDIUMTEXT   NOT NULL,
    closed_at                 DATETIME(6),
    pending_level             VARCHAR(20),
    pending_division          VARCHAR(6),
    pending_school            VARCHAR(10),
    pending_central_school    VARCHAR(10),
    version                   BIGINT       NOT NULL,
    PRIMARY KEY (county_code, case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_change_case_student ON change_case (student_id, state);
CREATE INDEX ix_change_case_pending ON change_case (pending_division, pending_level);
CREATE INDEX ix_change_case_pending_school ON change_case (pending_school);
CREATE INDEX ix_change_case_pending_central ON change_case (pending_central_school);

-- Students' history entries other than change cases, numbered per student in append order;
-- facts are the key=value text JdbcHistoryStore documents.
CREATE TABLE student_history (
    county_code    VARCHAR(6)   NOT NULL,
    student_id     CHAR(36)     NOT NULL,
    entry_number   INTEGER      NOT NULL,
    recorded_at    DATETIME(6)  NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    account        VARCHAR(100) NOT NULL,
    facts          MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (county_code, student_id, entry_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Senior-high graduation cases, one per student, in the student's county.
CREATE TABLE graduation_case (
    county_code         VARCHAR(6)   NOT NULL,
    student_id          CHAR(36)     NOT NULL,
    place_division      VARCHAR(6)   NOT NULL,
    school_id           VARCHAR(10),
    central_school_id   VARCHAR(10),
    graduation_year     INTEGER      NOT NULL,
    kind                VARCHAR(20)  NOT NULL,
    state               VARCHAR(20)  NOT NULL,
    return_reason       MEDIUMTEXT,
    changed_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (county_code, student_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_graduation_case_state ON graduation_case (county_code, state);

-- One checkpoint per school year rolled into; state_text is the whole checkpoint as text, which
-- a compare-and-set compares.
CREATE TABLE rollover_checkpoint (
    target_year        INTEGER      NOT NULL,
    started_on         DATE         NOT NULL,
    expected_count     BIGINT       NOT NULL,
    segment            INTEGER      NOT NULL,
    after_student_id   CHAR(36),
    kept_grade         BIGINT       NOT NULL,
    listed             BIGINT       NOT NULL,
    already_done       BIGINT       NOT NULL,
    finished           BOOLEAN      NOT NULL,
    state_text         VARCHAR(300) NOT NULL,
    PRIMARY KEY (target_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The students a rollover lists for follow-up, once each per target year, ordered by a sequence
-- taken in blocks from the number_sequence row 'rollover_entry'.
CREATE TABLE rollover_entry (
    target_year        INTEGER      NOT NULL,
    county_code        VARCHAR(6)   NOT NULL,
    student_id         CHAR(36)     NOT NULL,
    entry_sequence     BIGINT       NOT NULL,
    school_id          VARCHAR(10),
    central_school_id  VARCHAR(10),
    grade_before       INTEGER      NOT NULL,
    reason             VARCHAR(20)  NOT NULL,
    PRIMARY KEY (target_year, county_code, student_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_rollover_entry_order ON rollover_entry (target_year, entry_sequence);

-- Bulk jobs read students page by page by division, status and cohort, in id order.
CREATE INDEX ix_student_selection ON student (county_code, status, cohort_year, student_id);
