-- Release plans and routing by regency (issue 21, point 5): the latest plan of each WBP, and on each
-- release notice the reason it went to its unit. Notices issued before carry no routing (they all
-- went to the configured home unit).
CREATE TABLE release_plan (
    inmate_id    uuid PRIMARY KEY,
    regency_code text        NOT NULL,
    plan         jsonb       NOT NULL,
    planned_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);

ALTER TABLE notification ADD COLUMN routing text;
