-- Each score row keeps the weekly scores of its last twelve weeks (the portfolio's sparkline), so that a
-- portfolio page reads its fifty rows and nothing else. A row written before this has none until it is
-- next computed (at the latest by the next day's decay run); until then its trend is read from the snapshots.
alter table health_scores add column trend_from date;
alter table health_scores add column trend varchar(100);
