-- A search by a longer prefix that many names share ("alessandro") reads its head in name order and
-- skips the terms that do not start with it: the term in the head's index saves reading each row.
drop index contact_terms_by_head;
create index contact_terms_by_head on contact_terms (workspace_id, head, sort_key, contact_id, term);
