-- Name search by words instead of one trigram index over whole names.
--
-- A million WBP share a few thousand name words ("ahmad", "rizani", "noor"), so a nearest-first
-- trigram scan over whole names met thousands of near-equal candidates and took 200-400 ms. Now a
-- query word is first matched against the small dictionary of distinct name words (trigrams and
-- edit distance tolerate typos), and WBP are then found by exact word: one word from a b-tree of
-- (word, register number), already in the order of the answer; several words from a GIN index on
-- the array of name words, which intersects their posting lists cheaply.
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

-- Each WBP under each of their name words, in register-number order: the best matches of a common
-- word are the first entries of its range. No foreign key: the triggers below keep it in step, and
-- a bulk load would otherwise check millions of keys.
CREATE TABLE inmate_name_word (
    word            text NOT NULL,
    register_number text NOT NULL,
    inmate_id       uuid NOT NULL,
    PRIMARY KEY (word, register_number) INCLUDE (inmate_id)
);
INSERT INTO inmate_name_word (word, register_number, inmate_id)
SELECT DISTINCT unnest(name_words), register_number, id FROM inmate;

-- Statement-level with transition tables, so a bulk load (COPY) indexes its rows in one statement.
-- New dictionary words go in sorted order, so concurrent admissions adding the same ones cannot deadlock.
CREATE FUNCTION name_words_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO name_word (word) SELECT DISTINCT unnest(name_words) FROM added ORDER BY 1 ON CONFLICT DO NOTHING;
    INSERT INTO inmate_name_word (word, register_number, inmate_id)
    SELECT DISTINCT unnest(name_words), register_number, id FROM added;
    RETURN NULL;
END
$$;
CREATE TRIGGER inmate_name_words_inserted AFTER INSERT ON inmate
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION name_words_inserted();

-- Only rows whose name, aliases or register number changed: most updates change neither.
CREATE FUNCTION name_words_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO name_word (word)
    SELECT DISTINCT unnest(after.name_words) FROM before JOIN after ON after.id = before.id
    WHERE (after.search_name, after.register_number) IS DISTINCT FROM (before.search_name, before.register_number)
    ORDER BY 1 ON CONFLICT DO NOTHING;
    DELETE FROM inmate_name_word entry USING before JOIN after ON after.id = before.id
    WHERE entry.inmate_id = before.id
      AND (after.search_name, after.register_number) IS DISTINCT FROM (before.search_name, before.register_number);
    INSERT INTO inmate_name_word (word, register_number, inmate_id)
    SELECT DISTINCT unnest(after.name_words), after.register_number, after.id FROM before JOIN after ON after.id = before.id
    WHERE (after.search_name, after.register_number) IS DISTINCT FROM (before.search_name, before.register_number);
    RETURN NULL;
END
$$;
CREATE TRIGGER inmate_name_words_updated AFTER UPDATE ON inmate
    REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT EXECUTE FUNCTION name_words_updated();

CREATE FUNCTION name_words_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM inmate_name_word WHERE inmate_id IN (SELECT id FROM removed);
    RETURN NULL;
END
$$;
CREATE TRIGGER inmate_name_words_deleted AFTER DELETE ON inmate
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION name_words_deleted();
