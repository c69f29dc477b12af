-- Issue 20 point 8: an offence names its law as a code and its article, and carries the category the
-- offence table (rules/offence-categories.csv) gave it at admission. Rows admitted before stay null:
-- they were never categorised by this table and are not counted as uncategorised.
ALTER TABLE offence ADD COLUMN law_code text;
ALTER TABLE offence ADD COLUMN article_ref text;
ALTER TABLE offence ADD COLUMN category text;
CREATE INDEX offence_uncategorised ON offence (law_code, article_ref) WHERE category = 'OTHER';
