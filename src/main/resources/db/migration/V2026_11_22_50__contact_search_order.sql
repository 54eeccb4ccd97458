-- A search's first page, A to Z, is read from the terms alone: each term carries its contact's sort key,
-- so a prefix ("ros") is one index range, sorted and cut to a page before any contact row is read.
alter table contact_terms add column sort_key varchar(200);
update contact_terms t set sort_key = (select c.sort_key from contacts c where c.workspace_id = t.workspace_id and c.id = t.contact_id);
alter table contact_terms alter column sort_key set not null;
create index contact_terms_by_term_and_name on contact_terms (workspace_id, term, sort_key, contact_id);
