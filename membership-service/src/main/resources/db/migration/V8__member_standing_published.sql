-- The effective-status timeline last published per member (member.standing-changed): a write publishes only when the
-- timeline it leaves differs, and the reconciler finds members whose timeline was never published or drifted.
create table member_standing_published (
    member_code  varchar(64)  primary key references member (code),
    timeline     text         not null,
    published_at timestamptz  not null
);
