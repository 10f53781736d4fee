-- :n members with dated status histories and ten years of dues (2016-2025), for bench/all.sh and bench/membership.sh.
-- Run with psql -v n=10000 against an empty membership database migrated by the service.
insert into member (code, name, country, region, type, population, founding_member, joined_on, created_at, version)
select 'city-' || n, 'City ' || n,
       (array['KR','KE','ES','MX','JO','FJ'])[1 + n % 6],
       (array['ASIA','AFRICA','EUROPE','AMERICAS','MIDDLE_EAST','OCEANIA'])[1 + n % 6],
       case when n % 5 = 0 then 'ASSOCIATE' else 'FULL' end,
       10000 + n * 37, n < 33, date '2008-09-01' + (n % 2500), now(), 0
from generate_series(1, :n) n;
insert into member_status_change (member_code, status, effective_date, reason, recorded_by, recorded_at)
select code, 'ACTIVE', joined_on, 'admitted', 'bench', now() from member;
-- a third of the members have been suspended and reinstated, a tenth withdrew
insert into member_status_change (member_code, status, effective_date, reason, recorded_by, recorded_at)
select code, 'SUSPENDED', joined_on + 400, 'arrears', 'bench', now() from member where substr(code, 6)::int % 3 = 0;
insert into member_status_change (member_code, status, effective_date, reason, recorded_by, recorded_at)
select code, 'ACTIVE', joined_on + 600, 'paid', 'bench', now() from member where substr(code, 6)::int % 3 = 0;
insert into member_status_change (member_code, status, effective_date, reason, recorded_by, recorded_at)
select code, 'WITHDRAWN', joined_on + 900, 'left', 'bench', now() from member where substr(code, 6)::int % 10 = 0;
-- yearly dues for everyone who had joined by the due date; one in ten never paid 2015, one in twenty pays late
insert into dues_invoice (id, member_code, year, amount, currency, due_date, issued_by, issued_at)
select gen_random_uuid(), m.code, y, 5000, 'USD', make_date(y, 3, 31), 'bench', now()
from member m cross join generate_series(2015, 2025) y where m.joined_on <= make_date(y, 3, 31);
insert into dues_payment (id, invoice_id, amount, paid_on, recorded_by, recorded_at)
select gen_random_uuid(), i.id, 5000,
       case when substr(i.member_code, 6)::int % 20 = 3 then i.due_date + 200 else i.due_date + 30 end, 'bench', now()
from dues_invoice i where not (i.year = 2015 and substr(i.member_code, 6)::int % 10 = 7);
analyze;
