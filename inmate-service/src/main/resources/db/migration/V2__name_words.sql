-- Name search by words instead of one trigram index over whole names.
--
-- A million WBP share a few thousand name words ("ahmad", "rizani", "noor"), so a nearest-first
-- trigram scan over whole names met thousands of near-equal candidates and took 200-400 ms. Now a
-- query word is first matched against the small dictionary of distinct name words (trigrams and
-- edit distance tolerate typos), and WBP are then found by exact word from a GIN index on the array
-- of their name words, which intersects several words cheaply.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

DROP INDEX inmate_search_name_trgm;

ALTER TABLE inmate ADD COLUMN name_words text[]
    GENERATED ALWAYS AS (array_remove(regexp_split_to_array(search_name, '[^[:alnum:]]+'), '')) STORED;
CREATE INDEX inmate_name_words ON inmate USING gin (name_words);

-- Every word that is or was part of a name or alias. A word no longer used stays: it only makes a
-- search look once at an empty posting list.
CREATE TABLE name_word (
    word text PRIMARY KEY
);
CREATE INDEX name_word_trgm ON name_word USING gin (word gin_trgm_ops);
-- Candidates for the edit-distance match: words with the same first letter.
CREATE INDEX name_word_initial ON name_word (left(word, 1));

INSERT INTO name_word (word) SELECT DISTINCT unnest(name_words) FROM inmate;

-- Statement-level with transition tables, so a bulk load (COPY) adds its words in one statement.
-- Words go in sorted order, so concurrent admissions that add the same new words cannot deadlock.
CREATE FUNCTION remember_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO name_word (word)
    SELECT DISTINCT unnest(name_words) FROM changed ORDER BY 1
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER inmate_name_words_inserted AFTER INSERT ON inmate
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION remember_name_words();
CREATE TRIGGER inmate_name_words_updated AFTER UPDATE ON inmate
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION remember_name_words();
