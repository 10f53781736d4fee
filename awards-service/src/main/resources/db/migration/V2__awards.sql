-- The WeGO Awards: editions, entries, jury, reviews, results and the hash-chained audit log.
alter table member_city add column status varchar(20) not null default 'ACTIVE';
alter table member_city add column good_standing boolean not null default true;
-- A status change may take effect later than it is announced; until then the previous standing holds.
alter table member_city add column standing_from date;
alter table member_city add column previous_good_standing boolean not null default true;

create table edition (
    id                        uuid primary key,
    year                      int          not null,
    title                     varchar(200) not null unique,
    phase                     varchar(20)  not null,
    submission_deadline       timestamptz  not null,
    grace_minutes             int          not null,
    reviewers_per_entry       int          not null,
    judge_load_limit          int          not null,
    normalise                 boolean      not null,
    reviews_visible_after_own boolean      not null,
    winners_per_category      int          not null,
    tie_breaks                varchar(200) not null,
    categories                text         not null,
    rubric                    text         not null,
    created_by                varchar(100) not null,
    created_at                timestamptz  not null,
    version                   int          not null
);

create table edition_phase (
    edition_id uuid         not null references edition (id),
    phase      varchar(20)  not null,
    entered_at timestamptz  not null,
    entered_by varchar(100) not null,
    primary key (edition_id, phase)
);

create table entry (
    id               uuid primary key,
    edition_id       uuid         not null references edition (id),
    city             varchar(64)  not null,
    category         varchar(40)  not null,
    status           varchar(20)  not null,
    title            varchar(300) not null,
    summary          text,
    description      text,
    outcomes         text,
    links            text         not null,
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    submitted_by     varchar(100),
    submitted_at     timestamptz,
    screening_reason text,
    screened_by      varchar(100),
    screened_at      timestamptz,
    version          int          not null,
    unique (edition_id, city, category)
);
create index entry_edition on entry (edition_id, category);

create table judge (
    edition_id uuid         not null references edition (id),
    username   varchar(100) not null,
    name       varchar(200) not null,
    city       varchar(64)  not null,
    country    char(2)      not null,
    categories text         not null,
    added_by   varchar(100) not null,
    added_at   timestamptz  not null,
    primary key (edition_id, username)
);

create table declared_conflict (
    entry_id    uuid         not null references entry (id),
    judge       varchar(100) not null,
    reason      text         not null,
    declared_by varchar(100) not null,
    declared_at timestamptz  not null,
    primary key (entry_id, judge)
);

create table assignment (
    entry_id    uuid         not null references entry (id),
    judge       varchar(100) not null,
    mode        varchar(10)  not null,
    assigned_by varchar(100) not null,
    assigned_at timestamptz  not null,
    primary key (entry_id, judge)
);
create index assignment_judge on assignment (judge);

create table review (
    entry_id     uuid         not null references entry (id),
    judge        varchar(100) not null,
    abstain      boolean      not null,
    reason       text,
    scores       text         not null,
    revision     int          not null,
    submitted_at timestamptz  not null,
    primary key (entry_id, judge)
);

create table result (
    edition_id   uuid         not null references edition (id),
    entry_id     uuid         not null references entry (id),
    category     varchar(40)  not null,
    place        int          not null,
    confirmed_by varchar(100) not null,
    confirmed_at timestamptz  not null,
    primary key (edition_id, entry_id)
);

create table audit_record (
    edition_id    uuid         not null references edition (id),
    sequence      bigint       not null,
    at            timestamptz  not null,
    actor         varchar(100) not null,
    action        varchar(40)  not null,
    subject       varchar(100),
    details       text         not null,
    previous_hash char(64)     not null,
    hash          char(64)     not null,
    primary key (edition_id, sequence)
);

-- Append-only: the application never updates or deletes audit records, and the database refuses it too.
create function audit_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only';
end;
$$;
create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function audit_record_is_append_only();
