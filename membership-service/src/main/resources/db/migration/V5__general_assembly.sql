create table assembly (
    id                   uuid          primary key,
    title                varchar(200)  not null,
    place                varchar(200)  not null,
    starts_on            date          not null,
    ends_on              date          not null,
    roll_cutoff          date          not null,
    associates_vote      boolean       not null default false,
    quorum_fraction      numeric(4,3)  not null,
    roll_fixed_at        timestamptz,
    created_by           varchar(200)  not null,
    created_at           timestamptz   not null,
    check (ends_on >= starts_on and roll_cutoff <= starts_on and quorum_fraction > 0 and quorum_fraction <= 1)
);
-- The voting roll is fixed once (a snapshot): later back-dated records cannot change who could vote.
create table voting_roll_entry (
    assembly_id     uuid        not null references assembly (id),
    member_code     varchar(64) not null references member (code),
    membership_type varchar(20) not null,
    primary key (assembly_id, member_code)
);
create table agenda_item (
    id          uuid          primary key,
    assembly_id uuid          not null references assembly (id),
    number      int           not null,
    title       varchar(300)  not null,
    description varchar(4000),
    majority    varchar(20)   not null,
    closed_at   timestamptz,
    unique (assembly_id, number)
);
-- One member, one vote per item.
create table vote (
    item_id     uuid        not null references agenda_item (id),
    member_code varchar(64) not null references member (code),
    choice      varchar(10) not null,
    cast_by     varchar(200) not null,
    cast_at     timestamptz not null,
    primary key (item_id, member_code)
);
