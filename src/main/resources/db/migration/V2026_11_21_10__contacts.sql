-- Contacts: organisations and people, their emails, phones, tags and notes, and the search terms
-- that make name/email/organisation/tag search an index range scan on H2 and PostgreSQL alike.
-- Every key starts with workspace_id, so the schema can be distributed by workspace.

create table contact_organizations (
    workspace_id uuid          not null references workspaces (id),
    id           uuid          not null,
    name         varchar(200)  not null,
    sort_key     varchar(200)  not null,
    website      varchar(500),
    industry     varchar(100),
    org_size     varchar(20),
    notes        varchar(4000),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    primary key (workspace_id, id)
);
create index contact_organizations_by_name on contact_organizations (workspace_id, sort_key, id);

create table contact_organization_tags (
    workspace_id    uuid         not null,
    organization_id uuid         not null,
    tag             varchar(50)  not null,
    tag_key         varchar(50)  not null,
    primary key (workspace_id, organization_id, tag_key),
    foreign key (workspace_id, organization_id) references contact_organizations (workspace_id, id) on delete cascade
);
create index contact_organization_tags_by_tag on contact_organization_tags (workspace_id, tag_key, organization_id);

create table contacts (
    workspace_id       uuid          not null references workspaces (id),
    id                 uuid          not null,
    given_name         varchar(100),
    family_name        varchar(100),
    display_name       varchar(200)  not null,
    sort_key           varchar(200)  not null,
    organization_id    uuid,
    title              varchar(100),
    department         varchar(100),
    linkedin_url       varchar(500),
    x_handle           varchar(16),
    website            varchar(500),
    preferred_language varchar(35),
    time_zone          varchar(64),
    how_we_met         varchar(1000),
    notes              varchar(4000),
    photo              bytea,
    photo_type         varchar(50),
    last_contacted_at  timestamp with time zone,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, organization_id) references contact_organizations (workspace_id, id)
);
create index contacts_by_name on contacts (workspace_id, sort_key, id);
create index contacts_by_last_contacted on contacts (workspace_id, last_contacted_at, id);
create index contacts_by_organization on contacts (workspace_id, organization_id, id);

create table contact_emails (
    workspace_id uuid          not null,
    contact_id   uuid          not null,
    email        varchar(320)  not null,
    email_key    varchar(320)  not null,
    is_primary   boolean       not null,
    ordinal      int           not null,
    primary key (workspace_id, contact_id, email_key),
    constraint contact_emails_unique unique (workspace_id, email_key),
    foreign key (workspace_id, contact_id) references contacts (workspace_id, id) on delete cascade
);

create table contact_phones (
    workspace_id uuid         not null,
    contact_id   uuid         not null,
    phone        varchar(50)  not null,
    phone_key    varchar(50)  not null,
    ordinal      int          not null,
    primary key (workspace_id, contact_id, phone_key),
    foreign key (workspace_id, contact_id) references contacts (workspace_id, id) on delete cascade
);
create index contact_phones_by_key on contact_phones (workspace_id, phone_key);

create table contact_tags (
    workspace_id uuid         not null,
    contact_id   uuid         not null,
    tag          varchar(50)  not null,
    tag_key      varchar(50)  not null,
    primary key (workspace_id, contact_id, tag_key),
    foreign key (workspace_id, contact_id) references contacts (workspace_id, id) on delete cascade
);
create index contact_tags_by_tag on contact_tags (workspace_id, tag_key, contact_id);

-- Search: each contact's (and organisation's) normalised words, lower-case, accents stripped,
-- letters and digits only. A prefix query is the range term >= 'jo' and term < 'jp'.
create table contact_terms (
    workspace_id uuid          not null,
    term         varchar(320)  not null,
    contact_id   uuid          not null,
    primary key (workspace_id, term, contact_id),
    foreign key (workspace_id, contact_id) references contacts (workspace_id, id) on delete cascade
);
create index contact_terms_by_contact on contact_terms (workspace_id, contact_id);

create table contact_organization_terms (
    workspace_id    uuid          not null,
    term            varchar(320)  not null,
    organization_id uuid          not null,
    primary key (workspace_id, term, organization_id),
    foreign key (workspace_id, organization_id) references contact_organizations (workspace_id, id) on delete cascade
);
create index contact_organization_terms_by_org on contact_organization_terms (workspace_id, organization_id);

create table contact_notes (
    workspace_id uuid           not null,
    id           uuid           not null,
    contact_id   uuid           not null,
    body         varchar(4000)  not null,
    visibility   varchar(8)     not null,
    author_id    uuid,
    author_name  varchar(100),
    created_at   timestamp with time zone not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, contact_id) references contacts (workspace_id, id) on delete cascade
);
create index contact_notes_by_contact on contact_notes (workspace_id, contact_id, id);
