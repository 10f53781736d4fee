-- Membership status changes as a dated timeline instead of "the last one that arrived": events may arrive twice, late
-- or out of order (a DLQ replay, a rebuild, a status change before the admission it follows), and the standing on a
-- day is the change in force on that day, whatever the arrival order.
create table member_city_status (
    id             bigint generated always as identity primary key,
    code           varchar(64)  not null,
    effective_date date         not null,
    -- ce_sequence of the event (per member, from the membership outbox); orders changes of the same day.
    sequence       bigint,
    status         varchar(20)  not null,
    good_standing  boolean      not null,
    event_id       varchar(200) not null unique,
    received_at    timestamptz  not null
);
create index member_city_status_by_code on member_city_status (code, effective_date);

-- The profile (name, country, type) follows the newest event by sequence; an older one arriving late changes nothing.
alter table member_city add column profile_sequence bigint;

-- Cities projected before this migration keep the standing they had, as one dated entry.
insert into member_city_status (code, effective_date, sequence, status, good_standing, event_id, received_at)
select code, standing_from, null, status, good_standing, 'migrated:' || code, now()
from member_city
where standing_from is not null and (status <> 'ACTIVE' or not good_standing or standing_from > joined_on);

-- A profile update (member.updated) that arrives before the admission it follows waits here, newest by sequence,
-- and is applied when the admission arrives; nothing is dropped while its id counts as processed.
create table member_city_early_update (
    code            varchar(64)  primary key,
    sequence        bigint,
    name            varchar(200) not null,
    country         char(2)      not null,
    region          varchar(20)  not null,
    membership_type varchar(20)  not null,
    received_at     timestamptz  not null
);
