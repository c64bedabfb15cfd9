-- Xueji schema, version 2: students, the key tables that keep their unique values unique across
-- the whole registry, photos, students' records, the problem queue and the academic calendar.
--
-- A student row is keyed by the county of the student's school and the student's id, so a
-- distributed engine keeps a county's students on one shard. A unique index on such a table can
-- only be unique within a shard, yet a student key (the identity number, or a guardian's number
-- with the child's name and birth date, or another document), a registry number (学籍号) and a
-- regional number (地区学号) must each be unique in the whole registry. So each of them, and the
-- student id itself, has a key table keyed by the value alone, written in the same transaction as
-- the student row: a distributed engine shards a key table by that value, and its primary key
-- refuses the second school that races to enroll the same child. JdbcStudentStore documents this.
-- Identity numbers are kept in full here, the one place that may keep them.

-- Where each student lives: the student id, unique in the registry, and the county of the row.
CREATE TABLE student_locator (
    student_id     CHAR(36)    NOT NULL,
    county_code    VARCHAR(6)  NOT NULL,
    PRIMARY KEY (student_id)
);

-- The student keys (ID:, GD:, DC:), each held by one student.
CREATE TABLE student_key (
    key_value      VARCHAR(200) NOT NULL,
    county_code    VARCHAR(6)   NOT NULL,
    student_id     CHAR(36)     NOT NULL,
    PRIMARY KEY (key_value)
);

-- The registry numbers (学籍号), each held by one student.
CREATE TABLE student_registry_number (
    registry_number  VARCHAR(32) NOT NULL,
    county_code      VARCHAR(6)  NOT NULL,
    student_id       CHAR(36)    NOT NULL,
    PRIMARY KEY (registry_number)
);

-- The regional student numbers (地区学号), each held by one student.
CREATE TABLE student_regional_number (
    regional_number  VARCHAR(32) NOT NULL,
    county_code      VARCHAR(6)  NOT NULL,
    student_id       CHAR(36)    NOT NULL,
    PRIMARY KEY (regional_number)
);

-- Students (学生): details, identity document, up to two guardians, numbers, school and class
-- (the class's cohort is the school year of grade 1), status and flags. Flags are their names,
-- comma-separated. Codes are the national codes.
CREATE TABLE student (
    county_code                  VARCHAR(6)   NOT NULL,
    student_id                   CHAR(36)     NOT NULL,
    student_key                  VARCHAR(200) NOT NULL,
    registry_number              VARCHAR(32)  NOT NULL,
    regional_number              VARCHAR(32)  NOT NULL,
    school_id                    VARCHAR(10)  NOT NULL,
    central_school_id            VARCHAR(10),
    cohort_year                  INTEGER      NOT NULL,
    class_number                 INTEGER      NOT NULL,
    name                         VARCHAR(100) NOT NULL,
    sex_code                     VARCHAR(8)   NOT NULL,
    birth_date                   DATE         NOT NULL,
    birthplace                   VARCHAR(200) NOT NULL,
    native_place                 VARCHAR(200) NOT NULL,
    ethnicity_code               VARCHAR(8)   NOT NULL,
    nationality                  VARCHAR(60)  NOT NULL,
    overseas_status_code         VARCHAR(8)   NOT NULL,
    health_code                  VARCHAR(8)   NOT NULL,
    household_place              VARCHAR(200) NOT NULL,
    household_type_code          VARCHAR(8)   NOT NULL,
    entry_month                  VARCHAR(7)   NOT NULL,
    attendance_mode_code         VARCHAR(8)   NOT NULL,
    source_code                  VARCHAR(8)   NOT NULL,
    address                      VARCHAR(200) NOT NULL,
    phone                        VARCHAR(40)  NOT NULL,
    only_child                   BOOLEAN      NOT NULL,
    left_behind                  BOOLEAN      NOT NULL,
    migrant                      BOOLEAN      NOT NULL,
    disability_code              VARCHAR(8)   NOT NULL,
    inclusive_class_code         VARCHAR(8)   NOT NULL,
    document_type_code           VARCHAR(8),
    document_number              VARCHAR(60),
    guardian1_name               VARCHAR(100),
    guardian1_relation           VARCHAR(40),
    guardian1_document_type      VARCHAR(8),
    guardian1_document_number    VARCHAR(60),
    guardian1_phone              VARCHAR(40),
    guardian2_name               VARCHAR(100),
    guardian2_relation           VARCHAR(40),
    guardian2_document_type      VARCHAR(8),
    guardian2_document_number    VARCHAR(60),
    guardian2_phone              VARCHAR(40),
    status                       VARCHAR(20)  NOT NULL,
    return_reason                VARCHAR(500),
    flags                        VARCHAR(200) NOT NULL,
    version                      BIGINT       NOT NULL,
    PRIMARY KEY (county_code, student_id)
);
CREATE INDEX ix_student_class
    ON student (county_code, school_id, cohort_year, class_number);
CREATE INDEX ix_student_status ON student (county_code, status, school_id);
CREATE INDEX ix_student_person ON student (name, sex_code, birth_date);

-- One photo per student, JPEG bytes.
CREATE TABLE student_photo (
    county_code    VARCHAR(6)  NOT NULL,
    student_id     CHAR(36)    NOT NULL,
    jpeg           BYTEA       NOT NULL,
    taken_on       DATE        NOT NULL,
    PRIMARY KEY (county_code, student_id)
);

-- Entries of students' records that need no review, numbered per student in append order.
CREATE TABLE student_record_entry (
    county_code    VARCHAR(6)   NOT NULL,
    student_id     CHAR(36)     NOT NULL,
    entry_number   INTEGER      NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    entry_date     DATE         NOT NULL,
    title          VARCHAR(100) NOT NULL,
    detail         VARCHAR(500) NOT NULL,
    PRIMARY KEY (county_code, student_id, entry_number)
);

-- The problem queue (问题学籍), keyed by the division of the entry's place and a sequence taken
-- in blocks from the number_sequence row 'problem_record'.
CREATE TABLE problem_record (
    division_code         VARCHAR(6)  NOT NULL,
    problem_sequence      BIGINT      NOT NULL,
    kind                  VARCHAR(20) NOT NULL,
    student_id            CHAR(36)    NOT NULL,
    related_student_id    CHAR(36),
    school_id             VARCHAR(10),
    central_school_id     VARCHAR(10),
    recorded_at           TIMESTAMP    NOT NULL,
    PRIMARY KEY (division_code, problem_sequence)
);

-- The registry's one academic calendar, in one row created here without a state. A change is
-- an UPDATE conditional on the digest of the state it replaces, so two administrators racing get
-- one success on every engine; 'empty' is the digest of no calendar. The policy is the text
-- JdbcCalendarStore documents.
CREATE TABLE academic_calendar (
    calendar_id          VARCHAR(20)  NOT NULL,
    state_digest         VARCHAR(64)  NOT NULL,
    current_year         INTEGER,
    rollover_started_on  DATE,
    policy               TEXT,
    PRIMARY KEY (calendar_id)
);
INSERT INTO academic_calendar (calendar_id, state_digest) VALUES ('registry', 'empty');
