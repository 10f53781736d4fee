-- Membership status changes as a dated timeline (as in the awards-service): a withdrawn or expelled city cannot
-- start assessments from the change's effective date on, whatever order the events arrive in.
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
