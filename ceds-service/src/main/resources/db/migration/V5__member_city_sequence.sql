-- The profile follows the newest membership event by ce_sequence; an older one arriving late (a DLQ replay, a
-- rebuild) changes nothing.
alter table member_city add column profile_sequence bigint;

-- A profile update (member.updated) that arrives before the admission it follows waits here, newest by sequence,
-- and is applied when the admission arrives; nothing is dropped while its id counts as processed.
create table member_city_early_update (
    code            varchar(64)  primary key,
    sequence        bigint,
    name            varchar(200) not null,
    country         char(2)      not null,
    region          varchar(20)  not null,
    membership_type varchar(20)  not null,
    population      bigint,
    received_at     timestamptz  not null
);
