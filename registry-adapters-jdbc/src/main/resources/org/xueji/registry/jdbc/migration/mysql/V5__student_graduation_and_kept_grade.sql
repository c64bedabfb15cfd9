-- Xueji schema, version 5: what a student carries through graduation and the rollover, which
-- version 2 did not keep: how it left the stage (graduation_kind, the GraduationKind's name,
-- set only when GRADUATED), its own cohort (the school year it counts its grade from, one later
-- than its class's when kept back a year) and the school year it was last kept back at
-- (kept_grade_year). A row written before this migration reads its class's cohort for a null
-- student_cohort_year.
ALTER TABLE student ADD COLUMN graduation_kind VARCHAR(20);
ALTER TABLE student ADD COLUMN student_cohort_year INTEGER;
ALTER TABLE student ADD COLUMN kept_grade_year INTEGER;
