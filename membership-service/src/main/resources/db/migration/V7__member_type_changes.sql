-- A member's type (FULL, ASSOCIATE) on a date: a General Assembly's roll takes each member's type on its cutoff, not
-- today's. Appended on admission and whenever a profile change moves the type (effective the day it is recorded).
create table member_type_change (
    seq            bigint generated always as identity primary key,
    member_code    varchar(64)  not null references member (code),
    type           varchar(20)  not null,
    effective_date date         not null,
    recorded_by    varchar(200) not null,
    recorded_at    timestamptz  not null
);
create index member_type_change_asof on member_type_change (member_code, effective_date, seq);

-- No history was kept before this migration: each member's current type counts from the day it joined.
insert into member_type_change (member_code, type, effective_date, recorded_by, recorded_at)
select code, type, joined_on, 'migration V7', now() from member;
