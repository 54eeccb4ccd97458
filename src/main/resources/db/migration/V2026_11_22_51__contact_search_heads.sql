-- A search by three letters or more reads the terms that begin with its first three ("ros") in name order,
-- so its first page costs the same whether ten contacts match or ten thousand.
alter table contact_terms add column head varchar(3);
update contact_terms set head = left(term, 3);
alter table contact_terms alter column head set not null;
create index contact_terms_by_head on contact_terms (workspace_id, head, sort_key, contact_id);
