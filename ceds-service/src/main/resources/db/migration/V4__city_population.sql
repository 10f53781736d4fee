-- Population from membership events, for peer groups (population classes) in benchmarks.
alter table member_city add column population bigint;
