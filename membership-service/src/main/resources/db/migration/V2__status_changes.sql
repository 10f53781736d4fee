-- Membership status is derived per date from these dated changes (append-only audit trail).
create table member_status_change (
    seq            bigint generated always as identity primary key,
    member_code    varchar(64)  not null references member (code),
    status         varchar(20)  not null,
    effective_date date         not null,
    reason         varchar(500) not null,
    recorded_by    varchar(200) not null,
    recorded_at    timestamptz  not null
);
-- "Status as of a date" = the latest change per member on or before it: this index serves that scan.
create index member_status_change_asof on member_status_change (member_code, effective_date desc, seq desc);

-- Members admitted before this migration became ACTIVE on the day they joined.
insert into member_status_change (member_code, status, effective_date, reason, recorded_by, recorded_at)
select code, 'ACTIVE', joined_on, 'admitted', 'migration V2', now() from member;
