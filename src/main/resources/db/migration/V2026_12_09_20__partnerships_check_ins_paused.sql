-- A deferred relationship (endings' "not now") also leaves the losing-touch view until its date: the partnership
-- keeps the day its check-ins are paused until, set and cleared by the endings module through the partnerships
-- service. Deferrals already running are carried over.

alter table partnerships add column check_ins_paused_until date;

update partnerships set check_ins_paused_until = (
    select max(d.until_on) from endings_deferrals d
    where d.workspace_id = partnerships.workspace_id and d.partnership_id = partnerships.id and d.ended_at is null);
