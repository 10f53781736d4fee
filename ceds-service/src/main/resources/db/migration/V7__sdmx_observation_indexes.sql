-- Measured with bench/ceds-sdmx.sh at 60,000 observations: a query by measure and year without a city (a country's
-- scores for a year, every city's latest score) and the Delete dataset of an increment scanned the whole table.
create index sdmx_observation_by_measure on sdmx_observation (framework_code, framework_version, measure, time_period)
    where withdrawn_at is null;
create index sdmx_observation_by_withdrawal on sdmx_observation (framework_code, framework_version, withdrawn_at)
    where withdrawn_at is not null;
