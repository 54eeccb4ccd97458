-- A portfolio line shows its top signal only: kept in columns beside the signals, so that listing fifty lines
-- parses no JSON. Each of its evidence arguments follows a unit separator (U+001F), which no argument holds.
-- A row written before this has none until it is next computed (at the latest by the next day's decay run);
-- until then its top signal is read from the signals.
alter table health_scores add column top_evidence varchar(60);
alter table health_scores add column top_args varchar(1000);
alter table health_scores add column top_advice varchar(60);
