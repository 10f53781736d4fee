-- Each member's effective status (decided status corrected by the dues ledger) as periods, future days included:
-- the read model behind member reads, lists and the directory. It is rewritten with member_standing_published, in
-- the transaction of every write that changes a timeline, so "status on a date" is one index lookup instead of the
-- member's whole status history and dues ledger. valid_until is the next period's first day (null: still current).
create table member_standing_period (
    member_code  varchar(64)  not null references member (code),
    valid_from   date         not null,
    valid_until  date,
    status       varchar(20)  not null,
    primary key (member_code, valid_from)
);
create index member_standing_period_status on member_standing_period (status, valid_from);

-- The timelines already published ("2008-09-01:ACTIVE;2009-10-05:SUSPENDED") become their periods.
insert into member_standing_period (member_code, valid_from, valid_until, status)
select member_code, valid_from, lead(valid_from) over (partition by member_code order by valid_from), status
from (select p.member_code, split_part(e, ':', 1)::date as valid_from, split_part(e, ':', 2) as status
      from member_standing_published p, unnest(string_to_array(p.timeline, ';')) as e) periods;
