-- Students keep the kind of their graduation (毕业/结业/肄业) and the school year in which they
-- last kept their grade at a rollover, both null until they happen.
ALTER TABLE student ADD COLUMN graduation_kind VARCHAR(16);
ALTER TABLE student ADD COLUMN kept_grade_at INTEGER;
