-- A retrospective's own wording of its two open questions (empty: the default, in the respondent's language) and the
-- language its answer page opens in (the respondent can switch it there).
alter table feedback_retros add column language varchar(16);
alter table feedback_retros add column went_well_question varchar(300);
alter table feedback_retros add column to_improve_question varchar(300);
