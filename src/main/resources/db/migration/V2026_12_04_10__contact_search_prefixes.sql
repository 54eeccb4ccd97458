-- A search by name reads the rows of its prefix in name order: each term's first one to six letters are rows
-- of their own, so any prefix of up to six letters is one range of one index, in name order, and its first
-- page costs the same however many contacts share it. Read by its first three letters instead, a longer
-- prefix many share ("maria") skipped every other name of its head before its own: 45,000 index entries
-- at 500,000 contacts.
create table contact_term_prefixes (
    workspace_id uuid          not null,
    prefix       varchar(6)    not null,
    sort_key     varchar(200)  not null,
    contact_id   uuid          not null,
    term         varchar(320)  not null,
    primary key (workspace_id, prefix, sort_key, contact_id, term),
    foreign key (workspace_id, contact_id) references contacts (workspace_id, id) on delete cascade
);

-- In the key's order, and indexed after: H2 appends to its pages instead of rewriting them at random.
insert into contact_term_prefixes (workspace_id, prefix, sort_key, contact_id, term)
select t.workspace_id, left(t.term, n.letters), t.sort_key, t.contact_id, t.term
from contact_terms t join (values (1), (2), (3), (4), (5), (6)) as n (letters) on char_length(t.term) >= n.letters
order by 1, 2, 3, 4, 5;
create index contact_term_prefixes_by_contact on contact_term_prefixes (workspace_id, contact_id);

-- The terms keep what a word's range needs (lists in other orders, a query's further words).
drop index contact_terms_by_head;
drop index contact_terms_by_term_and_name;
alter table contact_terms drop column head;
alter table contact_terms drop column sort_key;
