-- Blind review per edition: judges do not see which city an entry comes from until the results are announced.
alter table edition add column blind_review boolean not null default false;
