--liquibase formatted sql

-- The innovation index (IGA / Indeks Inovasi Daerah) as Kawal computes it from the registry (issue 10, item 6).
-- innovation_index_year: per index year, the eligibility window an administrator sets (only innovations implemented
-- inside it count) and the region's capacity score (SPD, 0-100) taken from the national self-assessment, which Kawal
-- does not measure itself. A year without a row has no window: the index says so instead of computing on nothing.
-- innovation_index_weight: the weights of the score, setup data an administrator edits; each group sums to 100.

--changeset kawal:014-innovation-index
create table innovation_index_year (
    index_year integer not null,
    window_from date not null,
    window_to date not null,
    spd_score numeric(5,2),
    version bigint default 0 not null,
    updated_by varchar(64) not null,
    updated_at timestamp(6) with time zone not null,
    constraint pk_innovation_index_year primary key (index_year),
    constraint ck_innovation_index_window check (window_from <= window_to)
);

create table innovation_index_weight (
    code varchar(40) not null,
    weight_group varchar(20) not null,
    weight numeric(5,2) not null,
    sort_order integer not null,
    version bigint default 0 not null,
    updated_by varchar(64) not null,
    updated_at timestamp(6) with time zone not null,
    constraint pk_innovation_index_weight primary key (code)
);
create index ix_innovation_index_weight_group on innovation_index_weight (weight_group, sort_order);

-- the 2023 scheme's aspect weights (SPD 25.2 %, SID 74.8 %); the split inside SID and the indicators are Kawal's
-- own reading of what the registry records, to be corrected by an administrator on the setup page
insert into innovation_index_weight (code, weight_group, weight, sort_order, updated_by, updated_at) values
    ('SPD', 'ASPECT', 25.20, 1, 'kawal', current_timestamp),
    ('SID', 'ASPECT', 74.80, 2, 'kawal', current_timestamp),
    ('INNOVATIONS', 'SID', 80.00, 1, 'kawal', current_timestamp),
    ('COUNT', 'SID', 20.00, 2, 'kawal', current_timestamp),
    ('OWNER', 'INDICATOR', 30.00, 1, 'kawal', current_timestamp),
    ('MATURITY', 'INDICATOR', 25.00, 2, 'kawal', current_timestamp),
    ('USAGE_RECENT', 'INDICATOR', 25.00, 3, 'kawal', current_timestamp),
    ('REPLICATED', 'INDICATOR', 10.00, 4, 'kawal', current_timestamp),
    ('AWARDED', 'INDICATOR', 10.00, 5, 'kawal', current_timestamp);
