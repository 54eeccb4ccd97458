-- Contacts filtered by a tag, A to Z, walked the name index and checked each contact against the tag: the fewer
-- contacts carry the tag, the more rows a page read. The tag rows now carry their contact's sort key, so an index
-- gives a tag's contacts in name order and a page reads its own rows only. Tandem writes the key with every tag
-- (a contact's tags are rewritten with it); the column stays nullable so that the release before this one, running
-- beside it during a rolling upgrade, can still write tags (its rows come last in such a list until next edited).
alter table contact_tags add column sort_key varchar(200);
update contact_tags t set sort_key = (
    select c.sort_key from contacts c where c.workspace_id = t.workspace_id and c.id = t.contact_id);
drop index contact_tags_by_tag;
create index contact_tags_by_tag on contact_tags (workspace_id, tag_key, sort_key, contact_id);
