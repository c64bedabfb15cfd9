-- Xueji schema, version 6: the school district code (学区代码) of a school's profile, three
-- digits, part of the regional numbers its new students receive. Version 1 did not keep it, so
-- every school read back had district 000 and all the schools of a county drew their regional
-- numbers from the same counters. A row written before this migration keeps district 000, what
-- it was read as before.
ALTER TABLE school ADD COLUMN district_code VARCHAR(3) DEFAULT '000' NOT NULL;
