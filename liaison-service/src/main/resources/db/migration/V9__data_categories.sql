-- Issue 21 point 6: an approved information request opens only what it asked for, so each category
-- must be one that can be served. MOVEMENTS and TIMELINE become the one MOVEMENTS_AND_TIMELINE
-- section; VISITS (nothing serves it) is dropped. A request left asking for nothing keeps IDENTITY,
-- the least a request can open. Order of first mention is kept; duplicates go.

CREATE FUNCTION pg_temp.servable_categories(categories text[]) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(array_agg(category ORDER BY first_position), '{}')
    FROM (SELECT CASE WHEN value IN ('MOVEMENTS', 'TIMELINE') THEN 'MOVEMENTS_AND_TIMELINE' ELSE value END AS category,
                 min(position) AS first_position
          FROM unnest(categories) WITH ORDINALITY AS given(value, position)
          WHERE value <> 'VISITS'
          GROUP BY 1) AS mapped
$$;

UPDATE info_request
SET requested_data = CASE WHEN cardinality(pg_temp.servable_categories(requested_data)) = 0 THEN ARRAY['IDENTITY']
                          ELSE pg_temp.servable_categories(requested_data) END
WHERE requested_data && ARRAY['MOVEMENTS', 'TIMELINE', 'VISITS'];

UPDATE info_request
SET provided_data = pg_temp.servable_categories(provided_data)
WHERE provided_data && ARRAY['MOVEMENTS', 'TIMELINE', 'VISITS'];
