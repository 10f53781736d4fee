-- The member's effective-status timeline as member.standing-changed last announced it (newest by ce_sequence),
-- future days included: standing on any day is read from it. Kept even before the city's admission arrives.
create table member_city_standing (
    code        varchar(64)  primary key,
    sequence    bigint,
    -- periods "from:status:goodStanding" joined by ";", in order (MemberStandingChangedV1.encoded)
    timeline    text         not null,
    received_at timestamptz  not null
);
