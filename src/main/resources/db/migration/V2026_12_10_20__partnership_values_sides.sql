-- Values are stated by each side of a partnership (issue 20, "Inclusion and values"). A value is one row per
-- partnership and value key, marked with the sides that hold it: a value both sides hold is shared. Every value
-- written before this migration was stated on our side (the edit form), so existing rows are ours only.
-- Additive: two columns with defaults, the primary key (workspace, partnership, key) stays as it is.
alter table partnership_values add column ours boolean default true not null;
alter table partnership_values add column theirs boolean default false not null;
