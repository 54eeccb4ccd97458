-- The kept prefixes that half or more of a workspace's contacts have (ADR 14): a search led by one reads the terms,
-- so their rows are no longer written to contact_term_prefixes. Derived like the search rows, without foreign keys.
create table contact_shared_prefixes (
    workspace_id uuid       not null,
    prefix       varchar(6) not null,
    primary key (workspace_id, prefix)
);
