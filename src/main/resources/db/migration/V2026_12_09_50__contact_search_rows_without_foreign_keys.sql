-- The search rows of a contact (its terms and their kept prefixes) are derived from the contact and written with
-- it, about 60 rows a contact. Each row's foreign key to its contact was checked on insert: an import of 50,000
-- contacts made 3 million such checks. The rows are now deleted with their contact by the statement path that
-- deletes it (Contacts.delete), and a restore replaces them with the rest of the workspace, so the keys go.
-- The tables are made again without them (the constraints have no portable name to drop), their rows copied in
-- key order and indexed after.
create table contact_terms_kept (
    workspace_id uuid          not null,
    term         varchar(320)  not null,
    contact_id   uuid          not null,
    primary key (workspace_id, term, contact_id)
);
insert into contact_terms_kept (workspace_id, term, contact_id)
select workspace_id, term, contact_id from contact_terms order by 1, 2, 3;
drop table contact_terms;
alter table contact_terms_kept rename to contact_terms;
create index contact_terms_by_contact on contact_terms (workspace_id, contact_id);

create table contact_term_prefixes_kept (
    workspace_id uuid          not null,
    prefix       varchar(6)    not null,
    sort_key     varchar(200)  not null,
    contact_id   uuid          not null,
    term         varchar(320)  not null,
    primary key (workspace_id, prefix, sort_key, contact_id, term)
);
insert into contact_term_prefixes_kept (workspace_id, prefix, sort_key, contact_id, term)
select workspace_id, prefix, sort_key, contact_id, term from contact_term_prefixes order by 1, 2, 3, 4, 5;
drop table contact_term_prefixes;
alter table contact_term_prefixes_kept rename to contact_term_prefixes;
create index contact_term_prefixes_by_contact on contact_term_prefixes (workspace_id, contact_id);
