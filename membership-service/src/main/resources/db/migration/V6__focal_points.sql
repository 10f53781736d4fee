-- Who holds each focal-point role for a member, over time (mayors and CIOs change after local elections).
create table focal_point (
    id           uuid         primary key,
    member_code  varchar(64)  not null references member (code),
    role         varchar(20)  not null,
    name         varchar(200) not null,
    title        varchar(200),
    email        varchar(254),
    phone        varchar(50),
    since        date         not null,
    until        date,
    recorded_by  varchar(200) not null,
    recorded_at  timestamptz  not null
);
create index focal_point_member_role on focal_point (member_code, role, since);
