-- The analyst's first queries, in DuckDB SQL, over the tables in out/ (run from the project root after
-- jobs/run-local.sh):   duckdb -c ".read notebooks/queries.sql"   or paste them into a notebook.
-- Each query starts with a "-- name:" line; notebooks/explore.ipynb runs the same queries.

-- name: views
-- The tables of the output's current run. The manifest names its folder (runs/<run id>), and reading that folder
-- gives one run's tables even while another run publishes a new one (out/current/ is the same folder as a link).
SET VARIABLE qs_run = 'out/' || (SELECT current FROM read_json_auto('out/_manifest.json'));
CREATE OR REPLACE VIEW articles          AS SELECT * FROM read_parquet(getvariable('qs_run') || '/articles/**/*.parquet', hive_partitioning = true);
CREATE OR REPLACE VIEW sentences         AS SELECT * FROM read_parquet(getvariable('qs_run') || '/sentences/**/*.parquet', hive_partitioning = true);
CREATE OR REPLACE VIEW quotes            AS SELECT * FROM read_parquet(getvariable('qs_run') || '/quotes/**/*.parquet', hive_partitioning = true);
CREATE OR REPLACE VIEW speakers          AS SELECT * FROM read_parquet(getvariable('qs_run') || '/speakers/**/*.parquet');
CREATE OR REPLACE VIEW party_mentions    AS SELECT * FROM read_parquet(getvariable('qs_run') || '/party_mentions/**/*.parquet', hive_partitioning = true);
CREATE OR REPLACE VIEW stances           AS SELECT * FROM read_parquet(getvariable('qs_run') || '/stances/**/*.parquet', hive_partitioning = true);
CREATE OR REPLACE VIEW stance_summary    AS SELECT * FROM read_parquet(getvariable('qs_run') || '/stance_summary/**/*.parquet');
CREATE OR REPLACE VIEW rejects           AS SELECT * FROM read_parquet(getvariable('qs_run') || '/rejects/**/*.parquet');
CREATE OR REPLACE VIEW article_speakers  AS SELECT * FROM read_parquet(getvariable('qs_run') || '/article_speakers/**/*.parquet', hive_partitioning = true);
CREATE OR REPLACE VIEW quote_occurrences AS SELECT * FROM read_parquet(getvariable('qs_run') || '/quote_occurrences/**/*.parquet');

-- name: top_speakers
-- Who is quoted most, and how widely.
SELECT speaker_id, name, type, n_quotes, n_articles, titles
FROM speakers
ORDER BY n_quotes DESC, n_articles DESC, name
LIMIT 20;

-- name: one_speaker
-- Everything one speaker said, in order, traceable to the characters of each article.
-- Put a speaker_id from top_speakers in place of the subquery, e.g. 'person:ali-abdullah-ayyoub' (speakers.variants lists the names merged into it).
SELECT q.article_id, a.published, q.kind, q.text, q.cue, q.speaker_mention, q.start, q."end", q.attribution, q.confidence
FROM quotes q JOIN articles a USING (article_id)
WHERE q.speaker_id = (SELECT speaker_id FROM speakers ORDER BY n_quotes DESC, name LIMIT 1)
ORDER BY a.published, q.article_id, q.start;

-- name: stance_matrix
-- Speaker x party: mean stance score and the number of stances behind it (speakers with a speaker_id only).
SELECT s.holder, s.party, s.mean_score, s.n_negative + s.n_neutral + s.n_positive AS n
FROM stance_summary s
WHERE s.holder_id NOT LIKE 'author:%'
ORDER BY n DESC, s.holder, s.party
LIMIT 50;

-- name: party_over_time
-- Stance toward one party by month, speakers and authors apart. Replace the subquery with a party name.
SELECT strftime(a.published, '%Y-%m') AS month,
       CASE WHEN st.quote_id IS NULL THEN 'author' ELSE 'speakers' END AS holders,
       count(*) AS n, round(avg(st.score), 3) AS mean_score,
       count(*) FILTER (WHERE st.label = 'negative') AS n_negative,
       count(*) FILTER (WHERE st.label = 'positive') AS n_positive
FROM stances st JOIN articles a USING (article_id)
WHERE st.party = (SELECT party FROM stances GROUP BY party ORDER BY count(*) DESC, party LIMIT 1)
  AND a.published IS NOT NULL
GROUP BY ALL
ORDER BY month, holders;

-- name: party_quotes
-- Quotes that mention one party, with the speaker's stance and its evidence.
SELECT st.holder, st.label, st.score, st.evidence, st.mention, q.text AS quote, q.article_id
FROM stances st JOIN quotes q USING (article_id, quote_id)
WHERE st.party = (SELECT party FROM stances WHERE quote_id IS NOT NULL GROUP BY party ORDER BY count(*) DESC, party LIMIT 1)
ORDER BY abs(st.score) DESC, q.article_id, q.start
LIMIT 25;

-- name: carried_quotes
-- The quotations carried by the most articles and outlets (the same words by the same speaker,
-- however punctuated or trimmed), with how many of those articles are syndicated copies.
SELECT speaker, text, n_articles, n_sources, n_articles - n_articles_dedup AS n_copies, first_published, last_published
FROM quote_occurrences
WHERE speaker IS NOT NULL
ORDER BY n_articles DESC, n_sources DESC, quote_key
LIMIT 20;

-- name: stance_without_copies
-- Stance counts with and without near-duplicate articles: a wire story run by twenty outlets counts once
-- in the _dedup columns. Also the languages of the corpus, and which share of articles are copies.
SELECT s.holder, s.party,
       s.n_negative + s.n_neutral + s.n_positive AS n_all,
       s.n_negative_dedup + s.n_neutral_dedup + s.n_positive_dedup AS n_dedup,
       s.mean_score, s.mean_score_dedup,
       (SELECT count(*) FILTER (WHERE duplicate_of IS NOT NULL) / count(*) FROM articles) AS share_of_copies,
       (SELECT string_agg(language || ' ' || n, ', ') FROM (SELECT language, count(*) AS n FROM articles GROUP BY 1)) AS languages
FROM stance_summary s
WHERE s.holder_id NOT LIKE 'author:%'
ORDER BY n_all DESC, s.holder, s.party
LIMIT 30;
